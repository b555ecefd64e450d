import ArgumentModel

/// Writes ASPARTIX `.apx`: `arg(a).` lines, then `att(a,b).` lines. Names that are not plain constants
/// (lowercase letter then letters, digits and `_`; or a number) are double-quoted with `\"`, `\\`, `\n` escapes,
/// which ``APXReader`` and ASP systems read back. Complexity: O(n + m).
public enum APXWriter {
    /// The `.apx` text of `framework`.
    public static func write(_ framework: AttackFramework) -> String {
        let quoted = framework.names.map(term)
        var out: [UInt8] = []
        for name in quoted {
            out.appendText("arg(")
            out.appendText(name)
            out.appendText(").\n")
        }
        for a in framework.attacks {
            out.appendText("att(")
            out.appendText(quoted[a.attacker])
            out.append(UInt8(ascii: ","))
            out.appendText(quoted[a.target])
            out.appendText(").\n")
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `name` as an ASP term: as is when plain, else a quoted string.
    public static func term(_ name: String) -> String {
        let u = Array(name.utf8)
        let isNumber = !u.isEmpty && u.allSatisfy(\.isDigit) && (u.count == 1 || u[0] != UInt8(ascii: "0"))
        let isConstant = !u.isEmpty && u[0] >= UInt8(ascii: "a") && u[0] <= UInt8(ascii: "z")
            && u.allSatisfy { $0.isDigit || $0 == UInt8(ascii: "_") || ($0 | 0x20 >= UInt8(ascii: "a") && $0 | 0x20 <= UInt8(ascii: "z")) }
        if isNumber || isConstant { return name }
        let escaped = TextEscaping.escaped(name) { c in
            switch c {
            case "\"": "\\\""
            case "\\": "\\\\"
            case "\n": "\\n"
            default: nil
            }
        }
        return "\"" + escaped + "\""
    }
}

/// Writes Trivial Graph Format `.tgf`: one argument per line, `#`, then `a b` attack lines. Complexity: O(n + m).
public enum TGFWriter {
    /// Whether `name` can stand as a TGF name: not empty, no whitespace, not starting with `#`.
    public static func isPlainName(_ name: String) -> Bool {
        !name.isEmpty && !name.hasPrefix("#") && !name.utf8.contains(where: \.isWhitespace)
    }

    /// The `.tgf` text of `framework`. With `labels`, arguments are numbered `1...N` and each line carries its
    /// label (line breaks become spaces); without, the names are written (each must be a plain name).
    public static func write(_ framework: AttackFramework, labels: [String]? = nil) -> String {
        var out: [UInt8] = []
        let names: [String] = labels == nil ? framework.names : (0..<framework.count).map { String($0 + 1) }
        for (i, name) in names.enumerated() {
            out.appendText(name)
            if let labels, i < labels.count, labels[i] != name {
                out.append(UInt8(ascii: " "))
                out.appendText(labels[i].replacingLineBreaks())
            }
            out.append(0x0A)
        }
        out.appendText("#\n")
        for a in framework.attacks {
            out.appendText(names[a.attacker])
            out.append(UInt8(ascii: " "))
            out.appendText(names[a.target])
            out.append(0x0A)
        }
        return String(decoding: out, as: UTF8.self)
    }
}

/// Writes ICCMA 2023 `.i23`: `p af N`, then `i j` attack lines with arguments numbered `1...N` in index order.
/// Complexity: O(n + m).
public enum I23Writer {
    /// The `.i23` text of `framework`. With `titles`, a comment `# i title` names each argument whose title is not
    /// its number (for people reading the file; readers ignore comments).
    public static func write(_ framework: AttackFramework, titles: [String]? = nil) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(16 + framework.attacks.count * 16)
        out.appendText("p af ")
        out.appendDecimal(framework.count)
        out.append(0x0A)
        if let titles {
            for (i, title) in titles.enumerated() where title != String(i + 1) {
                out.appendText("# ")
                out.appendDecimal(i + 1)
                out.append(UInt8(ascii: " "))
                out.appendText(title.replacingLineBreaks())
                out.append(0x0A)
            }
        }
        for a in framework.attacks {
            out.appendDecimal(a.attacker + 1)
            out.append(UInt8(ascii: " "))
            out.appendDecimal(a.target + 1)
            out.append(0x0A)
        }
        return String(decoding: out, as: UTF8.self)
    }
}

extension String {
    /// Line breaks (and carriage returns) replaced by spaces, for one-line formats.
    func replacingLineBreaks() -> String {
        String(unicodeScalars.map { $0 == "\n" || $0 == "\r" ? " " : Character($0) })
    }
}
