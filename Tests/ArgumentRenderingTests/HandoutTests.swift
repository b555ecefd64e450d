import ArgumentModel
import Foundation
import Testing
@testable import ArgumentRendering

@Suite struct HandoutTests {
    /// A thesis outside every heading, part A (a1 supports the thesis, a2 supports a1) and part B (b1 attacks a1,
    /// b2 supports b1).
    static var twoParts: (graph: ArgumentGraph, ids: [String: NodeID]) {
        var b = GraphBuilder()
        b.metadata = .object(["title": .string("Two parts")])
        let partA = b.addSection(title: "Part A", level: 1)
        let partB = b.addSection(title: "Part B", level: 1)
        var ids: [String: NodeID] = [:]
        for (title, section) in [("t", nil), ("a1", partA), ("a2", partA), ("b1", partB), ("b2", partB)] as [(String, SectionID?)] {
            let id = b.node(.statement, title: title)
            b.update(id) { $0.text = "Text of \(title)."; $0.section = section }
            ids[title] = id
        }
        b.addRelation(from: ids["a1"]!, to: ids["t"]!, type: .support)
        b.addRelation(from: ids["a2"]!, to: ids["a1"]!, type: .support)
        b.addRelation(from: ids["b1"]!, to: ids["a1"]!, type: .attack)
        b.addRelation(from: ids["b2"]!, to: ids["b1"]!, type: .support)
        return (b.build(), ids)
    }

    func titles(_ ids: Set<NodeID>, _ graph: ArgumentGraph) -> [String] { ids.map { graph[$0].title }.sorted() }

    @Test func overviewThenOnePagePerPart() {
        let (graph, ids) = Self.twoParts
        let pages = HandoutPlanner.pages(for: graph)
        #expect(pages.map(\.title) == ["Overview", "Part A", "Part B"])
        // The thesis (outside every part, and the main conclusion) and the ends of the relations between parts.
        #expect(titles(pages[0].nodes, graph) == ["a1", "b1", "t"])
        #expect(pages[0].titlesOnly)
        #expect(pages[0].references == [ids["a1"]!: 2, ids["b1"]!: 3])
        #expect(titles(pages[1].nodes, graph) == ["a1", "a2"])
        #expect(titles(pages[1].context, graph) == ["t"])          // what part A bears on
        #expect(titles(pages[2].nodes, graph) == ["b1", "b2"])
        #expect(titles(pages[2].context, graph) == ["a1"])         // what part B attacks
        #expect(!pages[1].titlesOnly && !pages[2].titlesOnly)
    }

    @Test func aPremiseInOnePartJoinsItsArgumentInAnother() {
        // Part A holds <Arg> (its conclusion is the thesis); part B holds its premise [p]. The premise line crosses
        // the parts, so both ends are on the overview and part B's page shows <Arg> greyed (issue 16).
        var b = GraphBuilder()
        let partA = b.addSection(title: "Part A", level: 1)
        let partB = b.addSection(title: "Part B", level: 1)
        let t = b.node(.statement, title: "t"), p = b.node(.statement, title: "p"), arg = b.node(.argument, title: "Arg")
        b.update(arg) {
            $0.section = partA
            $0.pcs = PremiseConclusionStructure(steps: [
                .statement(PCSStatement(number: 1, statement: p, role: .premise)), .inference(Inference()),
                .statement(PCSStatement(number: 2, statement: t, role: .mainConclusion)),
            ])
        }
        b.update(t) { $0.section = partA }
        b.update(p) { $0.section = partB }
        let graph = b.build()
        let pages = HandoutPlanner.pages(for: graph)
        #expect(pages.map(\.title) == ["Overview", "Part A", "Part B"])
        #expect(titles(pages[0].nodes, graph) == ["Arg", "p", "t"])
        #expect(titles(pages[2].context, graph) == ["Arg"])
    }

    @Test func everyNodeIsInFullOnExactlyOnePart() {
        let (graph, _) = Self.twoParts
        let parts = HandoutPlanner.pages(for: graph).dropFirst()
        let counted = parts.flatMap(\.nodes)
        #expect(counted.count == Set(counted).count)
        #expect(titles(Set(counted), graph) == ["a1", "a2", "b1", "b2"])   // t lives on the overview
    }

    @Test func aMapWithOnePartIsOnePage() throws {
        let (graph, ids) = Self.twoParts
        let pages = HandoutPlanner.pages(for: graph, visible: [ids["a1"]!, ids["a2"]!])
        #expect(pages.count == 1)
        #expect(pages.first?.title == "Two parts")
        #expect(titles(try #require(pages.first).nodes, graph) == ["a1", "a2"])
        #expect(HandoutPlanner.pages(for: graph, visible: []).isEmpty)
    }

    @Test func papersByName() {
        #expect(PaperSize("A4") == .a4)
        #expect(PaperSize("a4-landscape") == .a4)
        #expect(PaperSize("a4-portrait").map { ($0.width, $0.height) } ?? (0, 0) == (595, 842))
        #expect(PaperSize("letter")?.description == "Letter landscape")
        #expect(PaperSize("a3-portrait")?.description == "A3 portrait")
        #expect(PaperSize("a5") == nil)
        #expect(PaperSize.a4.printable.width < 842 && PaperSize.a4.printable.height < 595)
    }

    @Test func svgSizeReadsTheRootElement() {
        let svg = Data(#"<?xml version="1.0"?><svg width="7598pt" height="905.5pt" viewBox="0 0 7598 905">"#.utf8)
        #expect(HandoutRenderer.svgSize(svg).map { [$0.width, $0.height] } == [7598, 905.5])
        #expect(HandoutRenderer.svgSize(Data("<html>".utf8)) == nil)
    }

    /// One claim with 40 reasons: 40 boxes side by side bottom-to-top, stacked right-to-left.
    static var star: ArgumentGraph {
        var b = GraphBuilder()
        let claim = b.node(.statement, title: "Claim")
        for i in 1...40 {
            let reason = b.node(.statement, title: "Reason \(i)")
            b.update(reason) { $0.text = "A reason with a few words of text." }
            b.addRelation(from: reason, to: claim, type: .support)
        }
        return b.build()
    }

    @Test func pagesFitThePaperInTheDirectionThatKeepsTextBiggest() async throws {
        let pages = try await HandoutRenderer.render(Self.star, options: RenderOptions(), paper: .a4, format: .svg)
        let page = try #require(pages.first)
        #expect(pages.count == 1)
        // 40 reasons side by side are ~6,000 pt wide; stacked they are ~1,800 pt tall: stacking keeps text bigger.
        #expect(page.rankDirection == .RL)
        #expect(page.textSize < 11 && page.textSize > 2)
        let size = try #require(HandoutRenderer.svgSize(page.data))
        #expect(size.width <= PaperSize.a4.width && size.height <= PaperSize.a4.height)
        // With one direction allowed, that one is used.
        let upright = try await HandoutRenderer.render(Self.star, options: RenderOptions(), paper: .a4, format: .svg, directions: [.BT])
        #expect(upright.first?.rankDirection == .BT)
        #expect((upright.first?.textSize ?? 99) < page.textSize)
    }

    @Test func partPagesGreyTheirContextAndTheOverviewPointsToPages() async throws {
        let (graph, _) = Self.twoParts
        let pages = try await HandoutRenderer.render(graph, options: RenderOptions(), paper: .a4, format: .svg)
        #expect(pages.count == 3)
        let overview = String(decoding: pages[0].data, as: UTF8.self)
        #expect(overview.contains("→ page 2") && overview.contains("→ page 3"))
        #expect(!overview.contains(">Text of a1.</text>"))               // titles only (the tooltip keeps the text)
        #expect(overview.contains("Text of a1."))
        #expect(!overview.contains("cluster"))                            // no group boxes on the overview
        #expect(overview.contains("Two parts — Overview (1/3)"))
        let partA = String(decoding: pages[1].data, as: UTF8.self)
        #expect(partA.contains(">Text of a1.</text>"))
        #expect(partA.contains("class=\"node statement context\""))      // t, from outside part A
        #expect(partA.contains("class=\"cluster group\""))
        #expect(pages.allSatisfy { $0.textSize == HandoutRenderer.largestText })   // small pages are enlarged
    }
}
