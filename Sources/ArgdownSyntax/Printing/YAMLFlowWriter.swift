import ArgumentModel

/// Writes `DataValue`s as one-line YAML flow values for Argdown's `{...}` data blocks and front matter.
///
/// Strings are plain (`by: Trotsky`) when that cannot be read as anything else, otherwise double-quoted with
/// escapes. Because the Argdown reader removes comments before it reads YAML, `//`, `/*` and `<!--` inside strings
/// are written with `\x2F` / `\x3C` escapes. Doubles always carry a `.` (YAML 1.1 reads `1e-07` as a string);
/// infinities and NaN are `.inf`, `-.inf`, `.nan`. Complexity: O(size of the value).
public enum YAMLFlowWriter {
    /// The value in flow style, e.g. `{by: Lenin, weight: 0.5, list: [1, "two"]}`.
    public static func write(_ value: DataValue) -> String {
        var out = ""
        append(value, to: &out)
        return out
    }

    static func append(_ value: DataValue, to out: inout String) {
        switch value {
        case .null: out.append("null")
        case .bool(let b): out.append(b ? "true" : "false")
        case .int(let i): out.append(String(i))
        case .double(let d): out.append(double(d))
        case .string(let s): out.append(scalar(s))
        case .array(let items):
            out.append("[")
            for (n, item) in items.enumerated() {
                if n > 0 { out.append(", ") }
                append(item, to: &out)
            }
            out.append("]")
        case .object(let dict):
            out.append("{")
            for (n, (key, item)) in dict.enumerated() {
                if n > 0 { out.append(", ") }
                out.append(scalar(key))
                out.append(": ")
                append(item, to: &out)
            }
            out.append("}")
        }
    }

    /// A double as YAML 1.1 and 1.2 both read it back.
    static func double(_ d: Double) -> String {
        if d.isNaN { return ".nan" }
        if d.isInfinite { return d < 0 ? "-.inf" : ".inf" }
        var text = "\(d)"
        if !text.contains(".") {
            if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
                text.insert(contentsOf: ".0", at: e)
            } else {
                text += ".0"
            }
        }
        return text
    }

    /// Words YAML 1.1 reads as booleans or null.
    static let reserved: Set<String> = [
        "y", "yes", "n", "no", "true", "false", "on", "off", "null", "~",
    ]

    /// A string as a plain scalar when safe (starts with a letter; letters, digits, spaces, `_ . -` after; no
    /// trailing space; not a YAML keyword), else double-quoted.
    static func scalar(_ s: String) -> String {
        if isPlainSafe(s) { return s }
        var out = "\""
        let scalars = Array(s.unicodeScalars)
        for (i, c) in scalars.enumerated() {
            let next: Unicode.Scalar? = i + 1 < scalars.count ? scalars[i + 1] : nil
            switch c {
            case "\"": out.append("\\\"")
            case "\\": out.append("\\\\")
            case "\n": out.append("\\n")
            case "\r": out.append("\\r")
            case "\t": out.append("\\t")
            case "/" where next == "/" || next == "*": out.append("\\x2F")
            case "<" where next == "!": out.append("\\x3C")
            default:
                if c.value < 0x20 || c.value == 0x7F || (0x80...0x9F).contains(c.value) || c.value == 0x2028 || c.value == 0x2029
                    || c.value == 0xFEFF
                {
                    let hex = String(c.value, radix: 16, uppercase: true)
                    out.append("\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex)
                } else {
                    out.unicodeScalars.append(c)
                }
            }
        }
        return out + "\""
    }

    static func isPlainSafe(_ s: String) -> Bool {
        guard let first = s.unicodeScalars.first, first.isASCII, first.properties.isAlphabetic else { return false }
        guard s.unicodeScalars.last != " ", !reserved.contains(s.lowercased()) else { return false }
        var previousSpace = false
        for c in s.unicodeScalars {
            let ok = c.isASCII && (c.properties.isAlphabetic || c.properties.numericType != nil || c == " " || c == "_" || c == "." || c == "-")
            if !ok { return false }
            if c == " " && previousSpace { return false }
            previousSpace = c == " "
        }
        return true
    }
}
