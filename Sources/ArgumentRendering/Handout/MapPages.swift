import ArgumentModel
import Foundation

/// A map's handout pages on the paper they were fitted to: the paper asked for, or it turned when that prints the
/// text bigger.
public struct MapPages: Sendable {
    /// The paper: the one asked for, or it turned.
    public var paper: PaperSize
    /// The pages.
    public var pages: [RenderedPage]

    /// The PDF pages joined, each fitted (and enlarged as planned) onto ``paper``.
    public func pdf() throws(PDFMergeError) -> Data {
        try PDFPageMerger.merge(pages.map(\.data), pageSize: paper.size, enlargements: pages.map(\.enlargement))
    }

    /// The handout pages of `graph` on `paper` and on it turned (``PaperSize/turned``), keeping the orientation whose
    /// smallest page text is bigger (`paper` on a tie). Twice
    /// ``HandoutRenderer/render(_:options:paper:format:directions:)``'s cost.
    public static func render(
        _ graph: ArgumentGraph, options: RenderOptions, paper: PaperSize, format: GraphvizFormat, directions: [RankDirection]
    ) async throws(GraphvizError) -> MapPages {
        let asked = try await HandoutRenderer.render(graph, options: options, paper: paper, format: format, directions: directions)
        let turned = try await HandoutRenderer.render(
            graph, options: options, paper: paper.turned, format: format, directions: directions)
        let smallest = { (pages: [RenderedPage]) in pages.map(\.textSize).min() ?? 0 }
        return smallest(turned) > smallest(asked) + 0.05
            ? MapPages(paper: paper.turned, pages: turned) : MapPages(paper: paper, pages: asked)
    }
}
