import ArgumentModel
import Foundation
import Testing
@testable import ArgumentRendering

@Suite struct DOTWriterTests {
    static let goldenFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    /// Compares `text` with Golden/`name`; with ARGMAP_UPDATE_GOLDEN set, rewrites the file instead (read it
    /// before committing).
    func checkGolden(_ text: String, _ name: String) throws {
        let url = Self.goldenFolder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["ARGMAP_UPDATE_GOLDEN"] != nil {
            try Data(text.utf8).write(to: url)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(text == expected, "DOT differs from Golden/\(name)")
    }

    @Test func goldenTextbook() throws {
        try checkGolden(DOTWriter().write(SampleMaps.october), "october-textbook.dot")
    }

    @Test func goldenPrintWithLegend() throws {
        var options = RenderOptions(theme: .print)
        options.legend = true
        try checkGolden(DOTWriter(options: options).write(SampleMaps.october), "october-print-legend.dot")
    }

    @Test func goldenNestedGroups() throws {
        try checkGolden(DOTWriter().write(SampleMaps.nestedGroups), "nested-groups.dot")
    }

    @Test func goldenHostileText() throws {
        try checkGolden(DOTWriter().write(SampleMaps.nasty), "hostile-text.dot")
    }

    @Test func sameInputSameBytes() {
        #expect(DOTWriter().write(SampleMaps.october) == DOTWriter().write(SampleMaps.october))
    }

    /// The line declaring node or edge `id`.
    func line(_ dot: String, id: String) -> String? {
        dot.split(separator: "\n").first { $0.contains("[id=\"\(id)\"") }.map(String.init)
    }

    @Test func highlightHooksStyleNodesAndRelations() throws {
        let graph = SampleMaps.october
        var options = RenderOptions()
        let coup = try #require(graph.argument(titled: "Coup"))
        options.nodeStyles[coup] = NodeHighlight(
            classes: ["out", "verdict wrong"], fill: RGBColor(0xffcccc), border: RGBColor(0x990000), penWidth: 3,
            badge: "OUT", note: "attacked by an undefeated argument")
        let undercut = try #require(graph.relations.first { $0.type == .undercut })
        options.relationStyles[undercut.id] = RelationHighlight(classes: ["missing"], color: RGBColor(0x0000ff), label: "missing")
        let dot = DOTWriter(options: options).write(graph)
        let node = try #require(line(dot, id: "a-coup"))
        #expect(node.contains(##"class="argument tag-liberal out verdict-wrong""##))
        #expect(node.contains(##"fillcolor="#ffcccc""##) && node.contains(##"color="#990000""##) && node.contains("penwidth=3"))
        #expect(node.contains(##"label=<<B>Coup</B><BR ALIGN="LEFT"/><B>OUT</B><BR ALIGN="LEFT"/>October was"##))
        #expect(node.contains(##"\nattacked by an undefeated argument""##))
        let edge = try #require(line(dot, id: "e-s-mass-support--undercut--a-coup"))
        #expect(edge.contains(##"class="undercut missing""##) && edge.contains(##"color="#0000ff""##) && edge.contains(##"label="missing""##))
        // Nodes without a highlight keep the theme.
        #expect(try #require(line(dot, id: "s-mass-support")).contains(##"fillcolor="#ffffff""##))
    }

    @Test func relationKindsAreDrawnDistinctly() throws {
        let dot = DOTWriter().write(SampleMaps.october)
        let support = try #require(line(dot, id: "e-s-dual-power-fails--support--s-soviet-power"))
        let attack = try #require(line(dot, id: "e-a-coup--attack--s-soviet-power"))
        let undercut = try #require(line(dot, id: "e-s-mass-support--undercut--a-coup"))
        let contradiction = try #require(line(dot, id: "e-s-mass-support--contradictory--s-minority-rule"))
        let derived = try #require(line(dot, id: "e-a-war-weariness--support--s-soviet-power"))
        #expect(support.contains(##"color="#2e7d32""##) && !support.contains("style="))
        #expect(attack.contains(##"color="#c62828""##))
        #expect(undercut.contains("style=dashed") && undercut.contains("arrowhead=tee"))
        #expect(contradiction.contains("dir=both") && contradiction.contains("constraint=false"))
        #expect(derived.contains(##"class="support derived""##) && !derived.contains(##"color="#2e7d32""##))
        // Statements square, arguments rounded.
        #expect(try #require(line(dot, id: "s-soviet-power")).contains(##"style="filled""##))
        #expect(try #require(line(dot, id: "a-coup")).contains(##"style="rounded,filled""##))
    }

    @Test func printThemeIsBlackAndWhiteWithDistinctLinesAndArrowheads() throws {
        let dot = DOTWriter(options: RenderOptions(theme: .print)).write(SampleMaps.october)
        var looks = Set<String>()
        for id in ["e-s-dual-power-fails--support--s-soviet-power", "e-a-coup--attack--s-soviet-power",
                   "e-s-mass-support--undercut--a-coup", "e-s-mass-support--contradictory--s-minority-rule"] {
            let edge = try #require(line(dot, id: id))
            #expect(edge.contains(##"color="#000000""##))
            let style = edge.firstRange(of: /style=\w+/).map { String(edge[$0]) } ?? "solid"
            let head = edge.firstRange(of: /arrowhead=\w+/).map { String(edge[$0]) } ?? ""
            looks.insert(style + " " + head)
        }
        #expect(looks.count == 4)
        for match in dot.matches(of: /fillcolor="(#[0-9a-f]{6})"/) { #expect(match.1 == "#ffffff") }
    }

    @Test func selectionAndDerivedSwitchLimitWhatIsDrawn() throws {
        let graph = SampleMaps.october
        var options = RenderOptions()
        options.visibleNodes = try MapSelection(focus: "Coup", depth: 1).visibleNodes(in: graph)
        options.showDerivedRelations = false
        let dot = DOTWriter(options: options).write(graph)
        #expect(line(dot, id: "s-dual-power-fails") == nil && line(dot, id: "a-war-weariness") == nil)
        #expect(line(dot, id: "a-coup") != nil && line(dot, id: "s-soviet-power") != nil)
        #expect(line(dot, id: "e-s-dual-power-fails--support--s-soviet-power") == nil)
        #expect(line(dot, id: "e-s-mass-support--undercut--a-coup") != nil)
        #expect(!dot.contains("derived"))
        // The Politics cluster holds Soviet power; "The soviets" has no drawn node left, so no cluster.
        #expect(dot.contains(##"subgraph "cluster_g-politics-0""##))
        #expect(!dot.contains("cluster_g-politics--the-soviets-1"))
    }

    @Test func captionComesFromMetadataOrOptions() {
        var b = GraphBuilder()
        b.node(.statement, title: "A")
        b.metadata = .object(["title": .string("Red & <October>")])
        let graph = b.build()
        #expect(DOTWriter().write(graph).contains("label=<<B>Red &amp; &lt;October&gt;</B>>"))
        var options = RenderOptions()
        options.caption = "Mine"
        #expect(DOTWriter(options: options).write(graph).contains("label=<<B>Mine</B>>"))
    }

    @Test func boundsOnlyForDotAndOnlyWhenOn() {
        var b = GraphBuilder()
        let ids = (0..<200).map { b.node(.statement, title: "n\($0)") }
        for i in 1..<200 { b.addRelation(from: ids[i], to: ids[i - 1], type: .support) }
        b.addRelation(from: ids[199], to: ids[0], type: .attack)
        let graph = b.build()
        let bounded = DOTWriter().write(graph)
        #expect(bounded.contains("nslimit=2") && bounded.contains("constraint=false"))
        var options = RenderOptions()
        options.boundedLayout = false
        let free = DOTWriter(options: options).write(graph)
        #expect(!free.contains("nslimit") && !free.contains("constraint=false"))
        options = RenderOptions()
        options.layout = .sfdp
        let spring = DOTWriter(options: options).write(graph)
        #expect(!spring.contains("rankdir") && spring.contains("overlap=false") && !spring.contains("constraint=false"))
    }
}
