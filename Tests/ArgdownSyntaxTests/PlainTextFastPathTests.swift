import ArgumentModel
import Testing

@testable import ArgdownSyntax

/// The parser's fast path for plain element texts (`plainText(from:lineEnd:run:)`) gives exactly what the inline
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

    /// A random element text: one to six pieces, each more often one of `plain` than one of ``tokens``, and one of
    /// ``followers``.
    static func randomText(_ rng: inout SplitMix64, plain: [String] = ["word", "Wörter", " ", "é", "—", "."]) -> String {
        var line = ""
        for _ in 0..<(1 + rng.below(6)) {
            line += rng.chance(0.6) ? plain[rng.below(plain.count)] : tokens[rng.below(tokens.count)]
        }
        return line + followers[rng.below(followers.count)]
    }

    @Test func theFastPathReadsWhatTheScannerReads() {
        var rng = SplitMix64(seed: 2026)
        var answered = 0
        for _ in 0..<6_000 {
            let text = Self.randomText(&rng)
            var fast = Self.parser(text)
            let ln = fast.cachedLine(at: 0)
            var run = PlainRun()
            guard let quick = fast.plainText(from: ln.content, lineEnd: ln.end, run: &run) else { continue }
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

    /// `Bytes.plainRunEnd` (eight bytes at a time where it can) ends every run where the byte-by-byte rule ends it,
    /// on long random texts of letters, spaces, bytes above 0x7F and every kind of byte that stops or continues a run.
    @Test func plainRunsEndWhereTheByteRuleEndsThem() {
        func reference(_ b: [UInt8], _ from: Int, _ to: Int) -> Int {
            var k = from
            while k < to {
                if Bytes.isPlainText(b[k]) {
                    k += 1
                } else if b[k] == 0x20, k + 1 < to, Bytes.isPlainText(b[k + 1]) {
                    k += 2
                } else {
                    break
                }
            }
            return k
        }
        let alphabet: [UInt8] = Array("abcXYZ  ééé,1-@[_{.:#*\\\t\r".utf8) + [0x7A, 0x7B, 0x40, 0x41, 0x5A, 0x5B, 0x60, 0x61, 0x7F, 0xFF]
        var rng = SplitMix64(seed: 77)
        for _ in 0..<400 {
            let count = rng.below(60)
            let bytes = (0..<count).map { _ in rng.chance(0.8) ? Array("abcd xyzé".utf8)[rng.below(10)] : alphabet[rng.below(alphabet.count)] }
            for from in 0...count {
                let to = from + rng.below(count - from + 1)
                #expect(Bytes.plainRunEnd(in: bytes, from: from, to: to) == reference(bytes, from, to), "\(bytes) \(from) \(to)")
            }
        }
    }

    @Test func theFastPathDeclinesWhatItCannotRead() {
        for text in ["a.b", "x: y", "a #t", "a  b", "a\tb", "\\x", "[x] y", "a *b*", "a\nmore", "a .", "a.."] {
            var parser = Self.parser(text)
            let ln = parser.cachedLine(at: 0)
            var run = PlainRun()
            #expect(parser.plainText(from: ln.content, lineEnd: ln.end, run: &run) == nil, "\(text)")
        }
        for text in ["Plain words.", "Plain words", "", "   ", "Wörter — und é.\n\n[B]: b", "a < b > c"] {
            var parser = Self.parser(text)
            let ln = parser.cachedLine(at: 0)
            var run = PlainRun()
            #expect(parser.plainText(from: ln.content, lineEnd: ln.end, run: &run) != nil, "\(text)")
        }
    }
}
