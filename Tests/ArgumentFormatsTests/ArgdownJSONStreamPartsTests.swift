import ArgdownSyntax
import ArgumentModel
import Testing
@testable import ArgumentFormats

/// The parts of the streamed Argdown JSON writer that take their own paths: sections written without a
/// `DataValue`, occurrences and nodes read in place, the duplicate-title check, and chunks handed to a sink without
/// a copy. Each output is compared with the document path (``JSONDataWriter/write(_:)`` of
/// ``ArgdownJSON/document(_:)``).
@Suite struct ArgdownJSONStreamPartsTests {
    private static func expectSameAsDocument(_ graph: ArgumentGraph, sourceLocation: SourceLocation = #_sourceLocation) {
        let expected = JSONDataWriter.write(ArgdownJSON.document(graph))
        #expect(ArgdownJSON.write(graph) == expected, sourceLocation: sourceLocation)
    }

    /// Sections nested three deep, several roots, tags and data on sections, sections that are no group, empty
    /// sections, and texts with and without characters to escape, of lengths around the escaper's eight-byte words.
    static let sectionsMap = ArgdownReader.read("""
        # First #sectiontag {isGroup: true, n: 1}

        [A]: 1234567.
          + [B]: 12345678
          - [C]: 123456789 "q"
            + [D]: A text of exactly sixteen!
              + [E]: é

        ## Second {isGroup: false}

        ### Third {color: "red", list: [1, 2]}

        [F]: Tab\there and a back\\\\slash and a line\u{2028}separator.

        ## Fourth

        # Fifth

        ## Sixth #(two words)

        <G>: G. #gtag {k: v}

        (1) [A]
        -- r1, r2 {w: 1} --
        (2) [B]
        ----
        (3) [C]

        <H>
          _> <G>
          - <G>
        """).graph

    @Test func sectionsAndTextsAreWrittenAsTheDocumentDoes() {
        #expect(Self.sectionsMap.sections.count == 6)
        Self.expectSameAsDocument(Self.sectionsMap)
    }

    /// Sections built in code: a parent that is no section (the document leaves such a section out), and ids that
    /// are not places in the list (written through the document's value).
    @Test func oddSectionsFallBackToTheDocumentsLayout() {
        let node = Node(id: NodeID(0), kind: .statement, title: "A", text: "a")
        let orphaned = ArgumentGraph(nodes: [node], relations: [], sections: [
            Section(id: SectionID(0), title: "Root", level: 1),
            Section(id: SectionID(1), title: "Orphan", level: 2, parent: SectionID(7)),
            Section(id: SectionID(2), title: "Child", level: 2, parent: SectionID(0), tags: ["x"], data: .object(["k": .int(1)])),
        ])
        Self.expectSameAsDocument(orphaned)
        #expect(!ArgdownJSON.write(orphaned).contains("Orphan"))
        let shuffled = ArgumentGraph(nodes: [node], relations: [], sections: [
            Section(id: SectionID(1), title: "One", level: 1),
            Section(id: SectionID(0), title: "Zero", level: 2, parent: SectionID(1)),
        ])
        Self.expectSameAsDocument(shuffled)
    }

    /// Two statements titled alike (possible in code) collapse into one document entry: the writer must notice
    /// and take the document path, which the title index's count tells.
    @Test func duplicateTitlesTakeTheDocumentPath() {
        let nodes = [
            Node(id: NodeID(0), kind: .statement, title: "A", text: "first"),
            Node(id: NodeID(1), kind: .statement, title: "A", text: "second"),
            Node(id: NodeID(2), kind: .argument, title: "A", text: "an argument"),
        ]
        let graph = ArgumentGraph(nodes: nodes, relations: [], sections: [])
        #expect(!graph.hasUniqueTitles)
        Self.expectSameAsDocument(graph)
        #expect(!ArgdownJSON.write(graph).contains("first"))
        let distinct = ArgumentGraph(nodes: [nodes[0], nodes[2]].enumerated().map { k, node in
            var node = node
            node.id = NodeID(k)
            return node
        }, relations: [], sections: [])
        #expect(distinct.hasUniqueTitles)
        #expect(Self.sectionsMap.hasUniqueTitles)
        #expect(ArgumentGraph.empty.hasUniqueTitles)
    }

    /// A node with text but no occurrence carrying it (built in code) gets one member holding its text and ranges.
    @Test func nodesWithoutTextOccurrencesGetAMember() {
        var b = GraphBuilder()
        let a = b.node(.statement, title: "A")
        b.update(a) {
            $0.text = "Alpha **bold** text."
            $0.ranges = [TextRange(.bold, start: 6, end: 14)]
            $0.occurrences = [Occurrence(role: .reference, context: .relation)]
        }
        let arg = b.node(.argument, title: "Arg")
        b.update(arg) {
            $0.text = "Described."
            $0.pcs = PremiseConclusionStructure(steps: [
                .statement(PCSStatement(number: 1, statement: a, role: .premise)),
                .inference(Inference(rules: ["r"], data: .object(["w": .int(1)]))),
                .statement(PCSStatement(number: 2, statement: a, role: .mainConclusion)),
            ])
        }
        Self.expectSameAsDocument(b.build())
    }

    /// A sink that keeps every chunk it is handed (the writer hands its buffer on without a copy, so it must not
    /// write into a chunk a sink still holds).
    @Test func keptChunksStayAsTheyWere() {
        let graph = MapGenerator.generate(.init(statements: 3_000, arguments: 500, shape: .essay, seed: 11))
        let expected = JSONDataWriter.write(ArgdownJSON.document(graph))
        var kept: [ArraySlice<UInt8>] = []
        ArgdownJSON.write(graph) { kept.append($0) }
        #expect(kept.count > 1)
        #expect(String(decoding: kept.joined(), as: UTF8.self) == expected)
        // And a sink that keeps no chunk gets the same bytes.
        var copied: [UInt8] = []
        ArgdownJSON.write(graph) { copied.append(contentsOf: $0) }
        #expect(String(decoding: copied, as: UTF8.self) == expected)
    }
}

/// ``JSONBytes/append(_:reindentedFrom:to:)`` finds line breaks eight bytes at a time and jumps to the first of a
/// word; checked against a plain re-indentation, with breaks at every place of a word and several in one word.
@Suite struct JSONBytesReindentTests {
    /// `text` re-indented line by line: each line after the first loses or gains `2 × (target − indent)` spaces.
    private static func reference(_ text: String, from indent: Int, to target: Int) -> String {
        let extra = 2 * (target - indent)
        return text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { n, line in
            guard n > 0 else { return String(line) }
            return extra >= 0 ? String(repeating: " ", count: extra) + line : String(line.dropFirst(-extra))
        }.joined(separator: "\n")
    }

    private static func reindented(_ text: String, from indent: Int, to target: Int) -> String {
        var out = JSONBytes.held(capacity: 16)
        var text = text
        text.withUTF8 { out.append($0, reindentedFrom: indent, to: target) }
        var result: [UInt8] = []
        out.withBytes(since: (0, 0)) { result = Array($0 ?? UnsafeBufferPointer(start: nil, count: 0)) }
        return String(decoding: result, as: UTF8.self)
    }

    @Test func lineBreaksAnywhereInAWord() {
        for offset in 0..<9 {
            for gap in [1, 2, 7, 8, 9] {
                // Lines indented by four spaces (indentation 2), the first break after `offset` bytes.
                var text = String(repeating: "x", count: offset)
                for k in 0..<3 { text += "\n    " + String(repeating: "é", count: k) + String(repeating: "y", count: gap) }
                text += "\n    \n    }"
                for target in [0, 1, 2, 3, 5] {
                    #expect(Self.reindented(text, from: 2, to: target) == Self.reference(text, from: 2, to: target),
                        "offset \(offset), gap \(gap), target \(target)")
                }
            }
        }
    }
}
