import ArgumentAnalysis
import ArgumentModel
import Foundation

/// `argmap render` on one map as a library call: the selection and the evaluation colouring applied to the
/// drawing options, the map drawn as one picture or (on paper) as a handout's pages, and the files to write.
public struct MapDrawing: Sendable {
    /// Why a map could not be drawn or written.
    public enum Failure: Error, Sendable, CustomStringConvertible {
        /// The selection names nothing to keep (an unknown `focus`, say).
        case selection(MapSelection.Failure)
        /// Graphviz failed; its diagnostics say why.
        case graphviz(GraphvizError)
        /// The pages cannot be written as asked (DOT or HTML pages, nothing selected, several pages to standard
        /// output, PDF pages that do not join).
        case pages(String)

        /// What went wrong.
        public var description: String {
            switch self {
            case .selection(let failure): failure.description
            case .graphviz(let error): error.description
            case .pages(let message): message
            }
        }
    }

    /// What was drawn: one picture, or the pages of a handout on its paper.
    public enum Picture: Sendable {
        /// The whole selection in one picture.
        case map(RenderedMap)
        /// A handout's pages.
        case pages([RenderedPage], PaperSize)
    }

    /// The picture.
    public var picture: Picture
    /// The format drawn.
    public var format: OutputFormat
    /// How many nodes the selection keeps.
    public var drawnNodes: Int

    /// Graphviz's warnings, of the picture or of every page.
    public var diagnostics: [Diagnostic] {
        switch picture {
        case .map(let map): map.diagnostics
        case .pages(let pages, _): pages.flatMap(\.diagnostics)
        }
    }

    /// Draws `graph` in `format` with `options`, keeping what `selection` keeps and, with `evaluate`, colouring
    /// nodes by their label under that semantics; with `paper`, as a handout (each page laid out in the first of
    /// `directions` that prints its text biggest). Costs one Graphviz layout, or one per page and direction.
    public init(
        _ graph: ArgumentGraph, options: RenderOptions, selection: MapSelection, evaluate: Semantics?, paper: PaperSize?,
        directions: [RankDirection], format: OutputFormat
    ) async throws(Failure) {
        var options = options
        if let evaluate { options.nodeStyles = EvaluationHighlights.nodeStyles(graph, semantics: evaluate) }
        do {
            options.visibleNodes = try selection.visibleNodes(in: graph)
        } catch {
            throw .selection(error)
        }
        self.format = format
        drawnNodes = options.visibleNodes?.count ?? graph.nodes.count
        guard let paper else {
            do {
                picture = .map(try await MapRenderer.render(graph, options: options, format: format))
            } catch {
                throw .graphviz(error)
            }
            return
        }
        guard let device = HandoutRenderer.pageFormat(format) else {
            throw .pages("--page prints pages: write .pdf (one file, every page), .svg or .png (a file per page)")
        }
        let pages: [RenderedPage]
        do {
            pages = try await HandoutRenderer.render(graph, options: options, paper: paper, format: device, directions: directions)
        } catch {
            throw .graphviz(error)
        }
        guard !pages.isEmpty else { throw .pages("the selection leaves nothing to draw; nothing was written") }
        picture = .pages(pages, paper)
    }

    /// The files to write for `destination` (`-`: standard output): the picture; or one PDF with every page; or
    /// one SVG / PNG file per page (`name-1.svg`, `name-2.svg`, ...; a single page keeps the name).
    public func files(to destination: String) throws(Failure) -> [(path: String, data: Data)] {
        switch picture {
        case .map(let map):
            return [(destination, map.data)]
        case .pages(let pages, let paper) where format == .pdf:
            do {
                return [(destination, try HandoutRenderer.pdf(pages, paper: paper))]
            } catch {
                throw .pages("could not assemble the PDF pages: \(error); nothing was written")
            }
        case .pages(let pages, _):
            if destination == "-", pages.count > 1 {
                throw .pages("\(pages.count) pages need a file each: name one with -o (pages go to name-1.\(format.rawValue), ...), or write one PDF")
            }
            let names = pages.count == 1 ? [destination] : (1...pages.count).map { RenderDestination.pageFile(destination, $0) }
            return Array(zip(names, pages.map(\.data)))
        }
    }

    /// What `argmap render` says on standard error after writing the files at `paths` (``files(to:)``) for a map of
    /// `total` nodes: for a handout one line per page with its text size and a warning for each page printed too
    /// small to read; then, unless the output was standard output, `wrote PATH (svg, 12 of 40 nodes)` or
    /// `wrote FIRST … LAST (pdf, 3 a4 pages)`.
    public func report(written paths: [String], of total: Int) -> [String] {
        let shown = paths.first == "-" ? [] : paths.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
        guard case .pages(let pages, let paper) = picture else {
            return shown.map { "wrote \($0) (\(format.rawValue), \(drawnNodes) of \(total) nodes)" }
        }
        var lines: [String] = []
        for (number, page) in pages.enumerated() {
            let size = String(format: "%.1f", page.textSize)
            lines.append("  page \(number + 1): \(page.page.title) — \(page.page.nodes.count) nodes, text \(size) pt")
            if page.textSize < HandoutRenderer.smallestReadableText {
                lines.append("warning: page \(number + 1) (\(page.page.title)) prints its text at \(size) pt, too small to read; try --page a3, or split it with --group")
            }
        }
        if let first = shown.first {
            let files = shown.count == 1 ? first : "\(first) … \(shown.last ?? "")"
            lines.append("wrote \(files) (\(format.rawValue), \(pages.count) \(paper) page\(pages.count == 1 ? "" : "s"))")
        }
        return lines
    }
}
