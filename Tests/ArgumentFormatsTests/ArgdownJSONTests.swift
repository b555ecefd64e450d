import ArgumentModel
import Testing
@testable import ArgumentFormats

@Suite struct ArgdownJSONTests {
    @Test func writesTheSmallGraphExactly() {
        let relation = """
                    {
                      "type": "relation",
                      "relationType": "support",
                      "from": "B",
                      "fromType": "argument",
                      "to": "A",
                      "toType": "equivalence-class"
                    }
            """
        let expected = """
            {
              "arguments": {
                "B": {
                  "type": "argument",
                  "title": "B",
                  "members": [
                    {
                      "type": "statement",
                      "role": "argument-description",
                      "title": "B",
                      "text": "Beta."
                    }
                  ],
                  "pcs": [],
                  "relations": [
            \(relation)
                  ]
                }
              },
              "statements": {
                "A": {
                  "type": "equivalence-class",
                  "title": "A",
                  "members": [
                    {
                      "type": "statement",
                      "title": "A",
                      "text": "Alpha.",
                      "tags": ["t"]
                    }
                  ],
                  "tags": ["t"],
                  "relations": [
            \(relation)
                  ]
                }
              },
              "relations": [
                {
                  "type": "relation",
                  "relationType": "support",
                  "from": "B",
                  "fromType": "argument",
                  "to": "A",
                  "toType": "equivalence-class"
                }
              ],
              "sections": [],
              "tags": {
                "t": {
                  "tag": "t",
                  "occurrenceIndex": 0
                }
              }
            }

            """
        #expect(ArgdownJSON.write(WriterSamples.small) == expected)
    }

    @Test func listsOnlyListedRelationsWithArgdownVocabulary() {
        let doc = ArgdownJSON.document(WriterSamples.rich)
        let relations = doc["relations"]?.arrayValue ?? []
        func rel(_ type: String, _ from: String, _ fromType: String, _ to: String, _ toType: String) -> DataValue {
            .object(["type": .string("relation"), "relationType": .string(type), "from": .string(from), "fromType": .string(fromType),
                     "to": .string(to), "toType": .string(toType)])
        }
        let odd = "Odd [title] <with> #hash {brace} \\ back"
        var undercut = rel("undercut", "Objection", "argument", "Kornilov defeat", "inference").objectValue
        // Inference 0 stands before (3), the third pcs statement: Argdown's conclusionIndex 2.
        undercut["conclusionIndex"] = .int(2)
        #expect(relations == [
            .object(undercut),
            rel("attack", odd, "equivalence-class", "Soviet power", "equivalence-class"),
            rel("contradictory", "Soviet power", "equivalence-class", odd, "equivalence-class"),
            rel("attack", "Bare reference", "argument", "Kornilov defeat", "argument"),
            rel("attack", "Rising prepared", "equivalence-class", "Objection", "argument"),
        ])
    }

    @Test func writesPCSWithInferencesInsideConclusions() {
        let doc = ArgdownJSON.document(WriterSamples.rich)
        let pcs = doc["arguments"]?["Kornilov defeat"]?["pcs"]?.arrayValue ?? []
        #expect(pcs.map { $0["role"] } == [.string("premise"), .string("premise"), .string("intermediary-conclusion"), .string("main-conclusion")])
        #expect(pcs.map { $0["title"] } == [.string("Coup defeated"), .string("Soviet power"), .string("Untitled 1"), .string("Rising prepared")])
        #expect(pcs[0]["inference"] == nil)
        #expect(pcs[2]["inference"] == .object([
            "type": .string("inference"), "inferenceRules": .array([.string("Modus ponens"), .string("Generalisation")]),
            "data": .object(["uses": .array([.int(1), .int(2)])]), "argumentTitle": .string("Kornilov defeat"),
            "conclusionIndex": .int(2),
        ]))
        #expect(pcs[3]["inference"]?["inferenceRules"] == .array([]))
        #expect(doc["statements"]?["Soviet power"]?["isUsedAsPremise"] == .bool(true))
        #expect(doc["statements"]?["Rising prepared"]?["isUsedAsMainConclusion"] == .bool(true))
        #expect(doc["statements"]?["Soviet power"]?["section"] == .string("s1"))
        let sections = doc["sections"]?.arrayValue ?? []
        #expect(sections.count == 1)
        #expect(sections.first?["children"]?.arrayValue?.first?["id"] == .string("s2"))
    }

    @Test(arguments: WriterSamples.all.map(\.0))
    func readOfWriteIsStructurallyEqual(name: String) throws {
        let graph = try #require(WriterSamples.all.first { $0.0 == name }?.1)
        let result = ArgdownJSON.read(ArgdownJSON.write(graph))
        #expect(!result.diagnostics.containsErrors, "\(result.diagnostics.map(\.headline))")
        var diffs = result.graph.structuralDifferences(from: graph)
        // Argdown's JSON has no front matter.
        diffs.removeAll { $0 == "metadata differs" }
        #expect(diffs.isEmpty, "\(diffs)")
    }

    @Test func readsArgdownStyleJSONWrittenByHand() throws {
        let text = """
            {
              "arguments": {
                "Arg": {"type": "argument", "title": "Arg",
                  "members": [{"type": "statement", "role": "argument-description", "title": "Arg", "text": "An argument."}],
                  "pcs": [
                    {"type": "statement", "role": "premise", "title": "P", "text": "p."},
                    {"type": "statement", "role": "main-conclusion", "title": "C", "text": "c.",
                     "inference": {"type": "inference", "inferenceRules": ["MP"], "argumentTitle": "Arg", "conclusionIndex": 1}}
                  ],
                  "section": "s1"}
              },
              "statements": {
                "P": {"type": "equivalence-class", "title": "P", "members": [
                  {"type": "statement", "title": "P", "text": "first.", "tags": ["x"]},
                  {"type": "statement", "title": "P", "text": "p.", "data": {"isCanonical": true}},
                  {"type": "statement", "title": "P", "text": "last.", "tags": ["y", "x"]},
                  {"type": "statement", "title": "P", "isReference": true}]},
                "C": {"type": "equivalence-class", "title": "C", "members": [{"type": "statement", "title": "C", "text": "c."}]},
                "Untitled 1": {"type": "equivalence-class", "title": "Untitled 1", "members": [{"type": "statement", "text": "u."}]}
              },
              "relations": [
                {"type": "relation", "relationType": "undercut", "from": "Untitled 1", "fromType": "equivalence-class", "to": "Arg", "toType": "inference"},
                {"type": "relation", "relationType": "attack", "from": "Ghost", "fromType": "argument", "to": "C", "toType": "equivalence-class"}
              ],
              "sections": [{"type": "section", "id": "s1", "level": 1, "title": "One", "children": [
                {"type": "section", "id": "s2", "level": 2, "title": "Two", "children": []}]}],
              "tags": {}
            }
            """
        let result = ArgdownJSON.read(text, file: "a.json")
        let g = result.graph
        let p = try #require(g.statement(titled: "P"))
        #expect(g[p].text == "p.")
        #expect(g[p].tags == ["x", "y"])
        #expect(g[p].occurrences.map(\.role) == [.definition, .definition, .definition, .reference])
        let arg = try #require(g.argument(titled: "Arg"))
        #expect(g[arg].text == "An argument.")
        #expect(g[arg].pcs?.premises == [p])
        #expect(g[arg].pcs?.inferences.first?.rules == ["MP"])
        #expect(g[arg].section.map { g[$0].title } == "One")
        let untitled = try #require(g.statement(titled: "Untitled 1"))
        #expect(g[untitled].isUntitled)
        #expect(g.incoming(arg, .undercut).map(\.from) == [untitled])
        let ghost = try #require(g.argument(titled: "Ghost"))
        #expect(g.outgoing(ghost, .attack).count == 1)
        #expect(result.diagnostics.map(\.message) == [#"$.relations[1].from: argument "Ghost" is not listed; it is added without text"#])
        // Implicit support is derived: <Arg> supports [C].
        let c = try #require(g.statement(titled: "C"))
        #expect(g.outgoing(arg, .support).map { ($0.to, $0.isDerived) }.elementsEqual([(c, true)], by: ==))
        #expect(g.sections.map(\.title) == ["One", "Two"])
        #expect(g.sections[1].parent == SectionID(0))
    }

    @Test func rejectsJSONOfAnotherShape() {
        let result = ArgdownJSON.read(#"{"nodes": [], "edges": []}"#)
        #expect(result.diagnostics.first?.code == ArgdownJSON.schemaErrorCode)
        let wrong = ArgdownJSON.read(#"{"statements": [], "relations": [{"relationType": "hug", "from": "a", "to": "b"}]}"#)
        #expect(wrong.diagnostics.map(\.message) == [
            "$.statements: expected an object, found an array", #"$.relations[0].relationType: unknown relation type "hug""#,
        ])
    }
}
