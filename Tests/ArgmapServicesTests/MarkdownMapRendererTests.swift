import Testing

@testable import ArgmapServices

/// The HTML page of a Markdown file puts each map's figure where its block stood, in one pass over the page.
@Suite struct MarkdownMapRendererTests {
    /// A Markdown file with `count` Argdown blocks between paragraphs.
    static func markdown(blocks count: Int) -> String {
        (1...count).map { "Paragraph \($0) & more.\n\n```argdown\n[A\($0)]: Claim \($0).\n```\n" }.joined(separator: "\n")
    }

    static func maps(in text: String) -> [MarkdownMap] {
        MarkdownMapBlocks.blocks(in: text).map {
            MarkdownMap(block: $0, fileName: "map-\($0.number).svg", altText: "Map \"\($0.number)\" & <co>",
                        svg: "<?xml version=\"1.0\"?>\n<svg id=\"s\($0.number)\"><text>\($0.number)</text></svg>\n")
        }
    }

    /// The figure of `map` as the page shows it.
    static func figure(_ map: MarkdownMap) -> String {
        "<figure class=\"argmap-map\" id=\"map-\(map.block.number)\" role=\"img\" aria-label=\""
            + MarkdownMapRenderer.escapeHTML(map.altText) + "\">" + MarkdownMapRenderer.inlineSVG(map.svg) + "</figure>"
    }

    /// What the page body was before the one-pass placement: each map's marker paragraph replaced in the whole
    /// body, map after map (the oracle).
    static func placedMapByMap(_ body: String, maps: [MarkdownMap]) -> String {
        var body = body
        for map in maps {
            body = body.replacingOccurrences(of: "<p>ARGMAPFIGURE\(map.block.number)</p>", with: figure(map))
        }
        return body
    }

    @Test func placesTheSameFiguresAsReplacingMapByMap() {
        let maps = Self.maps(in: Self.markdown(blocks: 40))
        #expect(maps.count == 40)
        // Markers of maps 1, 10 and 11 next to each other, one for a map that does not exist, one with a leading
        // zero, one not closed as a paragraph, and text around them.
        let body = (1...40).map { "<p>Text \($0) &amp; more.</p>\n<p>ARGMAPFIGURE\($0)</p>\n" }.joined()
            + "<p>ARGMAPFIGURE41</p>\n<p>ARGMAPFIGURE07</p>\n<p>ARGMAPFIGURE3 and more</p>\n<p>ARGMAPFIGURE</p><p>ARGMAPFIGURE2</p>"
        let placed = MarkdownMapRenderer.placingFigures(in: body, maps: maps)
        #expect(placed == Self.placedMapByMap(body, maps: maps))
        #expect(placed.components(separatedBy: "<figure ").count == 42)   // 40 maps, map 2 twice
        #expect(placed.contains("<p>ARGMAPFIGURE41</p>") && placed.contains("<p>ARGMAPFIGURE07</p>"))
    }

    @Test func aPageOfManyMapsHasEveryFigureOnceInOrder() {
        let text = Self.markdown(blocks: 60)
        let maps = Self.maps(in: text)
        let page = MarkdownMapRenderer.html(text, maps: maps, title: "Many")
        #expect(!page.contains("ARGMAPFIGURE"))
        var at = page.startIndex
        for map in maps {
            let found = page.range(of: Self.figure(map), range: at..<page.endIndex)
            #expect(found != nil, "map \(map.block.number)")
            at = found?.upperBound ?? at
        }
        #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"))
        #expect(page.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>Many</title>"))
    }
}
