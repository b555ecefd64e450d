import ArgumentModel
import Testing
@testable import ArgdownSyntax

/// How the reader merges a node's occurrences into the node (``ModelCollector``'s finishing): a node with at most one
/// text and no tags, data or ranges takes a short path, every other node the full merge; occurrences are grouped
/// from a list kept in chunks. Expected values worked out by hand from the texts (and checked against the reader
/// before the short path and the chunks existed).
@Suite struct OccurrenceMergeTests {
    private func node(_ title: String, _ kind: NodeKind = .statement, in result: ReadResult) throws -> Node {
        result.graph[try #require(result.graph.node(kind, titled: title))]
    }

    @Test func plainNodeKeepsItsTextSectionAndEveryOccurrenceInOrder() throws {
        let text = """
            # S1

            [A]
              + [B]: b text.

            # S2

            [A]: a text.

            [C]
              - [A]
            """
        let result = ArgdownReader.read(text)
        let a = try node("A", in: result)
        #expect(a.text == "a text.")
        #expect(a.occurrences.map(\.role) == [.reference, .definition, .reference])
        #expect(a.occurrences.compactMap { $0.range?.start.line } == [3, 8, 11])
        #expect(a.occurrences.map(\.context) == [.topLevel, .topLevel, .relation])
        #expect(a.tags.isEmpty && a.data == .empty && a.ranges.isEmpty)
        // The section of its text-bearing occurrence, not of its first.
        #expect(a.section.map { result.graph[$0].title } == "S2")
        let b = try node("B", in: result)
        #expect(b.text == "b text." && b.occurrences.count == 1)
        #expect(b.section.map { result.graph[$0].title } == "S1")
        let c = try node("C", in: result)
        #expect(c.text == nil && c.occurrences.count == 1)
        let undefined = result.diagnostics.filter { $0.code == "undefined-reference" }
        #expect(undefined.map { $0.range?.start.line } == [10])
    }

    @Test func secondTextIsComparedWithTheFirst() throws {
        let text = "[B]: First.\n\n[B]: Second.\n\n[C]: One.\n\n[C]: One.\n"
        let result = ArgdownReader.read(text)
        #expect(try node("B", in: result).text == "Second.")
        #expect(try node("C", in: result).text == "One.")
        #expect(try node("C", in: result).occurrences.count == 2)
        let notes = result.diagnostics.filter { $0.code == "conflicting-definition" }
        #expect(notes.count == 1)
        #expect(notes.first?.range?.start.line == 3)
        #expect(notes.first?.message.contains("[B] was defined on line 1") == true)
    }

    @Test func tagsUniteInFirstOccurrenceOrderAndLaterDataWins() throws {
        let text = "[A]: a #x #y {k: 1, m: 1, meta: {p: 1}}\n\n[A]: a #z #x {k: 2, meta: {q: 2}}\n"
        let result = ArgdownReader.read(text)
        let a = try node("A", in: result)
        #expect(a.tags == ["x", "y", "z"])
        #expect(a.data == .object(["k": .int(2), "m": .int(1), "meta": .object(["p": .int(1), "q": .int(2)])]))
        #expect(a.text == "a #z #x")  // the last text, its tags kept in it
        #expect(a.ranges.map(\.start) == [2, 5])
        #expect(a.occurrences.map(\.tags) == [["x", "y"], ["z", "x"]])
        #expect(result.diagnostics.allSatisfy { $0.code != "conflicting-definition" })
    }

    @Test func occurrencesAcrossManyChunksStayInDocumentOrder() throws {
        // 3 definitions and 3 × 10,000 references, interleaved: more occurrences than several chunks hold.
        var text = "[A]: a.\n\n[B]: b.\n\n[C]: c.\n"
        for _ in 0..<10_000 { text += "\n[A]\n\n[B]\n\n[C]\n" }
        let result = ArgdownReader.read(text)
        for (k, title) in ["A", "B", "C"].enumerated() {
            let n = try node(title, in: result)
            #expect(n.text == "\(title.lowercased()).")
            #expect(n.occurrences.count == 10_001)
            #expect(n.occurrences.first?.role == .definition)
            let lines = n.occurrences.compactMap { $0.range?.start.line }
            // Definitions on lines 1, 3, 5; then the references of round r on lines 7 + 6r + 2k.
            #expect(lines.first == 1 + 2 * k)
            #expect(lines.dropFirst().enumerated().allSatisfy { r, line in line == 7 + 6 * r + 2 * k })
        }
    }

    @Test func blocksGroupEveryNodesOccurrencesInTheOrderAppended() {
        // 5,000 nodes (three blocks): node k first at step k (nodes are numbered in order of first occurrence),
        // then all again in reverse order, then every third node once more.
        var blocks = OccurrenceBlocks()
        let nodes = 5_000
        var expected = [[Int]](repeating: [], count: nodes)
        var line = 0
        func add(_ k: Int) {
            line += 1
            let range = SourceRange(
                file: nil, start: SourcePosition(line: line, column: 1, offset: 0),
                end: SourcePosition(line: line, column: 2, offset: 1))
            blocks.append(Occurrence(role: .reference, range: range), node: k)
            expected[k].append(line)
        }
        for k in 0..<nodes { add(k) }
        for k in (0..<nodes).reversed() { add(k) }
        for k in stride(from: 0, to: nodes, by: 3) { add(k) }
        let grouped = blocks.grouped(nodeCount: nodes)
        #expect(grouped.map { $0.compactMap { $0.range?.start.line } } == expected)
        #expect(grouped[0].count == 3 && grouped[1].count == 2)
        #expect(blocks.grouped(nodeCount: 0).isEmpty)  // emptied
    }
}
