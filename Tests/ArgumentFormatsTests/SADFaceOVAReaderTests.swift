import ArgdownSyntax
import ArgumentModel
import Foundation
import Testing
@testable import ArgumentFormats

/// The SADFace and legacy OVA readers (through the AIF graph builder), their detection by content, and their maps
/// converted to AIF, Argdown and argmap JSON and read back.
@Suite struct SADFaceOVAReaderTests {
    @Test func sadfaceAtomsSchemesAndMetadata() throws {
        let result = SADFaceReader.read(try Fixture.text("sadface/bike-lanes.json"), file: "bike-lanes.json")
        #expect(result.diagnostics.isEmpty)
        let g = result.graph
        #expect(g.statements.map(\.title) == ["atom-1", "atom-2", "atom-3", "atom-4", "atom-5", "atom-6"])
        #expect(g.arguments.map(\.title) == ["scheme-1"])
        #expect(try g.node(.statement, "atom-3").text == "Fewer injuries \"matter\" to everyone.\nEspecially children.")
        #expect(try g.node(.statement, "atom-2").data == .object(["metadata": .object(["stance": .string("pro")]), "sources": .array([])]))
        // support → an argument with its premise-conclusion structure; conflict → attack; attack on a scheme →
        // undercut; rephrase → rephrase.
        let support = try g.node(.argument, "scheme-1")
        #expect(g.pcsLines(support) == ["(1) [atom-2] premise", "(2) [atom-3] premise", "--  --", "(3) [atom-1] mainConclusion"])
        #expect(support.data["name"] == .string("support"))
        #expect(g.relationLines == [
            "<scheme-1> support [atom-1] (derived)",
            "[atom-4] attack [atom-1]",
            "[atom-5] undercut <scheme-1>",
            "[atom-6] rephrase [atom-1]",
        ])
        #expect(g.relations.first { $0.type == .attack }?.data["nodeID"] == .string("scheme-2"))
        // Analyst, core metadata and resources are kept.
        let extra = try #require(g.metadata["aif"]?["extra"])
        #expect(extra["metadata"]?["core"]?["analyst_name"] == .string("A. Analyst"))
        #expect(extra["resources"]?.arrayValue?.first?["id"] == .string("res-1"))
    }

    @Test func sadfaceSchemeNamesChooseTheSNodeType() {
        #expect(SADFaceReader.schemeType("support") == "RA")
        #expect(SADFaceReader.schemeType("Argument from Expert Opinion") == "RA")
        #expect(SADFaceReader.schemeType(" Conflict ") == "CA")
        #expect(SADFaceReader.schemeType("attack") == "CA")
        #expect(SADFaceReader.schemeType("rephrase") == "MA")
        #expect(SADFaceReader.schemeType("preference") == "PA")
    }

    @Test func ovaNodesEdgesAndDialogueLayer() throws {
        let result = OVAReader.read(try Fixture.text("ova/zoos.json"), file: "zoos.json")
        #expect(result.diagnostics.isEmpty)
        let g = result.graph
        #expect(g.statements.map(\.title) == ["1", "2", "4", "6"])
        #expect(g.arguments.map(\.title) == ["3"])
        #expect(g.pcsLines(try g.node(.argument, "3")) == ["(1) [2] premise", "--  --", "(2) [1] mainConclusion"])
        #expect(g.relationLines == ["<3> support [1] (derived)", "[4] attack [1]", "[6] rephrase [1]"])
        let claim = try g.node(.statement, "1")
        #expect(claim.text == "Zoos should be closed.")
        #expect(claim.data["majorClaim"] == .bool(true))
        #expect(claim.data["schemeID"] == .string("0"))  // OVA's `scheme` is AIF's schemeID
        #expect(claim.data["x"] == .int(300))
        // L → YA → I: provenance, and the dialogue layer in AIF's spelling (nodeID, fromID/toID).
        #expect(try g.node(.statement, "2").data["provenance"]?.arrayValue?.first?["type"] == .string("YA"))
        let dialogue = try #require(g.metadata["aif"]?["dialogue"])
        #expect(dialogue["nodes"]?.arrayValue?.compactMap { $0["nodeID"]?.stringValue } == ["8", "9"])
        #expect(dialogue["edges"]?.arrayValue?.compactMap { $0["fromID"]?.stringValue } == ["8", "9"])
        #expect(g.metadata["aif"]?["extra"]?["analysis"]?["documentTitle"] == .string("Zoo debate"))
        #expect(g.metadata["aif"]?["extra"]?["participants"]?.arrayValue?.count == 1)
    }

    @Test func shapeProblemsAreDiagnosticsWithPaths() {
        let sad = SADFaceReader.read(#"{"nodes": [{"id": "a", "type": "blob"}, {"text": "x", "type": "atom"}], "edges": [{"id": "e"}]}"#)
        #expect(sad.diagnostics.map(\.code) == ["sadface-schema", "sadface-schema", "sadface-schema"])
        #expect(sad.diagnostics.map { $0.message.prefix(11) } == ["$.nodes[0] ", "$.nodes[1] ", "$.edges[0] "])
        let ova = OVAReader.read(#"{"nodes": [{"id": 1, "text": "t"}], "edges": [{"from": {"id": 1}}]}"#)
        #expect(ova.diagnostics.map(\.code) == ["ova-schema", "ova-schema"])
        #expect(OVAReader.read("[1]").diagnostics.map(\.code) == ["ova-schema"])
        #expect(SADFaceReader.read("{").diagnostics.map(\.code) == ["invalid-json"])
    }

    @Test func detectionTellsSADFaceAndOVAFromAIF() throws {
        func detect(_ text: String) -> InputFormat? {
            InputFormat.detect(path: "m.json", head: Array(text.utf8), hasBratAnnotations: false)
        }
        #expect(detect(try Fixture.text("sadface/bike-lanes.json")) == .sadface)
        #expect(detect(try Fixture.text("ova/zoos.json")) == .ova)
        #expect(detect(try Fixture.text("aif/plain.json")) == .aif)
        #expect(detect(try Fixture.text("aif/ova.json")) == .aif)
        #expect(detect(#"{"nodes": [{"id": "n", "type" : "atom"}], "edges": []}"#) == .sadface)
        #expect(detect(#"{"nodes": [], "edges": [{"from": {"id": 1}, "to": {"id": 2}}]}"#) == .ova)
        #expect(detect(#"{"nodes": [{"nodeID": "1", "text": "\"type\":\"atom\"", "type": "I"}], "edges": []}"#) == .aif)
        // A pattern inside a string is not a key: its quotes are escaped.
        #expect(detect(#"{"nodes": [{"text": "\"source_id\": 1"}]}"#) == .aif)
        #expect(InputFormat.detect(path: "-", head: Array(try Fixture.text("sadface/bike-lanes.json").utf8), hasBratAnnotations: false) == .sadface)
    }

    /// SADFace and OVA → AIF → AIF reader keeps every node, text and relation (and the OVA dialogue layer reads
    /// back without a diagnostic); → Argdown → argmap JSON keeps titles and relations.
    @Test(arguments: ["sadface/bike-lanes.json", "ova/zoos.json"])
    func convertedMapsReadBack(_ name: String) throws {
        let text = try Fixture.text(name)
        let original = name.hasPrefix("sadface") ? SADFaceReader.read(text) : OVAReader.read(text)
        let g = original.graph

        let aif = AIFReader.read(AIFWriter.write(g), file: "back.json")
        #expect(aif.diagnostics.isEmpty)
        #expect(aif.graph.relationLines == g.relationLines)
        #expect(aif.graph.nodes.map(\.bracketedTitle) == g.nodes.map(\.bracketedTitle))
        #expect(aif.graph.nodes.map(\.text) == g.nodes.map(\.text))
        #expect(aif.graph.metadata == g.metadata)

        let argdown = ArgdownReader.read(MapTextFormat.argdown.write(g), file: "back.argdown")
        #expect(!argdown.diagnostics.containsErrors)
        // Argdown assigns an undercut of a one-inference argument to that inference (`inference 0`); AIF does not
        // name it.
        #expect(argdown.graph.relationLines.map { $0.replacingOccurrences(of: " inference 0", with: "") } == g.relationLines)
        #expect(argdown.graph.nodes.map(\.bracketedTitle).sorted() == g.nodes.map(\.bracketedTitle).sorted())
        let json = ArgmapJSON.read(ArgmapJSON.write(argdown.graph), file: "back.argmap.json")
        #expect(json.diagnostics.isEmpty)
        #expect(json.graph.relationLines == argdown.graph.relationLines)
        #expect(json.graph.nodes.map(\.text) == argdown.graph.nodes.map(\.text))
        #expect(json.graph.metadata == argdown.graph.metadata)
    }
}
