import ArgumentModel
import Foundation

/// A rendered map: the document's bytes and what Graphviz warned about.
public struct RenderedMap: Sendable {
    /// The document: SVG / DOT text as UTF-8, or PNG / PDF bytes.
    public var data: Data
    /// Graphviz's warnings (empty for DOT output).
    public var diagnostics: [Diagnostic]
}

/// Draws argument maps: DOT from ``DOTWriter``, laid out and rendered in memory by the shared ``Graphviz`` owner.
public enum MapRenderer {
    /// The DOT text of `graph` (deterministic).
    public static func dot(_ graph: ArgumentGraph, options: RenderOptions = RenderOptions()) -> String {
        DOTWriter(options: options).write(graph)
    }

    /// Renders `graph` to `format`. DOT output involves no Graphviz call.
    public static func render(
        _ graph: ArgumentGraph, options: RenderOptions = RenderOptions(), format: OutputFormat
    ) async throws(GraphvizError) -> RenderedMap {
        let device: GraphvizFormat
        switch format {
        case .dot: return RenderedMap(data: Data(dot(graph, options: options).utf8), diagnostics: [])
        case .svg: device = .svg
        case .png: device = .png
        case .pdf: device = .pdf
        case .html:
            let svg = try await render(graph, options: options, format: .svg)
            let title = options.caption ?? graph.metadata["title"]?.stringValue ?? "Argument map"
            let page = HTMLViewer.page(graph: graph, svg: String(decoding: svg.data, as: UTF8.self), title: title)
            return RenderedMap(data: Data(page.utf8), diagnostics: svg.diagnostics)
        }
        let output = try await draw(graph, options: options, as: device)
        return RenderedMap(data: output.data, diagnostics: output.diagnostics)
    }

    /// Lays out `graph`'s DOT text (made with `options`) and renders it on a Graphviz `device`.
    static func draw(
        _ graph: ArgumentGraph, options: RenderOptions, as device: GraphvizFormat
    ) async throws(GraphvizError) -> GraphvizOutput {
        try await Graphviz.shared.render(dot: dot(graph, options: options), format: device, engine: options.layout)
    }

    /// The SVG document of `graph`, as text.
    public static func svg(_ graph: ArgumentGraph, options: RenderOptions = RenderOptions()) async throws(GraphvizError) -> String {
        let rendered = try await render(graph, options: options, format: .svg)
        return String(decoding: rendered.data, as: UTF8.self)
    }
}
