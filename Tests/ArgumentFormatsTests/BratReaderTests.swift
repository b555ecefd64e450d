import ArgumentModel
import Testing
@testable import ArgumentFormats

@Suite struct BratReaderTests {
    private func essay01() throws -> ReadResult {
        BratReader.read(
            annotations: try Fixture.text("brat/essay01.ann"), text: try Fixture.text("brat/essay01.txt"), file: "essay01.ann")
    }

    @Test func componentsKeepLabelsAndScalarSpans() throws {
        let result = try essay01()
        // Every span matches the .txt only when offsets count Unicode scalars (the title holds 🙂, the text é, ö, —).
        #expect(result.diagnostics.isEmpty)
        let g = result.graph
        #expect(g.statements.map(\.title) == ["T1", "T2", "T3", "T4", "T5", "T6"])
        let t1 = try g.node(.statement, "T1")
        #expect(t1.text == "cafés should welcome laptop users")
        #expect(t1.data["label"] == .string("MajorClaim"))
        #expect(t1.data["span"] == .array([.int(93), .int(126)]))
        let t3 = try g.node(.statement, "T3")
        #expect(t3.data["label"] == .string("Premise"))
        #expect(t3.data["span"] == .array([.int(178), .int(237)]))
        #expect(try g.node(.statement, "T2").data["stance"] == .string("For"))
        #expect(try g.node(.statement, "T4").data["stance"] == .string("Against"))
        #expect(g.metadata["title"] == .string("Should cafés ban laptops? 🙂"))
    }

    @Test func relationsAndStancesToEveryMajorClaim() throws {
        let g = try essay01().graph
        #expect(g.relationLines == [
            "[T2] support [T1]", "[T2] support [T6]",   // A1 Stance T2 For
            "[T3] support [T2]",                        // R1 (trailing tab)
            "[T4] attack [T1]", "[T4] attack [T6]",     // A2 Stance T4 Against (trailing tab)
            "[T5] attack [T4]",                         // R2 (trailing tab)
        ])
        let r1 = try #require(g.relations.first { g[$0.from].title == "T3" })
        #expect(r1.data["id"] == .string("R1"))
    }

    @Test func spanMismatchBadOffsetsAndUnknownArgumentsAreReported() throws {
        let result = BratReader.read(
            annotations: try Fixture.text("brat/essay02.ann"), text: try Fixture.text("brat/essay02.txt"), file: "essay02.ann")
        #expect(result.diagnostics.map(\.code) == ["span-mismatch", "brat-bad-offsets", "undefined-reference"])
        #expect(result.diagnostics.map { $0.range?.start.line } == [2, 3, 4])
        #expect(result.diagnostics[0].severity == .warning)
        #expect(result.diagnostics[0].message.contains("cafés"))
        #expect(result.diagnostics[2].message.contains("T9"))
        #expect(result.graph.statements.map(\.title) == ["T1", "T2"])
        #expect(result.graph.relations.isEmpty)
    }

    @Test func spanCheckIsOptional() throws {
        let result = BratReader.read(
            annotations: try Fixture.text("brat/essay02.ann"), text: try Fixture.text("brat/essay02.txt"), file: "essay02.ann",
            checkSpans: false)
        #expect(!result.diagnostics.map(\.code).contains("span-mismatch"))
    }

    @Test func crlfNotesAndDiscontinuousSpans() {
        let ann = "T1\tMajorClaim 0 3;4 7\tabc efg\r\n#1\tAnnotatorNotes T1\tcheck this\r\nE1\tEvent:T1\r\n"
        let result = BratReader.read(annotations: ann, text: "abc efg", file: "x.ann")
        let t1 = result.graph.nodes[0]
        #expect(t1.data["span"] == .array([.array([.int(0), .int(3)]), .array([.int(4), .int(7)])]))
        #expect(t1.data["notes"] == .array([.string("check this")]))
        #expect(result.diagnostics.map(\.code) == ["brat-unsupported"])
    }
}
