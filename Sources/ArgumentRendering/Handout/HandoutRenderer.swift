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
    /// For PDF pages: how many times bigger the page prints than Graphviz drew it (give it to ``PDFPageMerger``
    /// when joining pages onto the paper); 1 for SVG (already enlarged) and PNG (printed as drawn).
    public var enlargement: Double
    /// Graphviz's warnings for this page.
    public var diagnostics: [Diagnostic]
}

/// Renders a map as a handout: the pages of ``HandoutPlanner``, each fitted to one sheet of paper.
///
/// Each page is laid out in each of the candidate directions (by default bottom-to-top and right-to-left: wide
/// parts fit landscape paper better sideways), and the one whose text prints biggest once scaled onto the paper is
/// kept. Every drawing is scaled to fill its paper — down when it is too big, up when it is small (PDF and SVG; a
/// PNG keeps its pixels) — but never so far up that its body text prints bigger than ``largestText``. Context
/// nodes (from other parts of the map) are greyed and carry the class `context`; attacks from other parts are
/// drawn from greyed stub boxes (class `stub`) that name the attacker's part and page.
public enum HandoutRenderer {
    /// Text smaller than this, in points, is hard to read on paper: callers should warn.
    public static let smallestReadableText = 6.0
    /// The biggest body text, in points, a small drawing is enlarged to: a page is filled, not shouted.
    public static let largestText = 14.0

    /// Renders the pages of `graph` (limited to `options.visibleNodes`) onto `paper` as `format` (svg, png or
    /// pdf; one document per page), trying each of `directions` for the layered layout.
    /// Each page costs one layout per direction plus the final render.
    public static func render(
        _ graph: ArgumentGraph, options: RenderOptions, paper: PaperSize, format: GraphvizFormat,
        directions: [RankDirection] = [.BT, .RL]
    ) async throws(GraphvizError) -> [RenderedPage] {
        let planned = HandoutPlanner.pages(for: graph, visible: options.visibleNodes)
        let mapTitle = (options.caption ?? graph.metadata["title"]?.stringValue).flatMap { $0.isEmpty ? nil : $0 }
        var rendered: [RenderedPage] = []
        for (number, page) in planned.enumerated() {
            let (pageGraph, stubs) = withStubs(graph, page.incoming)
            var pageOptions = options
            pageOptions.visibleNodes = page.drawn.union(stubs)
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
            for id in stubs { pageOptions.nodeStyles[id] = stubStyle }
            let candidates = options.layout == .dot && !directions.isEmpty ? directions : [options.rankDirection]
            let fitted = try await fit(pageGraph, options: pageOptions, onto: paper, directions: candidates, enlarging: format != .png)
            let output = try await MapRenderer.draw(pageGraph, options: fitted.options, as: format)
            rendered.append(RenderedPage(
                page: page, data: format == .svg ? enlarged(output.data, by: fitted.enlargement) : output.data,
                rankDirection: fitted.options.rankDirection, textSize: fitted.textSize,
                enlargement: format == .pdf ? fitted.enlargement : 1, diagnostics: output.diagnostics))
        }
        return rendered
    }

    /// How a drawing goes onto paper: the options to draw it with, how much bigger than drawn it prints, and the
    /// size its body text prints at.
    public struct Fit: Sendable {
        /// The options to draw with: the best direction, and the paper (Graphviz shrinks a drawing too big for it).
        public var options: RenderOptions
        /// How many times bigger than Graphviz draws it the page prints (1 when it is shrunk or already fills the
        /// paper): ``PDFPageMerger`` applies it to PDF pages, ``enlarged(_:by:)`` to SVG pages.
        public var enlargement: Double
        /// The body text size on paper, in points.
        public var textSize: Double
    }

    /// How to draw `graph` so it fills `paper`: in the direction of `directions` that lets the text print biggest,
    /// shrunk to fit the printable area, or — when `enlarging` — enlarged to fill it, up to ``largestText``. The
    /// drawing's own pad (0.3 inch) stays blank inside the paper's 1 cm margin. One layout per direction.
    public static func fit(
        _ graph: ArgumentGraph, options: RenderOptions, onto paper: PaperSize, directions: [RankDirection], enlarging: Bool = true
    ) async throws(GraphvizError) -> Fit {
        let printable = paper.printable
        let fontSize = options.theme.style.fontSize
        let cap = enlarging ? max(1, largestText / fontSize) : 1
        // An enlarged pad is blank too: the drawing may come as close to the edge as the margin less the pad.
        let inset = max(0, PaperSize.margin - DOTWriter.pad)
        var best: (direction: RankDirection, scale: Double)?
        for direction in directions.isEmpty ? [options.rankDirection] : directions {
            var trial = options
            trial.rankDirection = direction
            trial.paper = nil
            guard let size = svgSize(try await MapRenderer.draw(graph, options: trial, as: .svg).data) else { continue }
            var scale = min(1, printable.width / size.width, printable.height / size.height)
            if scale >= 1 {
                scale = max(1, min(cap, (paper.width - 2 * inset) / size.width, (paper.height - 2 * inset) / size.height))
            }
            if let kept = best, scale <= kept.scale + 0.001 { continue }
            best = (direction, scale)
        }
        var fitted = options
        fitted.rankDirection = best?.direction ?? options.rankDirection
        fitted.paper = paper
        let scale = best?.scale ?? 1
        return Fit(options: fitted, enlargement: max(1, scale), textSize: fontSize * scale)
    }

    /// `svg` shown `factor` times bigger: the root element's `width` and `height` scaled, its `viewBox` kept.
    /// O(length of the root tag).
    public static func enlarged(_ svg: Data, by factor: Double) -> Data {
        guard factor > 1, let size = svgSize(svg) else { return svg }
        var text = String(decoding: svg, as: UTF8.self)
        guard let open = text.range(of: "<svg") else { return svg }
        let close = text[open.upperBound...].firstIndex(of: ">") ?? text.endIndex
        var tag = String(text[open.lowerBound..<close])
        for (name, value) in [("width", size.width), ("height", size.height)] {
            guard let start = tag.range(of: " \(name)=\"") else { continue }
            let end = tag[start.upperBound...].firstIndex(of: "\"") ?? tag.endIndex
            tag.replaceSubrange(start.upperBound..<end, with: DOTText.number(value * factor) + "pt")
        }
        text.replaceSubrange(open.lowerBound..<close, with: tag)
        return Data(text.utf8)
    }

    /// `graph` with one stub node per incoming attack (appended after the map's nodes, outside every heading),
    /// attacking its targets (with the type of the original attack), and the stubs' ids.
    /// O(nodes + relations × stub targets).
    static func withStubs(_ graph: ArgumentGraph, _ incoming: [IncomingAttack]) -> (ArgumentGraph, Set<NodeID>) {
        guard !incoming.isEmpty else { return (graph, []) }
        var nodes = graph.nodes
        var relations = graph.relations
        var stubs = Set<NodeID>()
        for attack in incoming {
            let id = NodeID(nodes.count)
            let attacker = graph[attack.attacker]
            nodes.append(Node(
                id: id, kind: attacker.kind, title: attacker.title,
                text: "Objection from “\(attack.section)” — see page \(attack.page)"))
            stubs.insert(id)
            for target in attack.targets {
                let type = graph.relations.first { $0.from == attack.attacker && $0.to == target && $0.type.isAttacking }?.type ?? .attack
                relations.append(Relation(id: RelationID(relations.count), from: id, to: target, type: type))
            }
        }
        let copy = ArgumentGraph(
            nodes: nodes, relations: relations, sections: graph.sections, metadata: graph.metadata, mode: graph.mode)
        return (copy, stubs)
    }

    /// Stub boxes standing for attackers drawn on another page: greyed, dashed outline in SVG (class `stub`).
    static let stubStyle = NodeHighlight(
        classes: ["context", "stub"], fill: RGBColor(red: 0xF5, green: 0xF5, blue: 0xF5),
        border: RGBColor(red: 0x9E, green: 0x9E, blue: 0x9E), fontColor: RGBColor(red: 0x61, green: 0x61, blue: 0x61),
        note: "Drawn in full on another page")

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
