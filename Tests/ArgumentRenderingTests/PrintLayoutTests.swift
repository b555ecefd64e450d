import ArgumentModel
import Foundation
import Testing
@testable import ArgumentRendering

/// Print layouts: reading order read off a drawing, stubs for attacks from other parts, drawings scaled up to fill
/// the page, and text pages.
@Suite struct PrintLayoutTests {
    /// Three boxes: `right` and `left` in one row (centres 4 units apart), `low` below them.
    static var threeBoxes: (graph: ArgumentGraph, svg: String) {
        var b = GraphBuilder()
        let low = b.node(.statement, title: "low")
        let right = b.node(.statement, title: "right")
        let left = b.node(.statement, title: "left")
        let graph = b.build()
        let ids = ElementIDs(graph)
        func group(_ id: NodeID, _ x: Double, _ y: Double) -> String {
            """
            <g id="\(ids.id(of: id))" class="node statement">
            <title>\(graph[id].title)</title>
            <g id="a_\(ids.id(of: id))"><a xlink:title="x">
            <path fill="#fff" d="M\(x),\(y) C\(x),\(y) \(x + 100),\(y) \(x + 100),\(y) L\(x + 100),\(y - 40) \(x),\(y - 40)Z"/>
            <text text-anchor="middle" x="\(x + 50)" y="\(y - 15)">\(graph[id].title)</text>
            </a></g></g>
            """
        }
        let svg = """
            <svg width="400pt" height="300pt"><g id="graph0" class="graph" transform="translate(4 296)">
            <g id="e-1" class="edge"><path d="M0,0 C 1,1 2,2 3,3"/></g>
            \(group(low, 100, -20))
            \(group(right, 250, -200))
            \(group(left, 20, -204))
            </g></svg>
            """
        return (graph, svg)
    }

    @Test func readingOrderIsTopToBottomThenLeftToRight() {
        let (graph, svg) = Self.threeBoxes
        let order = ReadingOrder.nodes(in: svg, of: graph).map { graph[$0].title }
        #expect(order == ["left", "right", "low"])
        // Nodes the drawing does not have are left out.
        #expect(ReadingOrder.nodes(in: "<svg></svg>", of: graph).isEmpty)
    }

    @Test func aPartPageHasAStubForAnAttackFromAnotherPart() async throws {
        let (graph, ids) = HandoutTests.twoParts
        let pages = HandoutPlanner.pages(for: graph)
        #expect(pages.map(\.title) == ["Overview", "Part A", "Part B"])
        // b1 (Part B, page 3) attacks a1 (Part A): Part A's page names it; Part B's page is attacked by nobody.
        #expect(pages[1].incoming == [IncomingAttack(attacker: try #require(ids["b1"]), targets: [try #require(ids["a1"])], section: "Part B", page: 3)])
        #expect(pages[2].incoming.isEmpty)
        let rendered = try await HandoutRenderer.render(graph, options: RenderOptions(), paper: .a4, format: .svg)
        let partA = String(decoding: rendered[1].data, as: UTF8.self)
        #expect(partA.contains("class=\"node statement context stub\""))
        #expect(partA.contains("Objection from “Part B” — see page 3"))
        #expect(partA.contains(">b1</text>"))
        let partB = String(decoding: rendered[2].data, as: UTF8.self)
        #expect(!partB.contains("stub"))
    }

    @Test func smallDrawingsAreScaledUpToTheLargestText() async throws {
        var b = GraphBuilder()
        let claim = b.node(.statement, title: "Claim")
        let reason = b.node(.statement, title: "Reason")
        b.addRelation(from: reason, to: claim, type: .support)
        let graph = b.build()
        var captioned = RenderOptions()
        captioned.caption = "Map"   // a one-page handout of an untitled map is captioned "Map"
        let natural = try #require(HandoutRenderer.svgSize(Data(try await MapRenderer.svg(graph, options: captioned).utf8)))
        let pages = try await HandoutRenderer.render(graph, options: RenderOptions(), paper: .a4, format: .svg, directions: [.BT])
        let page = try #require(pages.first)
        #expect(page.textSize == HandoutRenderer.largestText)
        // The SVG page is shown 14 / 11 times its natural size (the root's width and height; Graphviz rounds them).
        let size = try #require(HandoutRenderer.svgSize(page.data))
        let factor = HandoutRenderer.largestText / 11
        #expect(abs(size.width - natural.width * factor) < 2, "\(size) vs \(natural)")
        #expect(abs(size.height - natural.height * factor) < 2, "\(size) vs \(natural)")
        // A PDF page carries the same enlargement to the merger, which applies it on the paper.
        let pdf = try await HandoutRenderer.render(graph, options: RenderOptions(), paper: .a4, format: .pdf, directions: [.BT])
        #expect(abs((pdf.first?.enlargement ?? 0) - factor) < 0.001)
        // PNG pages keep their pixels: not enlarged, and their text size says so.
        let png = try await HandoutRenderer.render(graph, options: RenderOptions(), paper: .a4, format: .png, directions: [.BT])
        #expect(png.first?.textSize == 11 && png.first?.enlargement == 1)
    }

    @Test func papersTurn() {
        #expect(PaperSize.a4.turned == PaperSize.a4.portrait)
        #expect(PaperSize.a4.portrait.turned == .a4)
        #expect(PaperSize("letter-portrait")?.turned == .letter)
    }

    @Test func theMergerEnlargesOnlyAsFarAsAllowed() {
        // A 100 × 50 page on 842 × 595: fit is 8.42, allowed 1.5.
        let placed = PDFPageMerger.placement(box: (0, 0, 100, 50), on: .a4Landscape, enlargingUpTo: 1.5)
        #expect(placed == "q 1.5 0 0 1.5 346 260 cm\n")
        #expect(PDFPageMerger.placement(box: (0, 0, 100, 50), on: .a4Landscape).hasPrefix("q 1 0 0 1 "))
        #expect(PDFPageMerger.placement(box: (0, 0, 100, 50), on: .a4Landscape, enlargingUpTo: 99).hasPrefix("q 8.42 0 0 8.42 "))
    }

    @Test func textPagesKeepEntriesWholeAndFitThePaper() {
        var blocks: [TextPages.Block] = [.title("Word bank test"), .paragraph("Choose one entry per blank."), .heading("Word bank")]
        for i in 0..<120 { blocks.append(.entry(label: "E\(i)", text: "Entry number \(i) with enough words to take a little room.")) }
        let pages = TextPages.dot(blocks, paper: .a4.portrait)
        #expect(pages.count > 1)
        // Every entry is on exactly one page, whole; the title only on the first.
        for i in 0..<120 { #expect(pages.filter { $0.contains("Entry number \(i) with") }.count == 1) }
        #expect(pages[0].contains("Word bank test") && !pages[1].contains("Word bank test"))
        let (width, height) = PaperSize.a4.portrait.printable
        for page in pages {
            #expect(page.contains("width=\"\(DOTText.number(width / 72))\", height=\"\(DOTText.number(height / 72))\""))
        }
        // Markup in the text is escaped.
        #expect(TextPages.dot([.paragraph("a <b> & c")], paper: .a4)[0].contains("a &lt;b&gt; &amp; c"))
    }
}
