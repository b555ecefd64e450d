import ArgumentModel
import Foundation
import Testing
@testable import ArgumentRendering
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Issue 21: every drawn element keeps its own id, and no character in map text makes Graphviz refuse a map.
@Suite struct UniqueIDTests {
    /// `[Foo]`, `[foo]` and `[foo 2]` used to slug to two names: Graphviz drew two boxes for three claims.
    @Test func titlesThatSlugAlikeAreThreeNodes() async throws {
        var b = GraphBuilder()
        let nodes = ["Foo", "foo", "foo 2"].map { b.node(.statement, title: $0) }
        b.addRelation(from: nodes[1], to: nodes[0], type: .support)
        b.addRelation(from: nodes[2], to: nodes[0], type: .attack)
        let graph = b.build()
        let document = try XMLDocument(xmlString: try await MapRenderer.svg(graph), options: [])
        let groups = SVGOutputTests.descendants(try #require(document.rootElement()), named: "g")
        let nodeGroups = groups.filter { (SVGOutputTests.attribute($0, "class") ?? "").hasPrefix("node") }
        #expect(nodeGroups.count == 3)
        let ids = groups.compactMap { SVGOutputTests.attribute($0, "id") }
        #expect(Set(ids).count == ids.count, "\(ids)")
        let titles = nodeGroups.map { try? SVGOutputTests.texts($0).first }
        #expect(Set(titles.compactMap { $0 }) == ["Foo", "foo", "foo 2"])
    }

    /// U+FFFE, U+FFFF and control characters in titles, texts and the caption: every format still renders.
    @Test func nonCharactersAndControlCharactersRender() async throws {
        var b = GraphBuilder()
        let a = b.node(.statement, title: "A\u{FFFE}b\u{07}")
        b.update(a) { $0.text = "x\u{FFFF}y\u{01}z\u{1B}[31m" }
        let c = b.node(.argument, title: "C\u{FFFF}")
        b.addRelation(from: c, to: a, type: .attack)
        let graph = b.build()
        for format in OutputFormat.allCases {
            var options = RenderOptions()
            options.legend = true
            options.caption = "T\u{FFFE}\u{02}"
            let rendered = try await MapRenderer.render(graph, options: options, format: format)
            #expect(!rendered.data.isEmpty, "\(format)")
            if format == .svg {
                let svg = String(decoding: rendered.data, as: UTF8.self)
                _ = try XMLDocument(xmlString: svg, options: [])
                #expect(svg.contains("Ab"))
                #expect(!svg.unicodeScalars.contains { $0 == "\u{FFFE}" || $0 == "\u{FFFF}" || $0 == "\u{1B}" })
            }
            if format == .html {
                let html = String(decoding: rendered.data, as: UTF8.self)
                #expect(!html.unicodeScalars.contains { $0 == "\u{FFFE}" || $0 == "\u{FFFF}" || $0 == "\u{1B}" })
            }
        }
    }
}
