import ArgumentModel
import Testing
@testable import ArgumentFormats

@Suite struct AIFWriterTests {
    /// AIF → graph → AIF → graph gives the same graph.
    @Test(arguments: ["aif/plain.json", "aif/int-ids.json", "aif/ova.json", "aif/merge-a.json"])
    func roundTripIsStructurallyEqual(fixture: String) throws {
        let first = AIFReader.read(try Fixture.text(fixture), file: fixture)
        let written = AIFWriter.write(first.graph)
        let second = AIFReader.read(written, file: "written.json")
        #expect(second.diagnostics.isEmpty)
        #expect(second.graph.structuralDifferences(from: first.graph) == [])
        // And once more: the writer is stable on its own output.
        #expect(AIFWriter.write(second.graph) == written)
    }

    @Test func mergedCorpusRoundTrips() throws {
        let merged = AIFReader.merge([
            (try Fixture.text("aif/merge-a.json"), "a"), (try Fixture.text("aif/merge-b.json"), "b"),
        ]).graph
        let again = AIFReader.read(AIFWriter.write(merged)).graph
        #expect(again.structuralDifferences(from: merged) == [])
    }

    @Test func writesTheDocumentedShape() throws {
        let g = AIFReader.read(try Fixture.text("aif/int-ids.json")).graph
        let json = AIFWriter.write(g)
        // I-nodes keep their ids (as strings), the RA its type; edges premise → RA → conclusion.
        #expect(json.contains(#""nodeID": "1""#))
        #expect(json.contains(#""type": "RA""#))
        #expect(json.contains(#""fromID": "2""#))
        #expect(json.contains(#""locutions": []"#))
        #expect(!json.contains("argmapRelation"))
    }

    /// A graph like the Argdown reader builds: every kind of relation between statements and arguments.
    static func argdownLikeGraph() -> ArgumentGraph {
        var b = GraphBuilder()
        func s(_ t: String) -> NodeID {
            let id = b.node(.statement, title: t)
            b.update(id) { $0.text = "Text of \(t)" }
            return id
        }
        let (a, bb, c, d, e, p1, p2, x, y, r) = (s("A"), s("B"), s("C"), s("D"), s("E"), s("P1"), s("P2"), s("X"), s("Y"), s("R"))
        let arg1 = b.node(.argument, title: "Arg1")
        b.update(arg1) {
            $0.text = "The first argument"
            $0.pcs = PremiseConclusionStructure(steps: [
                .statement(PCSStatement(number: 1, statement: p1, role: .premise)),
                .statement(PCSStatement(number: 2, statement: p2, role: .premise)),
                .inference(Inference(rules: ["Modus ponens"])),
                .statement(PCSStatement(number: 3, statement: c, role: .mainConclusion)),
            ])
        }
        let arg2 = b.node(.argument, title: "Arg2")
        b.update(arg2) { $0.text = "An argument without premises" }
        b.addRelation(from: a, to: bb, type: .support)          // [A] +> [B]
        b.addRelation(from: d, to: bb, type: .attack)           // [D] -> [B]
        b.addRelation(from: e, to: arg1, type: .undercut)       // [E] _> <Arg1>
        b.addRelation(from: arg2, to: c, type: .support)        // <Arg2> +> [C]
        b.addRelation(from: arg1, to: d, type: .attack)         // <Arg1> -> [D]
        b.addRelation(from: arg2, to: arg1, type: .attack)      // <Arg2> -> <Arg1>
        b.addRelation(from: x, to: y, type: .contradictory)     // [X] >< [Y]
        b.addRelation(from: r, to: a, type: .rephrase)
        b.addRelation(from: c, to: bb, type: .support)          // [C] +> [B]
        b.addRelation(from: a, to: arg2, type: .support)        // [A] +> <Arg2>
        return b.build()
    }

    @Test func argdownGraphKeepsEverySupportAttackAndUndercut() {
        let original = Self.argdownLikeGraph()
        let back = AIFReader.read(AIFWriter.write(original), file: "out.json")
        #expect(back.diagnostics.isEmpty)
        // Every relation, listed or derived, with its type and endpoints.
        #expect(back.graph.relationLines == original.relationLines)
        #expect(back.graph.relationLines == [
            "<Arg1> attack [D]",
            "<Arg1> support [B] (derived)",  // its conclusion [C] supports [B]
            "<Arg1> support [C] (derived)",
            "<Arg2> attack <Arg1>",
            "<Arg2> support [C]",
            "[A] support <Arg2>",
            "[A] support [B]",
            "[C] support [B]",
            "[D] attack [B]",
            "[E] undercut <Arg1>",
            "[R] rephrase [A]",
            "[X] contradictory [Y]",
        ])
        let arg1 = back.graph.arguments.first { $0.title == "Arg1" }
        #expect(arg1.map { back.graph.pcsLines($0) } == [
            "(1) [P1] premise", "(2) [P2] premise", "--  --", "(3) [C] mainConclusion",
        ])
        // Texts and titles survive too.
        #expect(back.graph.structuralDifferences(from: original).count == 1)
        #expect(back.graph.structuralDifferences(from: original).first?.hasPrefix("<Arg1>: pcs") == true)  // the rule name
    }

    @Test func strictTypesAndNamedInferencesSurvive() {
        var b = GraphBuilder()
        let p = b.node(.statement, title: "P"), m = b.node(.statement, title: "M"), c = b.node(.statement, title: "C")
        let q = b.node(.statement, title: "Q"), u = b.node(.statement, title: "U")
        let arg = b.node(.argument, title: "Chain")
        b.update(arg) {
            $0.pcs = PremiseConclusionStructure(steps: [
                .statement(PCSStatement(number: 1, statement: p, role: .premise)), .inference(Inference()),
                .statement(PCSStatement(number: 2, statement: m, role: .intermediaryConclusion)), .inference(Inference()),
                .statement(PCSStatement(number: 3, statement: c, role: .mainConclusion)),
            ])
        }
        b.addRelation(from: u, to: arg, type: .undercut, inference: 0)   // undercuts the first inference
        b.addRelation(from: q, to: c, type: .entails)
        b.addRelation(from: q, to: p, type: .contrary)
        let original = b.build()
        let back = AIFReader.read(AIFWriter.write(original)).graph
        #expect(back.relationLines == [
            "<Chain> support [C] (derived)", "[Q] attack <Chain> (derived)",  // [Q] is contrary to its premise [P]
            "[Q] contrary [P]", "[Q] entails [C]", "[U] undercut <Chain> inference 0",
        ])
        #expect(back.relationLines == original.relationLines)
    }

    @Test func intermediaryConclusionsAreReportedAsLosses() {
        var b = GraphBuilder()
        let p = b.node(.statement, title: "P"), m = b.node(.statement, title: "M"), c = b.node(.statement, title: "C")
        let arg = b.node(.argument, title: "Chain")
        b.update(arg) {
            $0.pcs = PremiseConclusionStructure(steps: [
                .statement(PCSStatement(number: 1, statement: p, role: .premise)), .inference(Inference()),
                .statement(PCSStatement(number: 2, statement: m, role: .intermediaryConclusion)), .inference(Inference()),
                .statement(PCSStatement(number: 3, statement: c, role: .mainConclusion)),
            ])
        }
        #expect(MapTextFormat.aif.losses(b.build()).map(\.code) == ["aif-intermediary-dropped"])
    }
}
