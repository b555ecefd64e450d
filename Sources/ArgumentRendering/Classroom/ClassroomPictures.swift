import ArgumentAnalysis
import ArgumentModel
import Foundation

/// The one place classroom maps turn into pictures, through the shared renderer: diff maps use its per-node /
/// per-relation highlight hooks, reveal frames are cut from one rendered SVG, worksheets use the `print` theme.
/// Every function returns the picture; writing it is the caller's business.
public enum ClassroomPictures {
    /// The picture format a path names by its extension (default SVG).
    public static func format(of path: String) -> OutputFormat {
        OutputFormat(fileExtension: URL(fileURLWithPath: path).pathExtension) ?? .svg
    }

    /// Renders `graph` with `options` in `format`; `css` is added to SVG output as a `<style>` element.
    public static func render(
        _ graph: ArgumentGraph, options: RenderOptions = RenderOptions(), css: String? = nil, format: OutputFormat
    ) async throws -> Data {
        var rendered = try await MapRenderer.render(graph, options: options, format: format)
        if format == .svg, let css {
            rendered.data = Data(injectingStyle(css, into: String(decoding: rendered.data, as: UTF8.self)).utf8)
        }
        return rendered.data
    }

    // MARK: Diff maps

    /// Colours per verdict: correct (and simplified) green, wrong type orange, reversed purple, extra grey, missing blue.
    public static func color(_ mark: DiffMark) -> RGBColor {
        switch mark {
        case .correct, .simplified: RGBColor(0x1B7F3B)
        case .wrongType: RGBColor(0xD97A00)
        case .reversed: RGBColor(0x7B3FB5)
        case .extra: RGBColor(0x8A8A8A)
        case .missing: RGBColor(0x2F6FB5)
        }
    }

    /// Words shown on the picture for a verdict (nil for correct and simplified: no clutter where all is well).
    public static func words(_ mark: DiffMark) -> String? {
        switch mark {
        case .correct, .simplified: nil
        case .wrongType: "wrong type"
        case .reversed: "reversed"
        case .extra: "not in the key"
        case .missing: "missing from your map"
        }
    }

    /// `a support`, `an attack` ...
    public static func article(_ type: RelationType) -> String { RelationWords(type).noun }

    /// Render options that colour the diff map by verdict, label what differs, and (in SVG) dash missing parts.
    public static func diffOptions(_ diff: DiffMap) -> RenderOptions {
        var options = RenderOptions()
        options.caption = "Green: as in the key · orange: wrong type · purple: reversed · grey: not in the key · blue: missing from your map"
        for node in diff.graph.nodes {
            let mark = diff.nodeMarks[node.id.index]
            options.nodeStyles[node.id] = NodeHighlight(
                classes: ["diff-\(mark.rawValue)"], fill: color(mark).lightened(0.88), border: color(mark), penWidth: 2,
                badge: mark == .correct ? nil : words(mark).map { "(\($0))" })
        }
        for relation in diff.graph.relations {
            let mark = diff.relationMarks[relation.id.index]
            var label = words(mark)
            if mark == .wrongType, let expected = diff.keyTypes[relation.id.index] {
                label = "wrong type: the key has \(article(expected))"
            }
            options.relationStyles[relation.id] = RelationHighlight(
                classes: ["diff-\(mark.rawValue)"], color: color(mark), penWidth: 2, label: label)
        }
        return options
    }

    /// SVG style that dashes the outlines and lines of missing parts (PDF and PNG show them blue and labelled).
    public static let diffCSS = ".diff-missing path, .diff-missing polygon { stroke-dasharray: 6,4; }"

    /// The diff map in `format` (SVG, PDF, PNG or DOT).
    public static func diffMap(_ diff: DiffMap, format: OutputFormat) async throws -> Data {
        try await render(diff.graph, options: diffOptions(diff), css: diffCSS, format: format)
    }

    // MARK: Reveal

    /// One SVG per frame of `plan`, with its file name (`frame-001.svg`, ...): the whole map is laid out and
    /// rendered once, and each frame hides (by SVG id) the nodes and relations not yet revealed, so positions never
    /// change. Complexity: one layout + O(frames × (n + m + SVG length)).
    public static func revealFrames(_ graph: ArgumentGraph, plan: RevealPlan) async throws -> [(name: String, svg: String)] {
        let svg = try await MapRenderer.svg(graph)
        let ids = ElementIDs(graph)
        let width = max(3, String(plan.frameCount).count)
        var frames: [(name: String, svg: String)] = []
        for frame in 0..<plan.frameCount {
            var hidden = Set<String>()
            for node in graph.nodes where !plan.isVisible(node.id, inFrame: frame) { hidden.insert(ids.id(of: node.id)) }
            for r in graph.relations where !plan.isVisible(r, inFrame: frame) { hidden.insert(ids.id(of: r)) }
            for link in PremiseLinks.links(graph)
            where !plan.isVisible(link.premise, inFrame: frame) || !plan.isVisible(link.argument, inFrame: frame) {
                hidden.insert(PremiseLinks.elementID(link, ids: ids))
            }
            let name = "frame-\(String(repeating: "0", count: max(0, width - String(frame + 1).count)))\(frame + 1).svg"
            frames.append((name, SVGVisibility.hiding(hidden, in: svg)))
        }
        return frames
    }

    // MARK: SVG styling

    /// `svg` with a `<style>` element inserted right after the opening `<svg ...>` tag.
    public static func injectingStyle(_ css: String, into svg: String) -> String {
        guard let open = svg.range(of: "<svg"), let end = svg[open.upperBound...].firstIndex(of: ">") else { return svg }
        let insertAt = svg.index(after: end)
        return String(svg[..<insertAt]) + "\n<style>\(css)</style>" + String(svg[insertAt...])
    }
}

extension ClassroomPictures {
    /// Options for a worksheet picture, in the black-and-white `print` theme: blanks keep the map's layout;
    /// scramble cards and identify passages have no relations, so a left-to-right layered layout puts them all in
    /// one rank — one column, in reading order.
    public static func sheetOptions(for exercise: Exercise) -> RenderOptions {
        var options = RenderOptions(theme: .print)
        if exercise.kind != .blanks { options.rankDirection = .LR }
        return options
    }

    /// The graph to draw for a worksheet. Graphviz stacks one left-to-right rank bottom-up, so relation-less
    /// sheets are drawn from a copy with the nodes in reverse order: card A / passage 1 ends up on top.
    public static func sheetGraph(for exercise: Exercise) -> ArgumentGraph {
        let sheet = exercise.sheetGraph
        guard exercise.kind != .blanks, sheet.relations.isEmpty else { return sheet }
        let nodes = sheet.nodes.reversed().enumerated().map { i, node in
            var copy = node
            copy.id = NodeID(i)
            return copy
        }
        return ArgumentGraph(nodes: nodes, relations: [], sections: sheet.sections, metadata: sheet.metadata, mode: sheet.mode)
    }
}
