import ArgdownSyntax
import ArgumentModel
import Foundation
import Testing
@testable import ArgumentRendering

#if canImport(FoundationXML)
import FoundationXML
#endif

/// Bold, italic and links of a node's text in labels (issue 15 item 2): `<B>`/`<I>` in the DOT label, bold and
/// italic text in the SVG Graphviz draws, and links as `<a xlink:href>` around the link text (clickable in the page).
@Suite struct InlineFormattingRenderTests {
    static let source = """
        [Claim]: This is **very important** and _subtle_; see [the guide](https://argdown.org) now.
          + <Reason>: Some **bold** text and [a trap](javascript:alert(1)) here.
        """

    static var graph: ArgumentGraph { ArgdownReader.read(source).graph }

    var options: RenderOptions {
        var options = RenderOptions()
        options.maxTextLines = 6
        return options
    }

    @Test func dotLabelHasBoldItalicAndALinkCell() throws {
        let dot = MapRenderer.dot(Self.graph, options: options)
        #expect(dot.contains("<B>very important</B>"))
        #expect(dot.contains("<I>subtle</I>"))
        #expect(dot.contains(#"HREF="https://argdown.org" TARGET="_blank">"#))
        #expect(dot.contains("<U>the guide</U>"))
        // A javascript: link is not made clickable; it stays underlined text.
        #expect(!dot.contains("HREF=\"javascript"))
        #expect(dot.contains("<U>a trap</U>"))
    }

    /// Whether `svg` has a `<text>` element with `attribute` showing exactly `content`.
    private func hasText(_ svg: String, _ attribute: String, _ content: String) -> Bool {
        svg.split(separator: "\n").contains { line in
            line.hasPrefix("<text ") && line.contains(attribute) && line.hasSuffix(">\(content)</text>")
        }
    }

    @Test func svgHasBoldAndItalicTextAndAClickableLink() async throws {
        let svg = try await MapRenderer.svg(Self.graph, options: options)
        _ = try XMLDocument(xmlString: svg, options: []) // well formed
        #expect(hasText(svg, #"font-weight="bold""#, "very important"))
        #expect(hasText(svg, #"font-weight="bold""#, "bold"))
        #expect(hasText(svg, #"font-style="italic""#, "subtle"))
        #expect(!hasText(svg, #"font-weight="bold""#, " and"))
        // The link text sits inside an <a> whose href is the URL (the next lines after the <a> opening).
        let lines = svg.split(separator: "\n").map(String.init)
        let open = try #require(lines.firstIndex { $0.contains(#"<a xlink:href="https://argdown.org""#) })
        #expect(lines[open].contains(#"target="_blank""#))
        #expect(lines[open + 1].hasPrefix("<text ") && lines[open + 1].hasSuffix(">the guide</text>"))
        #expect(lines[open + 1].contains(#"text-decoration="underline""#))
        #expect(lines[open + 2] == "</a>")
        #expect(!svg.contains("javascript:"))
    }

    @Test func pageCarriesTheClickableLink() async throws {
        let svg = try await MapRenderer.svg(Self.graph, options: options)
        let page = HTMLViewer.page(graph: Self.graph, svg: svg, title: "Links")
        #expect(page.contains(#"xlink:href="https://argdown.org""#))
        #expect(page.contains(#"target="_blank""#))
    }

    @Test func wrappedLinesKeepTheirStyles() {
        let text = "aa **bb cc** dd"
        let graph = ArgdownReader.read("[A]: \(text)").graph
        let lines = RichLabel.lines(graph.nodes[0].text ?? "", ranges: graph.nodes[0].ranges, width: 5, maxLines: 0)
        // Wrapped at 5: "aa bb" / "cc dd"; the blank between bb and cc is a line break.
        #expect(lines == [
            [RichLabel.Piece(text: "aa "), RichLabel.Piece(text: "bb", bold: true)],
            [RichLabel.Piece(text: "cc", bold: true), RichLabel.Piece(text: " dd")],
        ])
    }
}
