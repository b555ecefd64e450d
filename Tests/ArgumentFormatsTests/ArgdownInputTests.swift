import ArgdownSyntax
import ArgumentModel
import Testing
@testable import ArgumentFormats

/// Writers applied to graphs read from Argdown text.
@Suite struct ArgdownInputTests {
    static let map = """
        # Claims

        [A]: a.
            <+ <X>: x.
            <- [B]: b. #objection {by: Sukhanov}

        <X>

        (1) [P]: p.
        ----
        (2) [C]: c.

        <Z>: z.
            _> <X>
        """

    @Test
    func argdownJSONListsWhatArgdownLists() throws {
        let graph = ArgdownReader.read(Self.map, file: "map.argdown").graph
        let doc = ArgdownJSON.document(graph)
        #expect(Array(doc["statements"]?.objectValue.keys ?? []) == ["A", "B", "P", "C"])
        #expect(Array(doc["arguments"]?.objectValue.keys ?? []) == ["X", "Z"])
        func rel(_ type: String, _ from: String, _ fromType: String, _ to: String, _ toType: String) -> [String] {
            [type, from, fromType, to, toType]
        }
        let listed = (doc["relations"]?.arrayValue ?? []).map { r in
            ["relationType", "from", "fromType", "to", "toType"].map { r[$0]?.stringValue ?? "?" }
        }
        // <X> is reconstructed: its support of [A] starts at its conclusion [C], and the undercut aims at its inference.
        #expect(listed == [
            rel("support", "C", "equivalence-class", "A", "equivalence-class"),
            rel("attack", "B", "equivalence-class", "A", "equivalence-class"),
            rel("undercut", "Z", "argument", "X", "inference"),
        ])
    }

    @Test
    func argmapJSONKeepsAReadMapExactly() {
        let graph = ArgdownReader.read(Self.map, file: "map.argdown").graph
        let text = ArgmapJSON.write(graph)
        let back = ArgmapJSON.read(text, file: "map.json")
        #expect(back.diagnostics.isEmpty)
        #expect(back.graph.nodes == graph.nodes)
        #expect(back.graph.relations == graph.relations)
        #expect(back.graph.sections == graph.sections)
        #expect(ArgmapJSON.write(back.graph) == text)
    }
}
