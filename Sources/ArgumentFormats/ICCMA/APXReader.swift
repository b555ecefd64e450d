import ArgumentModel

/// Reads ASPARTIX `.apx` files: facts `arg(a).` and `att(a,b).`, in any order, with whitespace anywhere between
/// tokens and `%` comments to the end of a line. A name is a run of characters other than whitespace and
/// `( ) , . % "`, or a double-quoted string (`"Capitalism fails"`, with `\"`, `\\` and `\n` escapes).
///
/// Facts of other kinds (`enf(a).`, as some benchmark sets add) are skipped with an `iccma-unknown-fact` warning.
/// Errors (with `file:line:col`): malformed facts (`iccma-syntax`; the reader skips to the next `.`), an argument
/// declared twice (`duplicate-argument`) and an attack naming an undeclared argument (`undefined-reference`; the
/// attack is skipped). Complexity: O(bytes + m log m), with hashing of names.
public enum APXReader {
    /// Reads `.apx` text.
    public static func read(_ text: String, file: String? = nil) -> FrameworkReadResult {
        ICCMA.readFramework(text, format: .apx, file: file)
    }

    private struct PendingAttack {
        var attacker: String
        var target: String
        var attackerPosition: SourcePosition
        var targetPosition: SourcePosition
    }

    /// Reads `.apx` bytes.
    public static func read(_ bytes: UnsafeBufferPointer<UInt8>, file: String?) -> FrameworkReadResult {
        var source = ICCMASource(bytes, file: file)
        let end = bytes.count
        var names: [String] = []
        var lines: [Int32] = []
        var index: [String: Int] = [:]
        var pending: [PendingAttack] = []
        var i = 0

        /// Skips whitespace and comments, counting lines.
        func skipSpace(_ i: inout Int) {
            while i < end {
                let c = bytes[i]
                if c == 0x0A {
                    source.newline(at: i)
                    i += 1
                } else if c.isWhitespace {
                    i += 1
                } else if c == UInt8(ascii: "%") {
                    while i < end && bytes[i] != 0x0A { i += 1 }
                } else {
                    return
                }
            }
        }
        func isNameByte(_ c: UInt8) -> Bool {
            !c.isWhitespace && c != UInt8(ascii: "(") && c != UInt8(ascii: ")") && c != UInt8(ascii: ",")
                && c != UInt8(ascii: ".") && c != UInt8(ascii: "%") && c != UInt8(ascii: "\"")
        }
        /// A name at `i` (plain or quoted), or nil with `i` unchanged.
        func name(_ i: inout Int) -> String? {
            guard i < end else { return nil }
            if bytes[i] == UInt8(ascii: "\"") {
                var k = i + 1
                var out: [UInt8] = []
                while k < end && bytes[k] != UInt8(ascii: "\"") && bytes[k] != 0x0A {
                    // A backslash does not escape a line break: quoted names end at the line (and the line count
                    // stays right for positions after them).
                    if bytes[k] == UInt8(ascii: "\\"), k + 1 < end, bytes[k + 1] != 0x0A {
                        k += 1
                        out.append(bytes[k] == UInt8(ascii: "n") ? 0x0A : bytes[k])
                    } else {
                        out.append(bytes[k])
                    }
                    k += 1
                }
                guard k < end, bytes[k] == UInt8(ascii: "\"") else { return nil }
                i = k + 1
                return String(decoding: out, as: UTF8.self)
            }
            let start = i
            while i < end && isNameByte(bytes[i]) { i += 1 }
            guard i > start else { return nil }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
        }
        func expect(_ byte: UInt8, _ i: inout Int) -> Bool {
            skipSpace(&i)
            guard i < end, bytes[i] == byte else { return false }
            i += 1
            return true
        }
        /// Reports a syntax error at `at` and skips past the next `.` (or to the end).
        func fail(_ message: String, at offset: Int, _ i: inout Int) {
            source.error(.iccmaSyntax, message, at: min(offset, end))
            while i < end && bytes[i] != UInt8(ascii: ".") {
                if bytes[i] == 0x0A { source.newline(at: i) }
                i += 1
            }
            i += 1
        }
        /// `byte`, then a name with its position (blanks allowed before each); when either is missing, reports
        /// `noByte` or `noName` where it should stand (``fail(_:at:_:)``) and returns nil.
        func name(
            after byte: UInt8, _ i: inout Int, _ noByte: @autoclosure () -> String, _ noName: @autoclosure () -> String
        ) -> (String, SourcePosition)? {
            guard expect(byte, &i) else {
                fail(noByte(), at: i, &i)
                return nil
            }
            skipSpace(&i)
            let position = source.position(i)
            guard let found = name(&i) else {
                fail(noName(), at: i, &i)
                return nil
            }
            return (found, position)
        }

        /// Skips the rest of a fact up to and including its closing `.`, stepping over quoted names.
        func skipFact(_ i: inout Int) {
            while i < end {
                let c = bytes[i]
                if c == UInt8(ascii: "\"") {
                    if name(&i) == nil { i += 1 }
                    continue
                }
                if c == 0x0A { source.newline(at: i) }
                i += 1
                if c == UInt8(ascii: ".") { return }
            }
        }

        while true {
            skipSpace(&i)
            guard i < end else { break }
            let start = i
            var predicate = ""
            if let p = name(&i) { predicate = p }
            guard predicate == "arg" || predicate == "att" else {
                var k = i
                if !predicate.isEmpty, expect(UInt8(ascii: "("), &k) {
                    // A well-formed fact of another kind (`enf(a).`, `sem(...)`): not part of the framework.
                    source.report(.warning, .iccmaUnknownFact,
                        "`\(predicate)(...)` is not an ASPARTIX framework fact (`arg` or `att`); it is skipped",
                        at: start)
                    i = k
                    skipFact(&i)
                } else {
                    fail("expected a fact `arg(a).` or `att(a,b).`, found `\(source.excerpt(from: start))`", at: start, &i)
                }
                continue
            }
            guard let (first, firstPosition) = name(
                after: UInt8(ascii: "("), &i, "expected `(` after `\(predicate)`", "expected an argument name in `\(predicate)(...)`")
            else { continue }
            if predicate == "arg" {
                guard expect(UInt8(ascii: ")"), &i), expect(UInt8(ascii: "."), &i) else {
                    fail("expected `arg(\(first)).`", at: i, &i)
                    continue
                }
                if index[first] != nil {
                    report(&source, .duplicateArgument, "argument `\(first)` is declared twice", firstPosition)
                    continue
                }
                index[first] = names.count
                names.append(first)
                lines.append(Int32(truncatingIfNeeded: firstPosition.line))
                continue
            }
            guard let (second, secondPosition) = name(
                after: UInt8(ascii: ","), &i, "expected `,` between the two arguments of `att(a,b).`",
                "expected the attacked argument's name in `att(\(first),...)`")
            else { continue }
            guard expect(UInt8(ascii: ")"), &i), expect(UInt8(ascii: "."), &i) else {
                fail("expected `att(\(first),\(second)).`", at: i, &i)
                continue
            }
            pending.append(PendingAttack(attacker: first, target: second, attackerPosition: firstPosition, targetPosition: secondPosition))
        }
        var attacks: [AttackFramework.Attack] = []
        attacks.reserveCapacity(pending.count)
        for p in pending {
            guard let a = index[p.attacker] else {
                report(&source, .undefinedReference, "attack on `\(p.target)` names `\(p.attacker)`, which no `arg(...)` declares", p.attackerPosition)
                continue
            }
            guard let b = index[p.target] else {
                report(&source, .undefinedReference, "attack by `\(p.attacker)` names `\(p.target)`, which no `arg(...)` declares", p.targetPosition)
                continue
            }
            attacks.append(AttackFramework.Attack(a, b))
        }
        return FrameworkReadResult(
            framework: AttackFramework(names: names, attacks: attacks), declarationLines: lines,
            diagnostics: source.finishedDiagnostics)
    }

    /// Records an error at an already computed position.
    private static func report(_ source: inout ICCMASource, _ code: FormatDiagnosticCode, _ message: String, _ position: SourcePosition) {
        source.error(code, message, at: position)
    }
}
