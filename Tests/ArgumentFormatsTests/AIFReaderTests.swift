import ArgumentModel
import Testing
@testable import ArgumentFormats

@Suite struct AIFReaderTests {
    @Test func plainAIFMapsEveryNodeType() throws {
        let result = AIFReader.read(try Fixture.text("aif/plain.json"), file: "plain.json")
        #expect(result.diagnostics.isEmpty)
        let g = result.graph
        // 6 I-nodes become statements, the RA an argument; CA, MA and the dialogue layer are not nodes.
        #expect(g.statements.map(\.title) == ["101", "102", "103", "105", "107", "109"])
        #expect(g.arguments.map(\.title) == ["104"])
        #expect(try g.node(.statement, "101").text == "Cities should ban cars from the centre")
        #expect(try g.node(.statement, "101").data == .object(["timestamp": .string("2020-01-01 10:00:00")]))

        // RA: linked premises 102 + 103, conclusion 101, scheme as data and as the inference's rule.
        let ra = try g.node(.argument, "104")
        #expect(g.pcsLines(ra) == [
            "(1) [102] premise", "(2) [103] premise", "-- Argument From Negative Consequences --", "(3) [101] mainConclusion",
        ])
        #expect(ra.data["scheme"] == .string("Argument From Negative Consequences"))
        #expect(ra.data["schemeID"] == .string("72"))
        #expect(ra.text == "Default Inference")

        // CA I→I is an attack, CA→RA an undercut of the argument, MA a rephrase; RA → conclusion is derived support.
        #expect(g.relationLines == [
            "<104> support [101] (derived)",
            "[105] attack [101]",
            "[107] undercut <104>",
            "[109] rephrase [102]",
        ])
        let attack = try #require(g.relations.first { $0.type == .attack })
        #expect(attack.data["nodeID"] == .string("106"))
        #expect(attack.data["text"] == .string("Default Conflict"))

        // L → YA → I: provenance on the anchored claim, and the dialogue layer verbatim in the metadata.
        let provenance = try #require(try g.node(.statement, "102").data["provenance"]?.arrayValue)
        #expect(provenance.count == 1)
        #expect(provenance[0]["type"] == .string("YA"))
        #expect(provenance[0]["nodeID"] == .string("112"))
        #expect(provenance[0]["text"] == .string("Asserting"))
        #expect(provenance[0]["edge"] == .string("in"))
        #expect(provenance[0]["linked"]?.arrayValue?.first?["text"] == .string("Ann: cars pollute the air"))
        let dialogue = try #require(g.metadata["aif"]?["dialogue"])
        #expect(dialogue["nodes"]?.arrayValue?.compactMap { $0["nodeID"]?.stringValue } == ["111", "112"])
        #expect(dialogue["edges"]?.arrayValue?.compactMap { $0["edgeID"]?.stringValue } == ["10", "11"])
    }

    @Test func integerIDsAndMissingOptionalKeys() throws {
        let result = AIFReader.read(try Fixture.text("aif/int-ids.json"), file: "int-ids.json")
        #expect(result.diagnostics.isEmpty)
        let g = result.graph
        #expect(g.statements.map(\.title) == ["1", "2"])
        #expect(try g.node(.statement, "1").text == "Tuition should be free")
        #expect(try g.node(.statement, "2").text == nil)
        let ra = try g.node(.argument, "3")
        #expect(ra.text == nil)
        #expect(g.pcsLines(ra) == ["(1) [2] premise", "--  --", "(2) [1] mainConclusion"])
        #expect(g.relationLines == ["<3> support [1] (derived)"])
        #expect(g.metadata.isEmpty)
    }

    @Test func emptyFileIsAnEmptyGraphWithANote() throws {
        let result = AIFReader.read(try Fixture.text("aif/empty.json"), file: "empty.json")
        #expect(result.graph.nodes.isEmpty)
        #expect(result.diagnostics.map(\.code) == ["empty-input"])
        #expect(result.diagnostics[0].severity == .note)
        #expect(AIFReader.read("", file: "x.json").graph.nodes.isEmpty)
    }

    @Test func ovaWrapperIsUnwrappedAndKept() throws {
        let result = AIFReader.read(try Fixture.text("aif/ova.json"), file: "ova.json")
        #expect(result.diagnostics.isEmpty)
        let g = result.graph
        #expect(g.relationLines == ["[2] attack [1]"])
        #expect(try g.node(.statement, "2").text == "Offices have fewer interruptions")
        let aif = try #require(g.metadata["aif"])
        #expect(aif["wrapper"]?["text"] == .string("<span>Remote work boosts productivity</span>"))
        #expect(aif["wrapper"]?["OVA"]?["firstname"] == .string("Ann"))
        #expect(aif["wrapper"]?["AIF"] == nil)
        #expect(aif["extra"]?["participants"]?.arrayValue?.count == 1)
    }

    @Test func mergeMakesSharedNodeIDsOneNode() throws {
        let result = AIFReader.merge([
            (try Fixture.text("aif/merge-a.json"), "merge-a.json"),
            (try Fixture.text("aif/merge-b.json"), "merge-b.json"),
        ])
        #expect(result.diagnostics.isEmpty)
        let g = result.graph
        #expect(g.statements.map(\.title) == ["10", "11", "20"])
        #expect(g.arguments.map(\.title) == ["12"])
        #expect(g.relationLines == ["<12> support [10] (derived)", "[20] attack [10]"])
    }

    @Test func mergeWarnsWhenASharedIDHasAnotherText() {
        let a = #"{"nodes": [{"nodeID": "1", "text": "A", "type": "I"}], "edges": []}"#
        let b = #"{"nodes": [{"nodeID": "1", "text": "B", "type": "I"}], "edges": []}"#
        let result = AIFReader.merge([(a, "a.json"), (b, "b.json")])
        #expect(result.graph.nodes.count == 1)
        #expect(result.graph.nodes[0].text == "A")
        #expect(result.diagnostics.map(\.code) == ["aif-conflicting-node"])
        #expect(result.diagnostics.first?.range?.file == "b.json")
    }

    @Test func syntaxErrorNamesLineAndColumn() throws {
        let result = AIFReader.read(try Fixture.text("aif/bad-syntax.json"), file: "bad-syntax.json")
        let d = try #require(result.diagnostics.first)
        #expect(d.severity == .error)
        #expect(d.code == "invalid-json")
        // The trailing comma on line 3 leaves `]` on line 4, column 3, where a value was expected.
        #expect(d.range?.description == "bad-syntax.json:4:3")
        #expect(result.graph.nodes.isEmpty)
    }

    @Test func badNodesAndEdgesNameTheirJSONPath() throws {
        let result = AIFReader.read(try Fixture.text("aif/bad-node.json"), file: "bad-node.json")
        #expect(result.graph.statements.map(\.title) == ["1"])
        #expect(result.diagnostics.map(\.code) == ["aif-missing-id", "aif-unknown-node"])
        #expect(result.diagnostics[0].message.contains("$.nodes[1]"))
        #expect(result.diagnostics[0].range?.description == "bad-node.json:4:5")
        #expect(result.diagnostics[1].message.contains("99"))
        #expect(result.diagnostics[1].range?.description == "bad-node.json:7:5")
    }

    @Test func notAnObjectIsAnError() {
        let result = AIFReader.read("[1, 2]", file: "list.json")
        #expect(result.diagnostics.map(\.code) == ["aif-not-an-object"])
    }

    @Test func caTargetedByCABecomesAnArgumentNode() {
        // 3 attacks 1 (CA 4); 5 undercuts that conflict (CA 6 → CA 4).
        let text = """
            {"nodes": [{"nodeID": "1", "text": "A", "type": "I"}, {"nodeID": "3", "text": "B", "type": "I"},
                       {"nodeID": "4", "text": "Default Conflict", "type": "CA"}, {"nodeID": "5", "text": "C", "type": "I"},
                       {"nodeID": "6", "text": "Default Conflict", "type": "CA"}],
             "edges": [{"fromID": "3", "toID": "4"}, {"fromID": "4", "toID": "1"}, {"fromID": "5", "toID": "6"}, {"fromID": "6", "toID": "4"}]}
            """
        let result = AIFReader.read(text, file: "ca.json")
        #expect(result.diagnostics.isEmpty)
        let g = result.graph
        #expect(g.arguments.map(\.title) == ["4"])
        #expect(g.arguments.first?.data["aifType"] == .string("CA"))
        #expect(g.pcsLines(g.arguments[0]) == ["(1) [3] premise", "--  --"])
        #expect(g.relationLines == ["<4> attack [1]", "[5] undercut <4>"])
    }

    @Test func dialogueLayerBecomesProvenance() throws {
        // L1 asserts I1 (YA1); the transition TA from L1 to L2 is "Arguing" (YA2) for the RA; I1 is preferred to I2 (PA).
        let text = """
            {"nodes": [
              {"nodeID": "I1", "text": "Taxes fund schools", "type": "I"}, {"nodeID": "I2", "text": "Taxes slow growth", "type": "I"},
              {"nodeID": "I3", "text": "Schools need money", "type": "I"}, {"nodeID": "RA", "text": "Default Inference", "type": "RA"},
              {"nodeID": "L1", "text": "Bo: taxes fund schools", "type": "L"}, {"nodeID": "L2", "text": "Al: why?", "type": "L"},
              {"nodeID": "TA", "text": "Default Transition", "type": "TA"},
              {"nodeID": "YA1", "text": "Asserting", "type": "YA"}, {"nodeID": "YA2", "text": "Arguing", "type": "YA"},
              {"nodeID": "PA", "text": "Default Preference", "type": "PA"}],
             "edges": [
              {"edgeID": "e1", "fromID": "I3", "toID": "RA"}, {"edgeID": "e2", "fromID": "RA", "toID": "I1"},
              {"edgeID": "e3", "fromID": "L1", "toID": "YA1"}, {"edgeID": "e4", "fromID": "YA1", "toID": "I1"},
              {"edgeID": "e5", "fromID": "L1", "toID": "TA"}, {"edgeID": "e6", "fromID": "TA", "toID": "L2"},
              {"edgeID": "e7", "fromID": "TA", "toID": "YA2"}, {"edgeID": "e8", "fromID": "YA2", "toID": "RA"},
              {"edgeID": "e9", "fromID": "I1", "toID": "PA"}, {"edgeID": "e10", "fromID": "PA", "toID": "I2"}],
             "locutions": [{"nodeID": "L1", "personID": "1"}]}
            """
        let result = AIFReader.read(text, file: "dialogue.json")
        #expect(result.diagnostics.isEmpty)
        let g = result.graph
        #expect(g.nodes.map(\.title) == ["I1", "I2", "I3", "RA"])
        #expect(g.relationLines == ["<RA> support [I1] (derived)"])
        func summary(_ title: String, _ kind: NodeKind) throws -> [String] {
            try (g.node(kind, title).data["provenance"]?.arrayValue ?? []).map { entry in
                let linked = (entry["linked"]?.arrayValue ?? []).compactMap { $0["nodeID"]?.stringValue }
                return "\(entry["type"]?.stringValue ?? "") \(entry["nodeID"]?.stringValue ?? "") \(entry["edge"]?.stringValue ?? "") [\(linked.joined(separator: ","))]"
            }
        }
        #expect(try summary("I1", .statement) == ["YA YA1 in [L1]", "PA PA out []"])
        #expect(try summary("I2", .statement) == ["PA PA in []"])
        #expect(try summary("RA", .argument) == ["YA YA2 in [TA]"])
        #expect(try g.node(.statement, "I1").data["provenance"]?.arrayValue?[1]["with"] == .array([.string("I2")]))
        #expect(try summary("I3", .statement) == [])
        #expect(g.metadata["aif"]?["locutions"] == .array([.object(["nodeID": .string("L1"), "personID": .string("1")])]))
        // And the whole dialogue layer comes back out.
        let again = AIFReader.read(AIFWriter.write(g)).graph
        #expect(again.structuralDifferences(from: g) == [])
    }
}

@Suite struct AIFDuplicateSNodeTests {
    // Two CA nodes of one type between the same I-nodes are two conflicts in the corpus: both are kept, with their
    // ids and keys, and written back (they used to become one relation, and one CA disappeared silently).
    @Test func twoSNodesBetweenTheSameNodesStayTwo() throws {
        let text = #"""
            {"nodes": [{"nodeID": "1", "text": "A", "type": "I"}, {"nodeID": "2", "text": "B", "type": "I"},
             {"nodeID": "10", "text": "Default Conflict", "type": "CA", "timestamp": "2020-01-01 10:00:00"},
             {"nodeID": "11", "text": "Default Conflict", "type": "CA"}],
             "edges": [{"edgeID": "e1", "fromID": "2", "toID": "10"}, {"edgeID": "e2", "fromID": "10", "toID": "1"},
                       {"edgeID": "e3", "fromID": "2", "toID": "11"}, {"edgeID": "e4", "fromID": "11", "toID": "1"}]}
            """#
        let r = AIFReader.read(text, file: "dup.json")
        #expect(r.diagnostics.isEmpty)
        let attacks = r.graph.relations.filter { $0.type == .attack }
        #expect(attacks.map { $0.data["nodeID"]?.stringValue } == ["10", "11"])
        #expect(attacks[0].data["timestamp"]?.stringValue == "2020-01-01 10:00:00")
        let back = AIFReader.read(AIFWriter.write(r.graph), file: "back.json")
        #expect(back.graph.relations.filter { $0.type == .attack }.map { $0.data["nodeID"]?.stringValue } == ["10", "11"])
    }
}
