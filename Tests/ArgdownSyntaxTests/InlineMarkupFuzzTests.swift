import ArgumentModel
import Testing
@testable import ArgdownSyntax

/// Random texts full of marker characters, with random bold/italic/link/tag/mention ranges, printed and read back
/// (issue 15 item 2): the text must come back unchanged and without errors, every range that was written must come
/// back exactly (the printer may leave out ranges the syntax cannot express, never invent one), and printing the
/// read-back graph must give the same document.
@Suite struct InlineMarkupFuzzTests {
    static let pieces: [String] = [
        "a", "bc", "D", "7", "é", "🚩", " ", " ", " ", "*", "**", "_", "__", ".", ":", ".v.", ":+1:", "#", "#t",
        "@", "@[A]", "[", "]", "(", ")", "-", ",", "\\", "//", "x.y", "e.g.", "!",
    ]

    static func graph(seed: UInt64) -> ArgumentGraph {
        var r = SplitMix(state: seed)
        var text = ""
        for _ in 0..<(1 + r.below(14)) { text += pieces[r.below(pieces.count)] }
        text = text.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
        if text.isEmpty { text = "a" }
        let length = text.utf8.count
        // Ranges on scalar boundaries only.
        let boundaries = [0] + text.unicodeScalars.reduce(into: [Int]()) { acc, s in acc.append((acc.last ?? 0) + UTF8.width(s)) }
        var ranges: [TextRange] = []
        for _ in 0..<r.below(4) {
            let a = boundaries[r.below(boundaries.count)], b = boundaries[r.below(boundaries.count)]
            guard a != b else { continue }
            let kinds: [TextRange.Kind] = [.bold, .italic, .link(url: "https://x.org/a_b"), .tag("t"), .mention(.statement, title: "A")]
            ranges.append(TextRange(kinds[r.below(kinds.count)], start: min(a, b), end: max(a, b)))
        }
        #expect(ranges.allSatisfy { $0.end <= length })
        var b = GraphBuilder()
        let id = b.node(.statement, title: "S", isUntitled: false)
        let a = b.node(.statement, title: "A", isUntitled: false)
        b.update(id) {
            $0.text = text
            $0.ranges = ranges
            $0.tags = ranges.contains { $0.kind == .tag("t") } ? ["t"] : []
        }
        b.update(a) { $0.text = "The mentioned one." }
        return b.build()
    }

    @Test(arguments: 1...300) func rangesSurvivePrintAndRead(seed: UInt64) throws {
        let graph = Self.graph(seed: seed)
        let printed = ArgdownPrinter.print(graph)
        let read = ArgdownReader.read(printed)
        #expect(!read.diagnostics.contains { $0.severity == .error }, "\(read.diagnostics.map(\.headline))\n\(printed)")
        let before = graph.nodes[0], after = try #require(read.graph.nodes.first { $0.title == "S" })
        #expect(after.text == before.text, "\(printed)")
        // The reader never gives a range blank edges, so the originals are compared without them.
        let bytes = Array((before.text ?? "").utf8)
        let trimmed = before.ranges.map { r in
            var r = r
            while r.start < r.end, bytes[r.start] == 0x20 { r.start += 1 }
            while r.end > r.start, bytes[r.end - 1] == 0x20 { r.end -= 1 }
            return r
        }
        for range in after.ranges {
            #expect(trimmed.contains(range), "invented \(range)\n\(printed)")
        }
        #expect(ArgdownPrinter.print(read.graph) == printed)
    }
}
