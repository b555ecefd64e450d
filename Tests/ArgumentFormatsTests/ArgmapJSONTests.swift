import ArgumentModel
import Foundation
import Testing
@testable import ArgumentFormats

@Suite struct ArgmapJSONTests {
    @Test func writesTheSmallGraphExactly() {
        let expected = """
            {
              "argmap": 1,
              "mode": "loose",
              "sections": [],
              "nodes": [
                {
                  "id": 0,
                  "kind": "statement",
                  "title": "A",
                  "text": "Alpha.",
                  "tags": ["t"],
                  "occurrences": [
                    {
                      "role": "definition",
                      "text": "Alpha.",
                      "tags": ["t"],
                      "range": {
                        "file": "m.argdown",
                        "start": [1, 1, 0],
                        "end": [1, 12, 11]
                      }
                    }
                  ]
                },
                {
                  "id": 1,
                  "kind": "argument",
                  "title": "B",
                  "text": "Beta.",
                  "occurrences": []
                }
              ],
              "relations": [
                {
                  "id": 0,
                  "from": 1,
                  "to": 0,
                  "type": "support"
                }
              ]
            }

            """
        #expect(ArgmapJSON.write(WriterSamples.small) == expected)
    }

    @Test func writesPCSStepsDerivedRelationsAndSectionsByHand() throws {
        // Node ids in order: [Soviet power] 0, [Odd...] 1, [Untitled 1] 2, [Coup defeated] 3, [Rising prepared] 4,
        // <Kornilov defeat> 5, <Objection> 6, <Bare reference> 7.
        let doc = ArgmapJSON.document(WriterSamples.rich)
        let nodes = doc["nodes"]?.arrayValue ?? []
        let kornilov = try #require(nodes.first { $0["title"] == .string("Kornilov defeat") })
        let steps = kornilov["pcs"]?.arrayValue ?? []
        #expect(steps.count == 6)
        #expect(steps[0] == .object([
            "step": .string("statement"), "number": .int(1), "node": .int(3), "role": .string("premise"),
            "range": .object(["file": .string("m.argdown"), "start": .array([.int(30), .int(1), .int(500)]),
                              "end": .array([.int(30), .int(11), .int(510)])]),
        ]))
        #expect(steps[2] == .object([
            "step": .string("inference"), "rules": .array([.string("Modus ponens"), .string("Generalisation")]),
            "data": .object(["uses": .array([.int(1), .int(2)])]),
        ]))
        #expect(steps[4] == .object(["step": .string("inference")]))
        let relations = doc["relations"]?.arrayValue ?? []
        #expect(relations[0] == .object([
            "id": .int(0), "from": .int(6), "to": .int(5), "type": .string("undercut"), "inference": .int(0),
            "range": .object(["file": .string("m.argdown"), "start": .array([.int(31), .int(5), .int(520)]),
                              "end": .array([.int(31), .int(17), .int(532)])]),
        ]))
        // Derived, after the five listed ones: [Odd] attacks <Kornilov defeat> (it attacks its premise [Soviet power]),
        // <Kornilov defeat> supports its main conclusion [Rising prepared], and attacks <Objection> (which its
        // conclusion attacks).
        #expect(relations.count == 8)
        // The two derived attacks restate a shown path through a premise or the conclusion: not shown (issue 16).
        #expect(relations.contains(.object(["id": .int(5), "from": .int(1), "to": .int(5), "type": .string("attack"), "isDerived": .bool(true), "shown": .bool(false)])))
        #expect(relations.contains(.object(["id": .int(6), "from": .int(5), "to": .int(4), "type": .string("support"), "isDerived": .bool(true)])))
        #expect(relations.contains(.object(["id": .int(7), "from": .int(5), "to": .int(6), "type": .string("attack"), "isDerived": .bool(true), "shown": .bool(false)])))
        // Each premise of <Kornilov defeat> joined to it, in pcs order.
        let premises = steps.compactMap { $0["role"] == .string("premise") ? $0["node"] : nil }
        #expect(doc["premiseLinks"] == .array(premises.map { .array([$0, .int(5)]) }))
        #expect(!premises.isEmpty)
        let sections = doc["sections"]?.arrayValue ?? []
        #expect(sections[1] == .object([
            "id": .int(1), "title": .string("Kornilov"), "level": .int(2), "parent": .int(0), "isGroup": .bool(false),
            "data": .object(["color": .string("red")]),
        ]))
    }

    @Test(arguments: WriterSamples.all.map(\.0))
    func readOfWriteGivesTheSameGraphWithRanges(name: String) throws {
        let graph = try #require(WriterSamples.all.first { $0.0 == name }?.1)
        let text = ArgmapJSON.write(graph)
        let result = ArgmapJSON.read(text, file: "g.json")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.headline))")
        #expect(result.graph.nodes == graph.nodes)
        #expect(result.graph.relations == graph.relations)
        #expect(result.graph.sections == graph.sections)
        #expect(result.graph.metadata == graph.metadata)
        #expect(result.graph.mode == graph.mode)
        #expect(result.graph.structuralDifferences(from: graph).isEmpty)
        // json -> graph -> json is byte-identical.
        #expect(ArgmapJSON.write(result.graph) == text)
    }

    @Test func missingVersionIsAnError() {
        let result = ArgmapJSON.read(#"{"nodes": []}"#, file: "x.json")
        #expect(result.diagnostics.map(\.code) == [ArgmapJSON.versionErrorCode])
        #expect(result.diagnostics.first?.range?.file == "x.json")
        let newer = ArgmapJSON.read(#"{"argmap": 2}"#)
        #expect(newer.diagnostics.first?.message.contains("version 2") == true)
    }

    @Test func syntaxErrorsCarryTheirPosition() {
        let result = ArgmapJSON.read("{\"argmap\": 1,\n \"nodes\": [}", file: "x.json")
        #expect(result.diagnostics.count == 1)
        #expect(result.diagnostics.first?.code == "json-syntax")
        #expect(result.diagnostics.first?.range?.start.line == 2)
        #expect(result.diagnostics.first?.range?.start.column == 12)
    }

    @Test func schemaErrorsNameTheJSONPathAndKeepTheRest() {
        let text = """
            {"argmap": 1, "mode": "lax",
             "nodes": [
               {"kind": "statement", "title": "A"},
               {"kind": "statement", "title": 7},
               {"kind": "claim", "title": "C"},
               {"kind": "statement", "title": "A"},
               {"kind": "argument", "title": "D", "pcs": [{"step": "statement", "number": 1, "node": 3, "role": "premise"}],
                "occurrences": [{"role": "definition", "range": {"start": [1, 2], "end": [1, 2, 3]}}]},
               "nonsense"
             ],
             "relations": [
               {"from": 0, "to": 4, "type": "support"},
               {"from": 0, "to": 1, "type": "support"},
               {"from": 4, "to": 0, "type": "supports"}
             ]}
            """
        let result = ArgmapJSON.read(text)
        let messages = result.diagnostics.map(\.message)
        #expect(messages.contains { $0.hasPrefix("$.mode:") })
        #expect(messages.contains { $0.hasPrefix("$.nodes[1].title: expected a string") })
        #expect(messages.contains { $0.hasPrefix("$.nodes[2].kind:") })
        #expect(messages.contains { $0.hasPrefix("$.nodes[3].title: a second statement") })
        #expect(messages.contains { $0.hasPrefix("$.nodes[4].pcs[0].node: no node 3") })
        #expect(messages.contains { $0.hasPrefix("$.nodes[4].occurrences[0].range.start:") })
        #expect(messages.contains { $0.hasPrefix("$.nodes[5]: expected an object") })
        #expect(messages.contains { $0.hasPrefix("$.relations[1].to: no node 1") })
        #expect(messages.contains { $0.hasPrefix("$.relations[2].type: unknown relation type") })
        #expect(result.graph.nodes.map(\.title) == ["A", "D"])
        #expect(result.graph.relations.count == 1)
        #expect(result.graph.relations.first.map { ($0.from, $0.to) } ?? (NodeID(9), NodeID(9)) == (NodeID(0), NodeID(1)))
        #expect(result.diagnostics.allSatisfy { $0.code == ArgmapJSON.schemaErrorCode })
        // Each diagnostic points at the value its path names.
        let titleError = result.diagnostics.first { $0.message.hasPrefix("$.nodes[1].title") }
        #expect(titleError?.range?.start.line == 4)
        #expect(titleError?.range?.start.column == 35)
        let relationError = result.diagnostics.first { $0.message.hasPrefix("$.relations[2].type") }
        #expect(relationError?.range?.start.line == 14)
    }

    @Test func truncatedDocumentsNeverCrash() {
        let text = ArgmapJSON.write(WriterSamples.rich)
        let bytes = Array(text.utf8)
        for cut in stride(from: 0, to: bytes.count, by: 97) {
            let result = ArgmapJSON.read(String(decoding: bytes[0..<cut], as: UTF8.self))
            #expect(result.diagnostics.containsErrors)
        }
    }

    @Test func pcsLinesMustNameStatements() {
        let text = """
            {"argmap": 1, "nodes": [
              {"kind": "argument", "title": "A", "pcs": [{"step": "statement", "number": 1, "node": 0, "role": "premise"},
                                                      {"step": "inference"}, {"step": "statement", "number": 2, "node": 1, "role": "mainConclusion"}]},
              {"kind": "statement", "title": "C"}]}
            """
        let result = ArgmapJSON.read(text)
        #expect(result.diagnostics.map(\.message) == ["$.nodes[0].pcs[0].node: node 0 is an argument; a pcs line holds a statement, so it is left out"])
        #expect(result.graph.nodes[0].pcs?.statements.map(\.statement) == [NodeID(1)])
    }

    @Test func sectionParentMustComeEarlier() {
        let result = ArgmapJSON.read(#"{"argmap": 1, "sections": [{"title": "A", "level": 1, "parent": 0}]}"#)
        #expect(result.graph.sections.first?.parent == nil)
        #expect(result.diagnostics.first?.message.hasPrefix("$.sections[0].parent:") == true)
    }
}

@Suite struct ArgmapJSONDocumentationTests {
    /// The example in docs/json-schema.md is what the writer really writes.
    @Test func documentedExampleMatchesTheWriter() throws {
        let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("docs/json-schema.md")
        let text = try String(contentsOf: docs, encoding: .utf8)
        let start = try #require(text.range(of: "```json\n{\n  \"argmap\""))
        let end = try #require(text.range(of: "\n```", range: start.upperBound..<text.endIndex))
        let example = String(text[text.index(start.lowerBound, offsetBy: 8)..<end.lowerBound]) + "\n"
        #expect(example == ArgmapJSON.write(WriterSamples.small))
    }
}
