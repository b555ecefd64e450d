import ArgdownSyntax
import ArgumentModel
import Testing
@testable import ArgumentFormats

/// Self-relations (as AIF files and generated maps hold them) are read, written and read back, never dropped.
@Suite struct SelfRelationFormatTests {
    static let aif = #"""
        {"nodes": [
          {"nodeID": "1", "text": "Everything I say is false.", "type": "I"},
          {"nodeID": "2", "text": "Default Conflict", "type": "CA"},
          {"nodeID": "3", "text": "Default Inference", "type": "RA"},
          {"nodeID": "4", "text": "It is repeated.", "type": "I"}
         ],
         "edges": [
          {"edgeID": "a", "fromID": "1", "toID": "2"}, {"edgeID": "b", "fromID": "2", "toID": "1"},
          {"edgeID": "c", "fromID": "4", "toID": "3"}, {"edgeID": "d", "fromID": "3", "toID": "4"}
         ]}
        """#

    @Test func aifConflictOfAClaimWithItselfIsKept() {
        let result = AIFReader.read(Self.aif, file: "self.json")
        #expect(result.diagnostics.isEmpty)
        // CA 2 relates I-node 1 to itself; RA 3 has premise 4 and conclusion 4.
        #expect(result.graph.relationLines.contains("[1] attack [1]"))
        let back = AIFReader.read(AIFWriter.write(result.graph)).graph
        #expect(back.relationLines == result.graph.relationLines)
    }

    static let selfLoops: ArgumentGraph = {
        var b = GraphBuilder()
        let a = b.node(.statement, title: "A"), c = b.node(.statement, title: "C")
        b.update(a) { $0.text = "a" }
        b.update(c) { $0.text = "c" }
        b.addRelation(from: a, to: a, type: .attack)
        b.addRelation(from: c, to: c, type: .support)
        b.addRelation(from: c, to: a, type: .contradictory)
        return b.build()
    }()

    @Test func argdownJSONWritesASelfRelationOnceAndReadsItBack() throws {
        let doc = ArgdownJSON.document(Self.selfLoops)
        #expect(doc["relations"]?.arrayValue?.count == 3)
        // A node's own `relations` list holds a self-relation once.
        #expect(doc["statements"]?["A"]?["relations"]?.arrayValue?.count == 2)
        let back = ArgdownJSON.read(ArgdownJSON.write(Self.selfLoops)).graph
        #expect(back.relationLines == Self.selfLoops.relationLines)
    }

    @Test func argmapJSONReadsASelfRelationBack() {
        let back = ArgmapJSON.read(ArgmapJSON.write(Self.selfLoops)).graph
        #expect(back.relationLines == Self.selfLoops.relationLines)
    }

    @Test func argdownPrintsASelfRelationThatReadsBack() {
        let text = ArgdownPrinter.print(Self.selfLoops)
        let back = ArgdownReader.read(text)
        #expect(back.diagnostics.isEmpty, "\(back.diagnostics)")
        #expect(back.graph.relationLines == Self.selfLoops.relationLines, "\(text)")
    }
}
