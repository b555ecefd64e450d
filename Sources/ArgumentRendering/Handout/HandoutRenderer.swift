import ArgumentModel
import Foundation

/// A rendered handout page.
public struct RenderedPage: Sendable {
    /// The page as planned.
    public var page: HandoutPage
    /// The page's document (SVG text, PNG or PDF bytes) fitted to the paper.
    public var data: Data
    /// The direction the page was laid out in (the one that let its text stay biggest).
    public var rankDirection: RankDirection
    /// The size the map's body text prints at, in points, after fitting the page to the paper.
    public var textSize: Double
    /// Graphviz's warnings for this page.
    public var diagnostics: [Diagnostic]
}

/// Renders a map as a handout: the pages of ``HandoutPlanner``, each fitted to one sheet of paper.
///
/// Each page is laid out in each of the candidate directions (by default bottom-to-top and right-to-left: wide
/// parts fit landscape paper better sideways), and the one whose text prints biggest once scaled onto the paper is
/// kept. Context nodes (from other parts of the map) are greyed and carry the class `context`.
public enum HandoutRenderer {
    /// Text smaller than this, in points, is hard to read on paper: callers should warn.
    public static let smallestReadableText = 6.0

    /// Renders the pages of `graph` (limited to `options.visibleNodes`) onto `paper` as `format` (svg, png or
    /// pdf; one document per page), trying each of `directions` for the layered layout.
    /// Each page costs one layout per direction plus the final render.
    public static func render(
        _ graph: ArgumentGraph, options: RenderOptions, paper: PaperSize, format: GraphvizFormat,
        directions: [RankDirection] = [.BT, .RL]
    ) async throws(GraphvizError) -> [RenderedPage] {
        let planned = HandoutPlanner.pages(for: graph, visible: options.visibleNodes)
        let mapTitle = (options.caption ?? graph.metadata["title"]?.stringValue).flatMap { $0.isEmpty ? nil : $0 }
        let printable = paper.printable
        var rendered: [RenderedPage] = []
        for (number, page) in planned.enumerated() {
            var pageOptions = options
            pageOptions.visibleNodes = page.drawn
            pageOptions.paper = nil
            if page.titlesOnly {
                pageOptions.maxTextLines = 0
                pageOptions.drawsGroups = false
                pageOptions.wrapWidth = max(options.wrapWidth, 32)
            }
            for (id, target) in page.references {
                var style = pageOptions.nodeStyles[id] ?? NodeHighlight()
                if style.badge == nil { style.badge = "→ page \(target)" }
                pageOptions.nodeStyles[id] = style
            }
            if planned.count == 1 {
                pageOptions.caption = mapTitle ?? page.title   // a single page is the map itself
            } else {
                let heading = "\(page.title) (\(number + 1)/\(planned.count))"
                pageOptions.caption = [mapTitle, heading].compactMap { $0 }.joined(separator: " — ")
            }
            for id in page.context.subtracting(page.nodes) where options.nodeStyles[id] == nil {
                pageOptions.nodeStyles[id] = contextStyle
            }
            var best: (direction: RankDirection, scale: Double)?
            let candidates = options.layout == .dot && !directions.isEmpty ? directions : [options.rankDirection]
            for direction in candidates {
                var trial = pageOptions
                trial.rankDirection = direction
                guard let size = svgSize(try await MapRenderer.draw(graph, options: trial, as: .svg).data) else { continue }
                let scale = min(1, printable.width / size.width, printable.height / size.height)
                if let kept = best, scale <= kept.scale + 0.001 { continue }
                best = (direction, scale)
            }
            pageOptions.rankDirection = best?.direction ?? options.rankDirection
            pageOptions.paper = paper
            let output = try await MapRenderer.draw(graph, options: pageOptions, as: format)
            rendered.append(RenderedPage(
                page: page, data: output.data, rankDirection: pageOptions.rankDirection,
                textSize: options.theme.style.fontSize * (best?.scale ?? 1), diagnostics: output.diagnostics))
        }
        return rendered
    }

    /// Greyed nodes that belong to another page.
    static let contextStyle = NodeHighlight(
        classes: ["context"], fill: RGBColor(red: 0xEE, green: 0xEE, blue: 0xEE),
        border: RGBColor(red: 0x9E, green: 0x9E, blue: 0x9E), fontColor: RGBColor(red: 0x61, green: 0x61, blue: 0x61),
        note: "From another part of the map")

    /// The `width` and `height` (in points) Graphviz wrote on an SVG's root element.
    static func svgSize(_ data: Data) -> (width: Double, height: Double)? {
        let head = String(decoding: data.prefix(2048), as: UTF8.self)
        guard let svg = head.range(of: "<svg") else { return nil }
        let tag = head[svg.upperBound...].prefix { $0 != ">" }
        func number(_ name: String) -> Double? {
            guard let start = tag.range(of: " \(name)=\"") else { return nil }
            let value = tag[start.upperBound...].prefix { $0.isNumber || $0 == "." }
            return Double(value)
        }
        guard let width = number("width"), let height = number("height"), width > 0, height > 0 else { return nil }
        return (width, height)
    }
}
