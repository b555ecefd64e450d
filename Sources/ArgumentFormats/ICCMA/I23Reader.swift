import ArgumentModel

/// Reads ICCMA 2023 `.i23` files: a header `p af N`, then one attack `i j` per line (arguments are `1...N`), with
/// `#` comment lines anywhere and blank lines ignored.
///
/// The reader scans the UTF-8 bytes once, without regular expressions or per-line strings, so a file with
/// 1,000,000 arguments and 5,000,000 attacks reads in seconds. Errors (with `file:line:col`): a missing or repeated
/// header (`iccma-missing-header`, `iccma-syntax`), a header above ``ICCMA/maximumArguments`` (`iccma-too-large`),
/// an attack naming an argument outside `1...N` (`undefined-reference`; the attack is skipped) and malformed lines
/// (`iccma-syntax`; the line is skipped). Complexity: O(bytes + m log m) for m attacks.
public enum I23Reader {
    /// Reads `.i23` text.
    public static func read(_ text: String, file: String? = nil) -> FrameworkReadResult {
        ICCMA.readFramework(text, format: .i23, file: file)
    }

    /// Reads `.i23` bytes.
    /// A header declaring more arguments than `limits` allow for the file's size is refused (`iccma-too-large`).
    public static func read(_ bytes: UnsafeBufferPointer<UInt8>, file: String?, limits: ReadLimits = .default) -> FrameworkReadResult {
        var source = ICCMASource(bytes, file: file)
        let end = bytes.count
        var count = -1
        var attacks: [AttackFramework.Attack] = []
        attacks.reserveCapacity(min(end / 6, 1 << 26))
        let cap = ICCMA.maximumArguments
        var i = 0

        /// Reads an unsigned decimal at `i`, saturating just above `cap`; nil when there is no digit.
        @inline(__always) func number(_ i: inout Int) -> Int? {
            guard i < end, bytes[i].isDigit else { return nil }
            var value = 0
            while i < end, bytes[i].isDigit {
                if value <= cap { value = value * 10 + Int(bytes[i] &- 0x30) }
                i += 1
            }
            return value
        }
        /// Whether only blanks (and a `\r`) remain before the end of the line at `i`; moves `i` to the newline.
        @inline(__always) func restIsBlank(_ i: inout Int) -> Bool {
            while i < end, bytes[i].isBlank || bytes[i] == 0x0D { i += 1 }
            return i >= end || bytes[i] == 0x0A
        }

        lines: while i < end {
            while i < end, bytes[i].isBlank || bytes[i] == 0x0D { i += 1 }
            guard i < end else { break }
            let first = bytes[i]
            if first == 0x0A {
                source.newline(at: i)
                i += 1
                continue
            }
            if first == UInt8(ascii: "#") {
                i = source.skipLine(from: i)
                continue
            }
            if first.isDigit {
                guard count >= 0 else {
                    source.error(.iccmaMissingHeader, "an .i23 file starts with the header `p af N` (N arguments) before any attack", at: i)
                    break lines
                }
                let start = i
                guard let a = number(&i), i < end, bytes[i].isBlank else {
                    source.error(.iccmaSyntax, "expected an attack `i j` (two argument numbers), found `\(source.excerpt(from: start))`", at: start)
                    i = source.skipLine(from: i)
                    continue
                }
                while i < end, bytes[i].isBlank { i += 1 }
                let second = i
                guard let b = number(&i), restIsBlank(&i) else {
                    source.error(.iccmaSyntax, "expected an attack `i j` (two argument numbers), found `\(source.excerpt(from: start))`", at: start)
                    i = source.skipLine(from: i)
                    continue
                }
                if a < 1 || a > count {
                    source.error(.undefinedReference, "argument \(a > cap ? "\(source.excerpt(from: start).prefix(while: { $0.isNumber }))" : "\(a)") is not one of 1...\(count) declared by the header", at: start)
                } else if b < 1 || b > count {
                    source.error(.undefinedReference, "argument \(b > cap ? "\(source.excerpt(from: second).prefix(while: { $0.isNumber }))" : "\(b)") is not one of 1...\(count) declared by the header", at: second)
                } else {
                    attacks.append(AttackFramework.Attack(a - 1, b - 1))
                }
                if i < end { source.newline(at: i) }
                i += 1
                continue
            }
            if first == UInt8(ascii: "p") {
                let start = i
                if count >= 0 {
                    source.error(.iccmaSyntax, "a second header: the file already declared `p af \(count)`", at: start)
                    i = source.skipLine(from: i)
                    continue
                }
                if !attacks.isEmpty || source.diagnostics.contains(where: { $0.has(FormatDiagnosticCode.iccmaMissingHeader) }) {
                    source.error(.iccmaSyntax, "the header `p af N` must come before the attacks", at: start)
                }
                i += 1
                var ok = i < end && bytes[i].isBlank
                while i < end, bytes[i].isBlank { i += 1 }
                ok = ok && i + 1 < end && bytes[i] == UInt8(ascii: "a") && bytes[i + 1] == UInt8(ascii: "f")
                if ok { i += 2 }
                ok = ok && i < end && bytes[i].isBlank
                while i < end, bytes[i].isBlank { i += 1 }
                let digits = i
                let n = ok ? number(&i) : nil
                guard let n, restIsBlank(&i) else {
                    source.error(.iccmaSyntax, "expected the header `p af N` with N the number of arguments, found `\(source.excerpt(from: start))`", at: start)
                    break lines
                }
                if n > cap {
                    let written = source.excerpt(from: digits, limit: 40).prefix(while: { $0.isNumber })
                    source.error(
                        .iccmaTooLarge,
                        "the header declares \(written) arguments; argmap reads frameworks of at most \(cap) arguments", at: digits)
                    break lines
                }
                if n > limits.allowance(forInputOfSize: end) {
                    source.error(
                        .iccmaTooLarge, limits.refusal("the header `p af \(n)` would make \(n) arguments", inputSize: end, unit: "bytes"),
                        at: digits)
                    break lines
                }
                count = n
                if i < end { source.newline(at: i) }
                i += 1
                continue
            }
            source.error(.iccmaSyntax, "expected an attack `i j`, a header `p af N` or a `#` comment, found `\(source.excerpt(from: i))`", at: i)
            i = source.skipLine(from: i)
        }
        if count < 0 && !source.diagnostics.contains(where: { $0.severity == .error }) {
            (source.line, source.lineStart) = (1, 0)
            source.error(.iccmaMissingHeader, "an .i23 file starts with the header `p af N` (N arguments); none was found", at: 0)
        }
        return FrameworkReadResult(framework: AttackFramework(count: max(0, count), attacks: attacks), diagnostics: source.finishedDiagnostics)
    }
}
