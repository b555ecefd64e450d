import ArgumentModel
import Testing

@testable import ArgdownSyntax

/// The line parser's cheaper paths give what the byte-by-byte rules gave: the comment stripper looking for the `!`
/// of `<!--` instead of every `<`, the closing-bracket look-up passing over eight bytes at a time, and the ranges
/// and line numbers of relation lines and pcs statements looked up before their element is read (lines with and
/// without tags, comments, mentions, escapes, data blocks and characters of several bytes).
@Suite struct LineParserFastPathTests {
    /// The comment stripper as it was, visiting every `\`, `/` and `<` (the rule of its doc comment).
    static func referenceStrip(_ input: [UInt8]) -> (bytes: [UInt8], unterminated: Int?) {
        var out = input
        let n = input.count
        var i = 0
        var unterminated: Int?
        while i < n {
            let b = input[i]
            if b == 0x5C {
                i += 2
                continue
            }
            if b == 0x2F, i + 1 < n {
                let next = input[i + 1]
                if next == 0x2F, !(i > 0 && input[i - 1] == 0x3A) {
                    var j = i
                    while j < n, input[j] != 0x0A, !(input[j] == 0x0D && j + 1 < n && input[j + 1] == 0x0A) {
                        out[j] = 0x20
                        j += 1
                    }
                    i = j
                    continue
                }
                if next == 0x2A {
                    var j = i + 2
                    var closed = false
                    while j + 1 < n {
                        if input[j] == 0x2A && input[j + 1] == 0x2F { closed = true; break }
                        j += 1
                    }
                    let end = closed ? j + 2 : n
                    if !closed { unterminated = i }
                    for k in i..<end { out[k] = 0x20 }
                    i = end
                    continue
                }
            }
            if b == 0x3C, i + 3 < n, input[i + 1] == 0x21, input[i + 2] == 0x2D, input[i + 3] == 0x2D {
                var j = i + 4
                var closed = false
                while j + 2 < n {
                    if input[j] == 0x2D && input[j + 1] == 0x2D && input[j + 2] == 0x3E { closed = true; break }
                    j += 1
                }
                let end = closed ? j + 3 : n
                if !closed { unterminated = i }
                for k in i..<end { out[k] = 0x20 }
                i = end
                continue
            }
            i += 1
        }
        return (out, unterminated)
    }

    /// Random texts dense in the bytes of every comment form, escapes and `<`/`!` that open none.
    @Test func theStripperBlanksWhatTheByteRuleBlanks() {
        let tokens = ["<", "!", "-", ">", "<!--", "-->", "\\", "/", "*", "/*", "*/", "//", ":", "a", "é", " ", "\n", "\r\n", "<-", "<!"]
        var rng = SplitMix64(seed: 515)
        var comments = 0
        for _ in 0..<20_000 {
            var text = ""
            for _ in 0..<rng.below(24) { text += tokens[rng.below(tokens.count)] }
            let bytes = Array(text.utf8)
            let (stripped, open) = CommentStripper.strip(bytes)
            let reference = Self.referenceStrip(bytes)
            #expect(stripped == reference.bytes, "\(text.debugDescription)")
            #expect(open?.offset == reference.unterminated, "\(text.debugDescription)")
            if stripped != bytes { comments += 1 }
        }
        #expect(comments > 5_000)  // comments are found often enough for the comparison to mean something
    }

    /// Hand-checked: `<!--` right after a `<`, after an escaped `<`, right after another comment, and an open one.
    @Test func htmlCommentsNextToOtherBrackets() {
        func strip(_ s: String) -> String {
            let (bytes, _) = CommentStripper.strip(Array(s.utf8))
            return String(decoding: bytes, as: UTF8.self)
        }
        #expect(strip("a <<!-- c -->b") == "a <          b")
        #expect(strip("\\<!-- c -->") == "\\<!-- c -->")  // the `<` is escaped: no comment
        #expect(strip("/* x */<!--y-->z") == "               z")
        #expect(strip("<- [A] ! <!") == "<- [A] ! <!")
        let (_, open) = CommentStripper.strip(Array("ab <!-- open".utf8))
        #expect(open?.offset == 3 && open?.opener == "<!--")
    }

    /// `find` answers as the byte-by-byte rule does (the first unescaped target before a line feed), from every
    /// start, on random lines with brackets, escapes, line feeds and characters of several bytes.
    @Test func theBracketLookUpFindsWhatTheByteRuleFinds() {
        func reference(_ b: [UInt8], _ target: UInt8, _ from: Int, _ end: Int) -> Int? {
            var k = from
            while k < end {
                if b[k] == 0x5C { k += 2; continue }
                if b[k] == target { return k }
                if b[k] == 0x0A { return nil }
                k += 1
            }
            return nil
        }
        let tokens = ["]", ">", ")", "\\", "\\]", "\n", "a", "bcdefghij", "é", " ", "["]
        var rng = SplitMix64(seed: 1515)
        for _ in 0..<3_000 {
            var text = ""
            for _ in 0..<rng.below(30) { text += tokens[rng.below(tokens.count)] }
            let bytes = Array(text.utf8)
            for target: UInt8 in [0x5D, 0x3E, 0x29] {
                for from in 0...bytes.count {
                    let end = from + rng.below(bytes.count - from + 1)
                    var parser = ArgdownParser(source: SourceText(bytes: bytes, file: nil), stripped: bytes)
                    #expect(parser.find(target, from: from, end: end) == reference(bytes, target, from, end), "\(text.debugDescription) \(from)..<\(end)")
                }
            }
        }
    }

    /// When the plain-text fast path declines a text, the inline scanner given the run it measured reads what it
    /// reads without it: text, tags, data, ranges, ends and diagnostics, on random lines of words, markup and data.
    @Test func theMeasuredPlainRunChangesNoInlineText() {
        var rng = SplitMix64(seed: 5150)
        var declined = 0
        for _ in 0..<6_000 {
            let text = PlainTextFastPathTests.randomText(&rng, plain: ["word", "Wörter", " ", "é", "—", ".", "a b c d e f g h"])
            var hinted = PlainTextFastPathTests.parser(text)
            let ln = hinted.cachedLine(at: 0)
            var run = PlainRun()
            guard hinted.plainText(from: ln.content, lineEnd: ln.end, run: &run) == nil, run.from >= 0 else { continue }
            declined += 1
            let fast = hinted.inlineText(from: ln.content, plainRun: run)
            var plain = PlainTextFastPathTests.parser(text)
            let slow = plain.inlineText(from: ln.content)
            #expect(fast.text == slow.text && fast.tags == slow.tags && fast.data == slow.data, "\(text.debugDescription)")
            #expect(fast.ranges == slow.ranges && fast.lastEnd == slow.lastEnd && fast.next == slow.next, "\(text.debugDescription)")
            #expect(hinted.diagnostics == plain.diagnostics, "\(text.debugDescription)")
        }
        #expect(declined > 1_000)
    }

    /// Relation and pcs ranges, and the line a relation line's message names, after characters of several bytes,
    /// tags, mentions, escapes, comments and data blocks running over lines (columns count scalars; offsets bytes).
    @Test func relationAndPCSRangesAfterMultiByteCharacters() {
        let text = """
            [Ä]: ü #t
              <- [B]: é {a: 1}
              <+ [Cé]: @[Ä] \\[x\\] ö /* c */ #(a b) {b: 1,
                c: 2}

            <Ö>: ö

            (1) [Ä]
            (2) [Dé]: ä @[B] {d: 1}
            ----
            (3) [E]: e

            """
        let result = ArgdownReader.read(text, file: "m.argdown")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let graph = result.graph
        let written = graph.relations.filter { !$0.isDerived }
        #expect(written.count == 2)
        // Line 2 starts at byte 12 (`[Ä]: ü #t` is 11 bytes and a line feed); `<-` at column 3, `}` at column 18.
        let attack = written.first { $0.type == .attack }
        #expect(attack?.range?.start == SourcePosition(line: 2, column: 3, offset: 14))
        #expect(attack?.range?.end == SourcePosition(line: 2, column: 19, offset: 31))
        // Line 3 (48 bytes) starts at byte 32; its data block ends on line 4 (`    c: 2}` from byte 81).
        let support = written.first { $0.type == .support }
        #expect(support?.range?.start == SourcePosition(line: 3, column: 3, offset: 34))
        #expect(support?.range?.end == SourcePosition(line: 4, column: 10, offset: 90))
        let argument = graph.node(.argument, titled: "Ö").map { graph.nodes[$0.index] }
        let statements = argument?.pcs?.steps.compactMap { step -> PCSStatement? in
            if case .statement(let s) = step { return s }
            return nil
        } ?? []
        #expect(statements.count == 3)
        // `(2) [Dé]: ä @[B] {d: 1}` on line 9: 23 scalars, 25 bytes, from byte 111.
        #expect(statements.count == 3 && statements[1].range?.start == SourcePosition(line: 9, column: 1, offset: 111))
        #expect(statements.count == 3 && statements[1].range?.end == SourcePosition(line: 9, column: 24, offset: 136))
    }

    /// The message of a relation line indented like its tree's root names the root's line, also when the root's
    /// element runs over several lines and characters of several bytes stand before the relation symbol's title.
    @Test func aMisindentedRelationNamesItsRootsLine() {
        let text = """
            # Hé

            [Ä]: ü {x: 1,
              y: 2}
            <- [é]: b
            (1) [P]: p
            ----
            (2) [Q]: q
            <+ [R]: r

            """
        let result = ArgdownReader.read(text)
        let messages = result.diagnostics.filter { $0.code == "bad-indentation" }
        #expect(messages.count == 2)
        #expect(messages.first?.message.contains("(line 3)") == true, "\(messages)")
        #expect(messages.first?.range?.start == SourcePosition(line: 5, column: 1, offset: 31))
        #expect(messages.last?.message.contains("(line 8)") == true, "\(messages)")
    }
}
