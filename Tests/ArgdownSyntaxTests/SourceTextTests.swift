import ArgumentModel
import Testing

@testable import ArgdownSyntax

/// ``SourceText``'s cursor gives the positions of the package's one offset → line:column rule
/// (`LineStarts.position`) in any order of look-ups: forward, back over many lines, within a line, at line feeds
/// and past the end; and `offset(line:column:)` inverts it.
@Suite struct SourceTextTests {
    /// Lines of random length (some empty), with two-byte scalars, CRs and a text that may not end with a line feed.
    static func text(seed: UInt64) -> [UInt8] {
        var rng = SplitMix64(seed: seed)
        var text = ""
        for _ in 0..<(5 + rng.below(40)) {
            for _ in 0..<rng.below(30) { text += ["a", "é", " ", "\r", "Ω", "b"][rng.below(6)] }
            text += "\n"
        }
        if rng.chance(0.5) { text += "tail é" }
        return Array(text.utf8)
    }

    @Test func everyLookUpOrderGivesTheTablePositions() {
        for seed in 1...30 {
            let bytes = Self.text(seed: UInt64(seed))
            let table = LineStarts(bytes)
            var source = SourceText(bytes: bytes, file: "f")
            #expect(source.lineCount == table.count)
            var rng = SplitMix64(seed: UInt64(seed) * 7)
            var offset = 0
            for _ in 0..<300 {
                switch rng.below(4) {
                case 0: offset = rng.below(bytes.count + 3) - 1  // anywhere, a little outside the text too
                case 1: offset = max(0, offset - rng.below(40))  // back a little
                default: offset += rng.below(12)  // forward
                }
                let expected = table.position(ofOffset: offset, in: bytes)
                #expect(source.position(at: offset) == expected, "seed \(seed) offset \(offset)")
                #expect(source.lineNumber(at: offset) == expected.line)
            }
        }
    }

    /// Lines start at 0, 7, 17 (empty) and 18; é is bytes 14–15, so the line feed at 16 is column 9 of line 2.
    @Test func aRangeFromAnEarlierLineAfterALaterLookUp() {
        let bytes = Array("[A]: a\n  more é\n\n  + [B]\n".utf8)
        var source = SourceText(bytes: bytes, file: "f.argdown")
        #expect(source.position(at: 22) == SourcePosition(line: 4, column: 5, offset: 22))  // B
        let range = source.range(2, 16)
        #expect(range.start == SourcePosition(line: 1, column: 3, offset: 2))
        #expect(range.end == SourcePosition(line: 2, column: 9, offset: 16))
        #expect(range.file == "f.argdown")
        #expect(source.position(at: 25) == SourcePosition(line: 4, column: 8, offset: 25))  // its line feed
        #expect(source.position(at: 26) == SourcePosition(line: 5, column: 1, offset: 26))  // the end
    }

    @Test func offsetOfALineAndColumnInvertsThePosition() {
        for seed in 31...50 {
            let bytes = Self.text(seed: UInt64(seed))
            let table = LineStarts(bytes)
            var source = SourceText(bytes: bytes, file: nil)
            var rng = SplitMix64(seed: UInt64(seed))
            for _ in 0..<100 {
                // A scalar's first byte (or the end): its position read back through offset(line:column:).
                var offset = rng.below(bytes.count + 1)
                while offset < bytes.count, bytes[offset] & 0xC0 == 0x80 { offset += 1 }
                let position = table.position(ofOffset: offset, in: bytes)
                #expect(source.offset(line: position.line, column: position.column) == offset, "seed \(seed) offset \(offset)")
            }
            // Clamped: before the first line, past the last line, past a line's end.
            #expect(source.offset(line: 0, column: 1) == 0)
            #expect(source.offset(line: table.count + 5, column: 1) == table[table.count - 1])
            let firstLineEnd = bytes.firstIndex(of: 0x0A) ?? bytes.count
            #expect(source.offset(line: 1, column: 10_000) == firstLineEnd)
        }
    }
}
