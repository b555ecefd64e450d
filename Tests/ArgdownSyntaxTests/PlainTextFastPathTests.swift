import ArgumentModel
import Testing

@testable import ArgdownSyntax

/// The parser's fast path for plain element texts (`plainText(from:lineEnd:)`) gives exactly what the inline
/// scanner gives (`inlineText(from:)`) whenever it answers: differential, on random lines of plain words, markup,
/// dots, colons, blanks and escapes, followed by an empty line, a structural line or a continuation line.
@Suite struct PlainTextFastPathTests {
    static let tokens = [
        "word", "Wörter", " ", " ", "  ", "\t", "\r", ".", "e.g.", "a.b", ":", "x:", ".v.", "#tag", "#(t t)", "*", "_",
        "**b**", "_i_", "[l](u)", "[x]", "<y>", "\\", "\\[", "@[A]", "{a: 1}", "é", "—", "(1)", "-", "+",
    ]
    static let followers = ["", "\n", "\n\n", "\n  + [B]: b", "\nmore text.", "\n[C]: c", "\n# H", "\n(1) p", "\n  \n"]

    static func parser(_ text: String) -> ArgdownParser {
        let bytes = Array(text.utf8)
        return ArgdownParser(source: SourceText(bytes: bytes, file: nil), stripped: bytes)
    }

    @Test func theFastPathReadsWhatTheScannerReads() {
        var rng = SplitMix64(seed: 2026)
        var answered = 0
        for _ in 0..<6_000 {
            var line = ""
            for _ in 0..<(1 + rng.below(6)) {
                line += rng.chance(0.6) ? ["word", "Wörter", " ", "é", "—", "."][rng.below(6)] : Self.tokens[rng.below(Self.tokens.count)]
            }
            let text = line + Self.followers[rng.below(Self.followers.count)]
            var fast = Self.parser(text)
            let ln = fast.cachedLine(at: 0)
            guard let quick = fast.plainText(from: ln.content, lineEnd: ln.end) else { continue }
            answered += 1
            var slow = Self.parser(text)
            let full = slow.inlineText(from: ln.content)
            #expect(quick.text == full.text, "\(text.debugDescription)")
            #expect(quick.lastEnd == full.lastEnd, "\(text.debugDescription)")
            #expect(quick.next == full.next, "\(text.debugDescription)")
            #expect(full.tags.isEmpty && full.data == .empty && full.ranges.isEmpty, "\(text.debugDescription)")
            #expect(slow.diagnostics.isEmpty && fast.diagnostics.isEmpty, "\(text.debugDescription)")
        }
        #expect(answered > 1_000)  // the fast path is taken often enough for the comparison to mean something
    }

    @Test func theFastPathDeclinesWhatItCannotRead() {
        for text in ["a.b", "x: y", "a #t", "a  b", "a\tb", "\\x", "[x] y", "a *b*", "a\nmore", "a .", "a.."] {
            var parser = Self.parser(text)
            let ln = parser.cachedLine(at: 0)
            #expect(parser.plainText(from: ln.content, lineEnd: ln.end) == nil, "\(text)")
        }
        for text in ["Plain words.", "Plain words", "", "   ", "Wörter — und é.\n\n[B]: b", "a < b > c"] {
            var parser = Self.parser(text)
            let ln = parser.cachedLine(at: 0)
            #expect(parser.plainText(from: ln.content, lineEnd: ln.end) != nil, "\(text)")
        }
    }
}
