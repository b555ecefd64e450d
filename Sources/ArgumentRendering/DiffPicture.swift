import ArgumentAnalysis
import ArgumentModel
import Foundation

/// The picture of `argmap diff`: the union of both versions (`DiffUnion`) with every change marked on a second
/// channel, so an edge's colour and head keep saying support or attack (the theme's) while its width and dashes
/// say what happened: thick and labelled = added or changed (the label names the old type or direction), thin,
/// dashed and faded = removed, normal = unchanged. Nodes: thick border and `(added)`, dashed faded border and
/// `(removed)`, `(reworded)` with the old wording in the tooltip. A caption is the legend for the second channel;
/// the theme's legend explains shapes and relation colours. Dashes are an SVG style rule on the `diff-removed`
/// class (so SVG and HTML show them; other formats show the label and faded colour).
public enum DiffPicture {
    /// The caption: the legend of the change channel.
    public static let caption = "Changes from the old version: thick = added or changed · dashed = removed"

    /// Style rules for SVG: removed elements dashed and faded.
    public static let css = ".diff-removed path, .diff-removed polygon { stroke-dasharray: 3,4; opacity: 0.55; } "
        + ".diff-removed text { opacity: 0.7; }"

    /// Render options marking `union`'s changes (see the type's discussion).
    public static func options(_ union: DiffUnion) -> RenderOptions {
        var options = RenderOptions()
        options.caption = caption
        options.legend = true
        for node in union.graph.nodes {
            let verdict = union.nodeVerdicts[node.id.index]
            guard verdict != .same else { continue }
            options.nodeStyles[node.id] = NodeHighlight(
                classes: ["diff-\(verdict.rawValue)"], penWidth: verdict == .removed ? 1 : 3.5,
                badge: "(\(verdict.rawValue))", note: union.notes[node.id.index])
        }
        for relation in union.graph.relations {
            let verdict = union.relationVerdicts[relation.id.index]
            guard verdict != .same else { continue }
            var label = verdict.rawValue
            if let change = union.changes[relation.id.index] {
                var was: [String] = []
                if change.typeChanged { was.append("was \(change.old.type.rawValue)") }
                if change.directionChanged { was.append("was the other way round") }
                label = "changed: " + was.joined(separator: ", ")
            }
            options.relationStyles[relation.id] = RelationHighlight(
                classes: ["diff-\(verdict.rawValue)"], penWidth: verdict == .removed ? 1 : 4, label: label)
        }
        return options
    }

    /// The diff picture of `diff` as SVG (with the dash rules) or an HTML page around it.
    /// - Parameters:
    ///   - diff: The comparison of two versions of a map.
    ///   - format: `.svg` or `.html`; other formats are rendered without the dash rules.
    public static func render(_ diff: MapDiff, format: OutputFormat) async throws(GraphvizError) -> Data {
        let union = DiffUnion(diff)
        let options = options(union)
        switch format {
        case .svg, .html:
            let svg = styled(try await MapRenderer.svg(union.graph, options: options))
            guard format == .html else { return Data(svg.utf8) }
            return Data(HTMLViewer.page(graph: union.graph, svg: svg, title: "Changes between two versions of a map").utf8)
        case .png, .pdf, .dot:
            return try await MapRenderer.render(union.graph, options: options, format: format).data
        }
    }

    /// `svg` with ``css`` in a `<style>` element right after the opening `<svg ...>` tag.
    static func styled(_ svg: String) -> String {
        guard let open = svg.range(of: "<svg"), let end = svg[open.upperBound...].firstIndex(of: ">") else { return svg }
        let at = svg.index(after: end)
        return String(svg[..<at]) + "\n<style>\(css)</style>" + String(svg[at...])
    }
}
