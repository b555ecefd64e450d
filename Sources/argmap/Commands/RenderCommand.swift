import ArgmapServices
import ArgumentAnalysis
import ArgumentModel
import ArgumentParser
import ArgumentRendering
import Foundation

/// `argmap render`: draws a map to SVG, PNG, PDF or DOT through the Graphviz library, in-process.
struct RenderCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Draw an argument map as SVG, PNG, PDF, Graphviz DOT or an interactive HTML page.",
        discussion: """
            Claims are drawn as boxes and arguments as rounded boxes, each with its title in bold over its text; \
            supports are green, attacks red, undercuts dashed with a bar, contradictions double-headed; the main \
            conclusion sits on top. Headings become groups, tags colour their nodes. Layout and rendering run \
            in-process through the Graphviz library (no `dot` program needed).

              argmap render                        # the essay map → ./october-1917.svg
              argmap render map.argdown            # → ./map.svg
              argmap render map.argdown -o map.pdf
              argmap render map.argdown --format png -o - > map.png
              argmap render map.argdown --theme print --legend -o handout.pdf
              argmap render map.argdown --focus "Soviet power" --depth 2
              argmap render map.argdown --tag bolshevik --group "The soviets"
              argmap render map.argdown --page a4 -o handout.pdf   # readable pages
              argmap render map.argdown -o map.html            # the interactive page
              argmap render map.argdown -o map.svg --watch     # redraw on every save
              argmap render notes.md -o out/                   # out/notes.md, a picture per ```argdown block
              argmap render notes.md -o out/ --format html     # out/notes.html, the maps inline

            The format comes from the output's extension (.svg, .png, .pdf, .dot, .gv or .html) unless --format \
            says. The HTML page is one self-contained file (no network access needed): click a claim to see what \
            supports it (green) and what contradicts it (red), search by words, zoom and pan; Tab, Enter and Esc \
            work too. To preview a map in a browser while you edit it, use `argmap serve map.argdown`.

            Themes: textbook (default), argdown (Argdown's own look), colorblind (Okabe-Ito palette, relations \
            also differ by line style), print (black and white; relations told apart by line style and \
            arrowhead alone).

            Paper: a big map is a poster. --page a4 (a3, letter, legal; a4-portrait for upright) prints it as a \
            handout instead: an overview page of titles, each marked with the page that has it in full, then \
            one page per top-level heading, each laid out in the direction that keeps its text biggest and \
            fitted to the paper. PDF gives one file; SVG and PNG a file per page (name-1.svg, ...). The text \
            size of every page is reported, with a warning below 6 pt.

            Selection: --tag and --group keep nodes with one of the tags / inside one of the headings; --focus \
            keeps the claims and arguments within --depth relations of one node (its exact title, bracketed or \
            not: "Soviet power", "[Soviet power]", "<Coup>"; --fuzzy also takes a part such as "soviet"). \
            Filters combine. No node is dropped for having no relations \
            unless you ask with --exclude-disconnected.

            Premises: each premise of a reconstructed argument is joined to its argument by a thin, light \
            line with an open arrowhead (premise → argument: the premise supports its argument); --premises \
            inside draws co-premises as boxes inside their argument's box (those with relations of their own \
            stay outside, joined by the line); --premises hidden leaves premises out unless they have \
            relations of their own.

            Big maps: by default the layout is bounded so that a 2,000-node map with long cross links is laid \
            out in seconds, not hours. Relations that would stretch the layered layout over many ranks are drawn \
            but do not decide the ranks (each node keeps its first relation as its place in the hierarchy), and \
            from 150 nodes on Graphviz's iteration limits are lowered (nslimit=2, nslimit1=2, mclimit=0.1, \
            searchsize=20). The price: some more edge crossings and a less compact picture. --no-limits gives \
            Graphviz's full optimisation, which can run for a very long time on big maps.
            """)

    @Argument(help: "The map (.argdown; '-' for standard input). Default: graphs/october-1917.argdown.")
    var file: String?

    @Option(name: [.customShort("o"), .long], help: "Where to write ('-' for standard output). Default: the map's name with the format's extension, in the current folder.")
    var output: String?

    @Option(name: .long, help: "svg, png, pdf, dot or html. Default: from the output's extension, else svg.")
    var format: String?

    @Option(name: .long, help: "textbook, argdown, colorblind or print.")
    var theme: String = "textbook"

    @Flag(name: .long, help: "Draw a legend of shapes, relation styles and tag colours.")
    var legend = false

    @Option(name: .long, help: "Layout engine: dot (layered, conclusions on top), neato, fdp, sfdp, circo or twopi.")
    var layout: String = "dot"

    @Option(name: .long, help: "Direction of the layered layout: BT (reasons below their claims, default), TB, LR or RL.")
    var rankdir: String?

    @Option(name: .long, help: "Print as a handout on this paper: a4, a3, letter or legal (landscape; add -portrait for upright).")
    var page: String?

    @Flag(name: .long, help: "Drop the layout bounds: a tighter picture, but big maps can take hours.")
    var noLimits = false

    @Flag(name: .long, help: "Leave out implicit supports (an argument to its own conclusion).")
    var hideImplicit = false

    @Option(name: .long, help: "How premises of reconstructed arguments are drawn: edges (a thin line to their argument, default), inside (co-premises drawn inside the argument's box) or hidden (left out unless they have relations of their own).")
    var premises: String = "edges"

    @Option(name: .long, help: "Keep only nodes with this tag (repeatable; any of them).")
    var tag: [String] = []

    @Option(name: .long, help: "Keep only nodes under this heading (repeatable; any of them).")
    var group: [String] = []

    @Flag(name: .long, help: "Leave out nodes with no relation to another drawn node.")
    var excludeDisconnected = false

    @Option(name: .long, help: "Keep only the neighbourhood of this claim or argument.")
    var focus: String?

    @OptionGroup var titles: TitleOptions

    @Option(name: .long, help: "With --focus: how many relations away to go.")
    var depth: Int = 2

    @Flag(name: .long, help: "Keep running and redraw whenever the map file changes (Ctrl-C stops).")
    var watch = false

    @Option(name: .long, help: "Colour nodes by their label under this semantics (grounded, preferred, ...; see argmap evaluate).")
    var evaluate: Semantics?

    static let defaultInput = "graphs/october-1917.argdown"

    func validate() throws {
        if Theme(rawValue: theme) == nil {
            throw ValidationError("unknown theme '\(theme)'; use one of: \(Theme.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        if LayoutEngine(rawValue: layout) == nil {
            throw ValidationError("unknown layout '\(layout)'; use one of: \(LayoutEngine.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        if let rankdir, RankDirection(rawValue: rankdir.uppercased()) == nil {
            throw ValidationError("unknown rank direction '\(rankdir)'; use BT, TB, LR or RL")
        }
        if PremiseDrawing(rawValue: premises) == nil {
            throw ValidationError("unknown --premises '\(premises)'; use edges, inside or hidden")
        }
        if let page, PaperSize(page) == nil {
            throw ValidationError("unknown paper '\(page)'; use a4, a3, letter or legal, with -portrait for upright pages (a4-portrait)")
        }
        if let format, OutputFormat(rawValue: format.lowercased()) == nil {
            throw ValidationError("unknown format '\(format)'; use svg, png, pdf, dot or html")
        }
        if depth < 0 { throw ValidationError("--depth must be 0 or more, e.g. --depth 2") }
        if focus == nil, depth != 2 { throw ValidationError("--depth needs --focus TITLE") }
        if focus == nil, titles.fuzzy { throw ValidationError("--fuzzy matches the title given to --focus; give --focus TITLE") }
        if watch, file == "-" || output == "-" { throw ValidationError("--watch needs a map file and an output file, not '-'") }
    }

    func run() async throws {
        let input = file ?? Self.defaultInput
        if file == nil, !FileManager.default.fileExists(atPath: input) {
            throw RenderCommandError("\(input) not found: run `argmap render` in the argmap folder, or name a map: argmap render map.argdown")
        }
        if MarkdownMapBlocks.isMarkdown(input) { return try await renderMarkdown(input) }
        let (destination, outputFormat) = try Self.resolveOutput(input: input, output: output, format: format)

        guard watch else {
            try await renderOnce(input: input, destination: destination, format: outputFormat)
            return
        }
        var watcher = FileWatcher(path: input)
        StandardError.print("watching \(input); redrawing on every change (Ctrl-C stops)")
        while true {
            do {
                try await renderOnce(input: input, destination: destination, format: outputFormat)
            } catch {
                StandardError.print("error: \(error)")
            }
            while !watcher.changed() { try await Task.sleep(nanoseconds: 300_000_000) }
        }
    }

    /// Reads, selects, renders and writes once.
    private func renderOnce(input: String, destination: String, format outputFormat: OutputFormat) async throws {
        let loaded = try InputLoader.load(input)
        DiagnosticReporter.report(loaded.result.diagnostics, for: loaded)
        if loaded.result.diagnostics.containsErrors {
            throw RenderCommandError("\(input) has errors; nothing was written")
        }
        let graph = loaded.result.graph

        var options = baseOptions()
        if let evaluate { options.nodeStyles = EvaluationHighlights.nodeStyles(graph, semantics: evaluate) }
        let selection = MapSelection(
            tags: tag, groups: group, focus: focus, titles: titles.matching, depth: depth, excludeDisconnected: excludeDisconnected,
            includeDerived: !hideImplicit)
        do {
            options.visibleNodes = try selection.visibleNodes(in: graph)
        } catch {
            throw RenderCommandError(error.description)
        }

        if let page, let paper = PaperSize(page) {
            try await renderHandout(graph, options: options, paper: paper, input: input, destination: destination, format: outputFormat)
            return
        }
        let rendered: RenderedMap
        do {
            rendered = try await MapRenderer.render(graph, options: options, format: outputFormat)
        } catch {
            for diagnostic in error.diagnostics { StandardError.print(diagnostic.headline) }
            throw RenderCommandError("Graphviz could not draw \(input); nothing was written")
        }
        for diagnostic in rendered.diagnostics { StandardError.print(diagnostic.headline) }
        try OutputWriter.write(rendered.data, to: destination)
        if destination != "-" {
            let drawn = options.visibleNodes?.count ?? graph.nodes.count
            let path = URL(fileURLWithPath: destination).standardizedFileURL.path
            StandardError.print("wrote \(path) (\(outputFormat.rawValue), \(drawn) of \(graph.nodes.count) nodes)")
        }
    }

    /// Renders the handout pages and writes them: one PDF with every page, or one SVG / PNG file per page
    /// (`name-1.svg`, `name-2.svg`, ...). Reports each page's text size on standard error and warns when a page
    /// prints too small to read.
    private func renderHandout(
        _ graph: ArgumentGraph, options: RenderOptions, paper: PaperSize, input: String, destination: String,
        format outputFormat: OutputFormat
    ) async throws {
        let device: GraphvizFormat
        switch outputFormat {
        case .pdf: device = .pdf
        case .svg: device = .svg
        case .png: device = .png
        case .dot, .html: throw RenderCommandError("--page prints pages: write .pdf (one file, every page), .svg or .png (a file per page)")
        }
        let directions: [RankDirection] = rankdir.flatMap { RankDirection(rawValue: $0.uppercased()) }.map { [$0] } ?? [.BT, .RL]
        let pages: [RenderedPage]
        do {
            pages = try await HandoutRenderer.render(graph, options: options, paper: paper, format: device, directions: directions)
        } catch {
            for diagnostic in error.diagnostics { StandardError.print(diagnostic.headline) }
            throw RenderCommandError("Graphviz could not draw \(input); nothing was written")
        }
        guard !pages.isEmpty else { throw RenderCommandError("the selection leaves nothing to draw; nothing was written") }
        for page in pages { for diagnostic in page.diagnostics { StandardError.print(diagnostic.headline) } }
        var written: [String] = []
        if outputFormat == .pdf {
            let merged: Data
            do {
                merged = try PDFPageMerger.merge(pages.map(\.data), pageSize: paper.size, enlargements: pages.map(\.enlargement))
            } catch {
                throw RenderCommandError("could not assemble the PDF pages: \(error); nothing was written")
            }
            try OutputWriter.write(merged, to: destination)
            written = [destination]
        } else {
            if destination == "-", pages.count > 1 {
                throw RenderCommandError("\(pages.count) pages need a file each: name one with -o (pages go to name-1.\(outputFormat.rawValue), ...), or write one PDF")
            }
            let files = pages.count == 1 ? [destination] : (1...pages.count).map { Self.pageFile(destination, $0) }
            for (file, page) in zip(files, pages) { try OutputWriter.write(page.data, to: file) }
            written = files
        }
        for (number, page) in pages.enumerated() {
            let size = String(format: "%.1f", page.textSize)
            StandardError.print("  page \(number + 1): \(page.page.title) — \(page.page.nodes.count) nodes, text \(size) pt")
            if page.textSize < HandoutRenderer.smallestReadableText {
                StandardError.print("warning: page \(number + 1) (\(page.page.title)) prints its text at \(size) pt, too small to read; try --page a3, or split it with --group")
            }
        }
        if destination != "-" {
            let paths = written.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
            let shown = paths.count == 1 ? paths[0] : "\(paths.first ?? "") … \(paths.last ?? "")"
            StandardError.print("wrote \(shown) (\(outputFormat.rawValue), \(pages.count) \(paper) page\(pages.count == 1 ? "" : "s"))")
        }
    }

    /// `map.svg` → `map-2.svg`.
    static func pageFile(_ path: String, _ number: Int) -> String {
        let url = URL(fileURLWithPath: path)
        let ext = url.pathExtension
        let base = ext.isEmpty ? path : String(path.dropLast(ext.count + 1))
        return ext.isEmpty ? "\(base)-\(number)" : "\(base)-\(number).\(ext)"
    }

    /// Where to write and in which format: `--format` wins, else the output's extension, else svg; with no
    /// output, the input's base name with the format's extension in the current folder (standard output for
    /// standard input).
    static func resolveOutput(input: String, output: String?, format: String?) throws -> (String, OutputFormat) {
        var chosen = format.flatMap { OutputFormat(rawValue: $0.lowercased()) }
        if chosen == nil, let output, output != "-" {
            let ext = URL(fileURLWithPath: output).pathExtension
            if !ext.isEmpty {
                guard let byExtension = OutputFormat(fileExtension: ext) else {
                    throw RenderCommandError("cannot tell the format from '.\(ext)' in \(output); name it .svg, .png, .pdf, .dot or .html, or add --format")
                }
                chosen = byExtension
            }
        }
        let resolved = chosen ?? .svg
        if let output { return (output, resolved) }
        if input == "-" { return ("-", resolved) }
        let base = URL(fileURLWithPath: input).deletingPathExtension().lastPathComponent
        return ("\(base).\(resolved.rawValue)", resolved)
    }
}

/// A failure of `argmap render` with a message for the user (exit status 1).
struct RenderCommandError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
