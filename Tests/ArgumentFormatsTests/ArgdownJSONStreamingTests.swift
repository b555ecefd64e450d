import ArgdownSyntax
import ArgumentModel
import Testing
@testable import ArgumentFormats

/// The streamed Argdown JSON writer (each node written and dropped, output in chunks) must give exactly the bytes of
/// the document path: ``JSONDataWriter/write(_:)`` of ``ArgdownJSON/document(_:)``.
@Suite struct ArgdownJSONStreamingTests {
    /// A map read from Argdown with data, tags, pcs, sections, undercuts and non-ASCII text.
    static let readMap = ArgdownReader.read("""
        # Section {isGroup: true, n: 2}

        [A]: Ä text "quoted" \\ and\ttab. #tag {weight: 0.5, list: [1, two], nested: {k: null}}
          <+ [B]: B text. #(two words)
          <- <Arg>: An argument.
            <_ [C]: C text.

        <Arg>

        (1) [A]
        (2) [B] {weight: 2}
        -- rule {x: 1} --
        (3) [D]: D text.

        ## Sub

        [E]: Line\u{2028}separator and DEL \u{7F}.
        """).graph

    /// Ranges of every kind (bold, italic, links, mentions, tags) over ASCII and non-ASCII texts, references,
    /// member data, repeated definitions, an undercut of a pcs inference and an argument description.
    static let rangesMap = ArgdownReader.read("""
        [P]: **Bold** and _italic_ with [a link](https://example.org) and @[Q] and @<Arg> #t1 {w: 1}
          - <Arg>: The argument, **described**. #t2
            _> [Q]: Q é **bold** @[P] #t3 {seq: [1, "two"], m: {a: b}}

        [P]: A second text for P. {extra: true}

        [P]

        <Arg>

        (1) [P]
        (2) [R]: Premise r.
        ----
        (3) [Q]

        <Other>: Undercutting the inference.
          _> <Arg>
        """).graph

    /// Data blocks that repeat (the reader shares one value among them) on statements, members, pcs members and
    /// inferences, so the writer copies pieces it wrote before at other indentations, and 6,000 relations, more than
    /// the writer's memo of recent pieces holds.
    static let repeatedDataMap: ArgumentGraph = {
        var text = "[Root]: The root. {meta: {checked: false, by: \"rev\"}, score: -1.5}\n"
        for k in 1...6_000 {
            let data = k % 3 == 0 ? "" : " {meta: {checked: false, by: \"rev\(k % 11)\"}, score: -\(k % 17).5, list: [1, {a: b}]}"
            text += "  \(k % 2 == 0 ? "<+" : "<-") [S\(k)]: Statement \(k).\(data)\n"
            if k % 500 == 0 { text += "\n[Root]\n" }
        }
        text += """

            <Arg>: An argument. {weight: 2}

            (1) [S1] {weight: 2}
            (2) [S2]
            -- rule {weight: 2} --
            (3) [S4]: Statement 4 again. {weight: 2}

            """
        return ArgdownReader.read(text).graph
    }()

    static var graphs: [ArgumentGraph] {
        [WriterSamples.small, WriterSamples.rich, readMap, rangesMap, repeatedDataMap,
         ArgumentGraph(nodes: [], relations: [], sections: []),
         MapGenerator.generate(.init(statements: 3_000, arguments: 500, shape: .essay, seed: 7))]
    }

    @Test func streamedTextEqualsTheDocumentPath() {
        for graph in Self.graphs {
            let expected = JSONDataWriter.write(ArgdownJSON.document(graph))
            #expect(ArgdownJSON.write(graph) == expected)
            var chunks: [UInt8] = []
            var count = 0
            ArgdownJSON.write(graph) { chunks.append(contentsOf: $0); count += 1 }
            #expect(String(decoding: chunks, as: UTF8.self) == expected)
            // Every chunk ends between characters, so each is valid UTF-8 on its own (checked on the big map).
            if expected.utf8.count > 1 << 17 { #expect(count > 1) }
        }
    }

    @Test func chunksAreValidUTF8OnTheirOwn() {
        var text = "[Ä]: "
        for k in 0..<30_000 { text += "é€😀 \(k) " }
        let graph = ArgdownReader.read(text + "\n").graph
        var valid = true
        ArgdownJSON.write(graph) { chunk in
            if String(validating: Array(chunk), as: UTF8.self) == nil { valid = false }
        }
        #expect(valid)
    }

    @Test func separatorsAndDeleteAreEscaped() {
        #expect(JSONDataWriter.writeCompact(.string("a\u{2028}b\u{7F}c\u{2029}\u{1}")) == #""a\u2028b\u007fc\u2029\u0001""#)
    }
}
