import ArgumentModel

/// Reads Trivial Graph Format `.tgf` files as used by ICCMA: argument names one per line (optionally followed by a
/// label: `1 Capitalism fails`), a line starting with `#`, then attack lines `a b` (anything after the two names is
/// an edge label and ignored). Blank lines are ignored; a file without `#` has no attacks.
///
/// Errors (with `file:line:col`): an argument listed twice (`duplicate-argument`), an attack naming an unlisted
/// argument (`undefined-reference`; skipped) and an attack line with one name (`iccma-syntax`).
/// Complexity: O(bytes + m log m), with hashing of names.
public enum TGFReader {
    /// Reads `.tgf` text.
    public static func read(_ text: String, file: String? = nil) -> FrameworkReadResult {
        ICCMA.readFramework(text, format: .tgf, file: file)
    }

    /// Reads `.tgf` bytes.
    public static func read(_ bytes: UnsafeBufferPointer<UInt8>, file: String?) -> FrameworkReadResult {
        var source = ICCMASource(bytes, file: file)
        let end = bytes.count
        var names: [String] = []
        var labels: [String?] = []
        var lines: [Int32] = []
        var index: [String: Int] = [:]
        var attacks: [AttackFramework.Attack] = []
        var inAttacks = false
        var i = 0

        func skipBlanks(_ i: inout Int) {
            while i < end, bytes[i].isBlank || bytes[i] == 0x0D { i += 1 }
        }
        func token(_ i: inout Int) -> String? {
            let start = i
            while i < end, !bytes[i].isWhitespace { i += 1 }
            return i > start ? String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self) : nil
        }

        while i < end {
            skipBlanks(&i)
            guard i < end else { break }
            if bytes[i] == 0x0A {
                source.newline(at: i)
                i += 1
                continue
            }
            if bytes[i] == UInt8(ascii: "#") {
                // The separator (or, after it, a comment line).
                inAttacks = true
                i = source.skipLine(from: i)
                continue
            }
            let start = i
            guard let first = token(&i) else { break }
            skipBlanks(&i)
            if !inAttacks {
                let labelStart = i
                while i < end, bytes[i] != 0x0A { i += 1 }
                var labelEnd = i
                while labelEnd > labelStart, bytes[labelEnd - 1].isWhitespace { labelEnd -= 1 }
                let label = labelEnd > labelStart ? String(decoding: UnsafeBufferPointer(rebasing: bytes[labelStart..<labelEnd]), as: UTF8.self) : nil
                if index[first] != nil {
                    source.error(.duplicateArgument, "argument `\(first)` is listed twice", at: start)
                } else {
                    index[first] = names.count
                    names.append(first)
                    labels.append(label)
                    lines.append(Int32(truncatingIfNeeded: source.line))
                }
            } else {
                let secondStart = i
                guard let second = token(&i) else {
                    source.error(.iccmaSyntax, "expected an attack `a b` (two argument names), found `\(source.excerpt(from: start))`", at: start)
                    i = source.skipLine(from: i)
                    continue
                }
                if let a = index[first] {
                    if let b = index[second] {
                        attacks.append(AttackFramework.Attack(a, b))
                    } else {
                        source.error(.undefinedReference, "attack by `\(first)` names `\(second)`, which is not listed before `#`", at: secondStart)
                    }
                } else {
                    source.error(.undefinedReference, "attack on `\(second)` names `\(first)`, which is not listed before `#`", at: start)
                }
                while i < end, bytes[i] != 0x0A { i += 1 }
            }
            if i < end { source.newline(at: i) }
            i += 1
        }
        return FrameworkReadResult(
            framework: AttackFramework(names: names, attacks: attacks),
            labels: labels.contains(where: { $0 != nil }) ? labels : [], declarationLines: lines,
            diagnostics: source.finishedDiagnostics)
    }
}
