import ArgumentModel
import Testing
@testable import ArgumentFormats

@Suite struct KialoReaderTests {
    @Test func claimsStancesLinksAndMultiLineText() throws {
        let result = KialoReader.read(try Fixture.text("kialo/voting.txt"), file: "voting.txt")
        #expect(result.diagnostics.isEmpty)
        let g = result.graph
        // Link lines (1.2.1, 1.3) are not claims of their own.
        #expect(g.statements.map(\.title) == ["1", "1.1", "1.1.1", "1.1.2", "1.2"])
        #expect(try g.node(.statement, "1").text == "Voting should be compulsory.")
        #expect(try g.node(.statement, "1.1.1").text
            == "Turnout is not the same as informed choice.\nMany who are forced to vote pick at random.")
        #expect(try g.node(.statement, "1.1").data["stance"] == .string("pro"))
        #expect(try g.node(.statement, "1.2").data["stance"] == .string("con"))
        #expect(g.relationLines == [
            "[1.1.1] attack [1.1]",
            "[1.1.1] attack [1.2]",   // 1.2.1. Con: -> See 1.1.1.
            "[1.1.1] attack [1]",     // 1.3. Con: -> See 1.1.1.
            "[1.1.2] support [1.1]",
            "[1.1] support [1]",
            "[1.2] attack [1]",
        ])
        #expect(g.metadata == .object(["title": .string("Should voting be compulsory?")]))
    }

    @Test func brokenLinksAndParentsAreErrors() {
        let text = "Discussion Title: T\n\n1. Root\n1.1. Pro: -> See 9.9.\n1.2.1. Con: orphan\n"
        let result = KialoReader.read(text, file: "k.txt")
        #expect(result.diagnostics.map(\.code) == ["undefined-reference", "undefined-reference"])
        #expect(result.diagnostics.map { $0.range?.start.line } == [4, 5])
        #expect(result.graph.statements.map(\.title) == ["1", "1.2.1"])
    }

    @Test func aYearAtTheStartOfALineContinuesTheText() {
        let text = "1. Turnout matters.\n1.1. Pro: It rose after the reform in\n2019. was the first year with full data.\n2. A second thesis.\n"
        let g = KialoReader.read(text, file: "k.txt").graph
        #expect(g.statements.map(\.title) == ["1", "1.1", "2"])
        #expect(g.statements[1].text == "It rose after the reform in\n2019. was the first year with full data.")
    }

    @Test func splitsIDs() {
        #expect(KialoReader.splitID("1.2.3. Pro: x")?.0 == "1.2.3")
        #expect(KialoReader.splitID("1. Thesis")?.0 == "1")
        #expect(KialoReader.splitID("In 2010. something") == nil)
        #expect(KialoReader.splitID("1.5 million people") == nil)
    }
}
