import Testing

@testable import ArgumentModel

/// The word-at-a-time scans give the byte-by-byte answers: checked on random texts at every start and end offset
/// (so both the eight-byte steps and the byte tails are exercised), with the target in all eight lanes of a word.
@Suite struct ByteScanTests {
    /// A random text of `count` bytes, a third of them `\n`, some of them above 0x7F.
    static func text(_ count: Int, seed: UInt64) -> [UInt8] {
        var rng = SplitMix64(seed: seed)
        return (0..<count).map { _ in
            switch rng.below(6) {
            case 0, 1: 0x0A
            case 2: 0xC3
            default: UInt8(0x61 + rng.below(5))
            }
        }
    }

    @Test func lastFindsTheLastTargetOrOneBeforeTheStart() {
        for seed in 1...4 {
            let bytes = Self.text(41, seed: UInt64(seed))
            for from in 0...bytes.count {
                for to in from...bytes.count {
                    let expected = (from..<to).last { bytes[$0] == 0x0A } ?? from - 1
                    #expect(ByteScan.last(0x0A, in: bytes, from: from, to: to) == expected, "from \(from) to \(to)")
                }
            }
        }
        #expect(ByteScan.last(0x0A, in: [], from: 0, to: 0) == -1)
        #expect(ByteScan.last(0x0A, in: Array("abc\n".utf8), from: 0, to: 3) == -1)  // the LF is past `to`
    }

    @Test func countCountsEveryTarget() {
        for seed in 5...8 {
            let bytes = Self.text(41, seed: UInt64(seed))
            for from in 0...bytes.count {
                for to in from...bytes.count {
                    let expected = (from..<to).filter { bytes[$0] == 0x0A }.count
                    #expect(ByteScan.count(0x0A, in: bytes, from: from, to: to) == expected, "from \(from) to \(to)")
                }
            }
        }
        #expect(ByteScan.count(0x0A, in: Array("\n\n\n\n\n\n\n\n\n".utf8), from: 0, to: 9) == 9)
    }

    /// Counts kept in byte lanes (``ByteScan/laneSum(_:)``) must not overflow: every byte a target over more words
    /// than one lane sum takes (255), and random texts of several lane sums, at offsets around their ends.
    @Test func countIsExactOverManyWords() {
        let all = [UInt8](repeating: 0x0A, count: 8 * ByteScan.wordsPerLaneSum * 3 + 13)
        for (from, to) in [(0, all.count), (1, all.count - 1), (0, 8 * ByteScan.wordsPerLaneSum), (3, 8 * ByteScan.wordsPerLaneSum + 5)] {
            #expect(ByteScan.count(0x0A, in: all, from: from, to: to) == to - from)
        }
        let text = Self.text(8 * ByteScan.wordsPerLaneSum * 2 + 29, seed: 21)
        for from in 0..<9 {
            for to in (text.count - 9)...text.count {
                #expect(ByteScan.count(0x0A, in: text, from: from, to: to) == (from..<to).filter { text[$0] == 0x0A }.count)
            }
        }
        #expect(ByteScan.laneSum(0xFFFF_FFFF_FFFF_FFFF) == 8 * 255)
    }

    /// Scalars counted a word at a time, the last bytes of a span in one word read past it (masked) when the buffer
    /// goes on, byte by byte at its end: continuation bytes next to the span's ends must not count or be missed.
    @Test func scalarCountCountsTheScalarsStartingInTheSpan() {
        for seed in 9...12 {
            var rng = SplitMix64(seed: UInt64(seed))
            let text = (0..<24).map { _ in ["a", "é", "€", "𝄞", "\n"][rng.below(5)] }.joined()
            let bytes = Array(text.utf8)
            for from in 0...bytes.count {
                for to in from...bytes.count {
                    let expected = (from..<to).filter { bytes[$0] & 0xC0 != 0x80 }.count
                    #expect(ByteScan.scalarCount(in: bytes, from: from, to: to) == expected, "from \(from) to \(to)")
                }
            }
        }
    }
}
