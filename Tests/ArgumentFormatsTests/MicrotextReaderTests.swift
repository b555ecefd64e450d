import ArgumentModel
import Testing
@testable import ArgumentFormats

@Suite struct MicrotextReaderTests {
    @Test func unitsRolesAndCentralClaim() throws {
        let result = MicrotextReader.read(try Fixture.text("microtext/micro_t001.xml"), file: "micro_t001.xml")
        #expect(result.diagnostics.isEmpty)
        let g = result.graph
        #expect(g.statements.map(\.title) == ["a1", "a2", "a3", "a4", "a5", "a6"])
        // Two EDUs segmented into one ADU are joined; CDATA and `&` survive.
        #expect(try g.node(.statement, "a2").text
            == "Three different bin bags stink away in the kitchen and have to be sorted into different wheelie bins.")
        #expect(try g.node(.statement, "a2").data["edus"] == .array([.string("e2"), .string("e3")]))
        #expect(try g.node(.statement, "a6").text == "For example, glass is melted down again & again.")
        #expect(try g.node(.statement, "a1").data["role"] == .string("opp"))
        #expect(try g.node(.statement, "a5").data["role"] == .string("pro"))
        #expect(try g.node(.statement, "a5").data["central"] == .bool(true))
        #expect(g.statements.filter { $0.data["central"] != nil }.map(\.title) == ["a5"])
        #expect(g.metadata == .object([
            "id": .string("micro_t001"), "stance": .string("pro"), "topic_id": .string("waste_separation"),
        ]))
    }

    @Test func undercutAndLinkedCoPremiseMakeArgumentNodes() throws {
        let g = MicrotextReader.read(try Fixture.text("microtext/micro_t001.xml"), file: "micro_t001.xml").graph
        // c1 (a1 reb a5) is undercut by c3, so it is an argument; c3 receives a4 via `add`, so it is one too.
        #expect(g.arguments.map(\.title) == ["c1", "c3"])
        #expect(g.pcsLines(try g.node(.argument, "c1")) == ["(1) [a1] premise", "--  --"])
        #expect(g.pcsLines(try g.node(.argument, "c3")) == ["(1) [a3] premise", "(2) [a4] premise", "--  --"])
        #expect(g.relationLines == [
            "<c1> attack [a5]",      // reb
            "<c3> undercut <c1>",    // und, with a4 as linked co-premise
            "[a2] support <c1> (derived)",  // a2 supports c1's premise a1 (Argdown's implicit support)
            "[a2] support [a1]",     // sup
            "[a6] support <c3> (derived)",  // a6 supports c3's premise a4
            "[a6] support [a4]",     // exa
        ])
        let exa = try #require(g.relations.first { g[$0.from].title == "a6" })
        #expect(exa.data["type"] == .string("exa"))
    }

    @Test func undercutSupportEdgeKeepsItsConclusion() {
        let xml = """
            <arggraph id="x">
              <edu id="e1">A</edu><edu id="e2">B</edu><edu id="e3">C</edu>
              <adu id="a1" type="pro"/><adu id="a2" type="pro"/><adu id="a3" type="opp"/>
              <edge id="s1" src="e1" trg="a1" type="seg"/><edge id="s2" src="e2" trg="a2" type="seg"/>
              <edge id="s3" src="e3" trg="a3" type="seg"/>
              <edge id="c1" src="a2" trg="a1" type="sup"/>
              <edge id="c2" src="a3" trg="c1" type="und"/>
            </arggraph>
            """
        let result = MicrotextReader.read(xml, file: "x.xml")
        #expect(result.diagnostics.isEmpty)
        let g = result.graph
        #expect(g.pcsLines(g.arguments[0]) == ["(1) [a2] premise", "--  --", "(2) [a1] mainConclusion"])
        #expect(g.relationLines == ["<c1> support [a1] (derived)", "[a3] undercut <c1>"])
    }

    @Test func malformedXMLNamesTheLine() throws {
        let result = MicrotextReader.read(try Fixture.text("microtext/bad.xml"), file: "bad.xml")
        let d = try #require(result.diagnostics.first)
        #expect(d.code == "invalid-xml")
        #expect(d.severity == .error)
        // The unclosed <adu> (line 4, column 3) is found at </arggraph> (line 5, column 1).
        #expect(d.range?.start.line == 5)
        #expect(d.range?.start.column == 1)
        #expect(d.message == "invalid XML: end tag </arggraph> does not match <adu> opened at 4:3")
        #expect(d.range?.file == "bad.xml")
    }

    @Test func danglingReferencesAreErrors() {
        let xml = """
            <arggraph id="x">
              <edu id="e1">A</edu>
              <adu id="a1" type="pro"/>
              <edge id="s1" src="e1" trg="a1" type="seg"/>
              <edge id="c1" src="a1" trg="a9" type="sup"/>
            </arggraph>
            """
        let result = MicrotextReader.read(xml, file: "x.xml")
        #expect(result.diagnostics.map(\.code).contains("undefined-reference"))
        #expect(result.diagnostics.first { $0.code == "undefined-reference" }?.range?.start.line == 5)
    }
}
