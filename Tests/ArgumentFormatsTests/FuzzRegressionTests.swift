import ArgumentModel
import Testing
@testable import ArgumentFormats

/// Inputs the libFuzzer format targets found (minimised by hand), kept so the bugs stay fixed.
/// See docs/fuzzing.md for the list.
@Suite struct FormatFuzzRegressionTests {
    /// A CA node whose only target is a dialogue-layer node (here an unknown `RJ` type) is ignored as dangling,
    /// but its edge to the dialogue node was kept in the metadata and written back, naming a node the written
    /// file does not have. Found by `fuzz-aif` (a mutated `RA` type).
    @Test func dialogueEdgeToIgnoredSNodeIsDropped() throws {
        let text = """
            {"nodes": [
              {"nodeID": "1", "text": "Claim", "type": "I"},
              {"nodeID": "2", "text": "Reason", "type": "I"},
              {"nodeID": "3", "text": "Default Inference", "type": "RA"},
              {"nodeID": "4", "text": "Odd", "type": "RJ"},
              {"nodeID": "5", "text": "Objection", "type": "I"},
              {"nodeID": "6", "text": "Default Conflict", "type": "CA"}
            ],
            "edges": [
              {"edgeID": "1", "fromID": "2", "toID": "3"},
              {"edgeID": "2", "fromID": "3", "toID": "1"},
              {"edgeID": "3", "fromID": "5", "toID": "6"},
              {"edgeID": "4", "fromID": "6", "toID": "4"}
            ]}
            """
        let first = AIFReader.read(text, file: "in.json")
        #expect(!first.diagnostics.containsErrors)
        #expect(first.diagnostics.contains { $0.code == "aif-dangling-s-node" })
        let written = AIFWriter.write(first.graph)
        let second = AIFReader.read(written, file: "out.json")
        #expect(!second.diagnostics.containsErrors, "\(second.diagnostics.map(\.headline))\n\(written)")
        // The dialogue node itself is still kept.
        #expect(written.contains("\"RJ\""))
        #expect(first.graph.structuralDifferences(from: second.graph).isEmpty)
    }
}
