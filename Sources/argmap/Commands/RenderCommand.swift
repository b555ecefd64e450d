import ArgmapServices
import ArgumentAnalysis
import ArgumentFormats
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

    @Option(
        name: .long, help: "\(Choice.values(OutputFormat.self)). Default: from the output's extension, else svg.",
        transform: Choice.parse { "unknown format '\($0)'; use svg, png, pdf, dot or html" })
    var format: OutputFormat?

    @Option(name: .long, help: "The look: \(Choice.values(Theme.self)) (default textbook).", transform: Choice.parse(wrong: Self.unknownTheme))
    var theme: Theme = .textbook

    @Flag(name: .long, help: "Draw a legend of shapes, relation styles and tag colours.")
    var legend = false

    @Option(
        name: .long, help: "Layout engine: \(Choice.values(LayoutEngine.self)) (dot: layered, conclusions on top).",
        transform: Choice.parse { "unknown layout '\($0)'; use one of: \(Choice.values(LayoutEngine.self))" })
    var layout: LayoutEngine = .dot

    @Option(
        name: .long, help: "Direction of the layered layout: BT (reasons below their claims, default), TB, LR or RL.",
        transform: Choice.parse { "unknown rank direction '\($0)'; use BT, TB, LR or RL" })
    var rankdir: RankDirection?

    @Option(
        name: .long, help: "Print as a handout on this paper: a4, a3, letter or legal (landscape; add -portrait for upright).",
        transform: Choice.parse { "unknown paper '\($0)'; use a4, a3, letter or legal, with -portrait for upright pages (a4-portrait)" })
    var page: PaperSize?

    @Flag(name: .long, help: "Drop the layout bounds: a tighter picture, but big maps can take hours.")
    var noLimits = false

    @Flag(name: .long, help: "Leave out implicit supports (an argument to its own conclusion).")
    var hideImplicit = false

    @Option(
        name: .long,
        help: "How premises of reconstructed arguments are drawn: edges (a thin line to their argument, default), inside (co-premises drawn inside the argument's box) or hidden (left out unless they have relations of their own).",
        transform: Choice.parse { "unknown --premises '\($0)'; use edges, inside or hidden" })
    var premises: PremiseDrawing = .edges

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

    /// What a wrong `--theme` is told (render and serve).
    @Sendable static func unknownTheme(_ text: String) -> String {
        "unknown theme '\(text)'; use one of: \(Choice.values(Theme.self))"
    }

    func validate() throws {
        if depth < 0 { throw ValidationError("--depth must be 0 or more, e.g. --depth 2") }
        if focus == nil, depth != 2 { throw ValidationError("--depth needs --focus TITLE") }
        if focus == nil, titles.fuzzy { throw ValidationError("--fuzzy matches the title given to --focus; give --focus TITLE") }
        if watch, file == "-" || output == "-" { throw ValidationError("--watch needs a map file and an output file, not '-'") }
    }

    func run() async throws {
        let input = file ?? Self.defaultInput
        if file == nil, !FileManager.default.fileExists(atPath: input) {
            throw CommandError("\(input) not found: run `argmap render` in the argmap folder, or name a map: argmap render map.argdown")
        }
        if MarkdownMapBlocks.isMarkdown(input) { return try await renderMarkdown(input) }
        let (destination, outputFormat): (String, OutputFormat)
        do {
            (destination, outputFormat) = try RenderDestination.resolve(
                input: input, output: output, format: format)
        } catch {
            throw CommandError(error.description)
        }

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
        let graph = try InputLoader.loadChecked(input, failure: "\(input) has errors; nothing was written").result.graph
        let selection = MapSelection(
            tags: tag, groups: group, focus: focus, titles: titles.matching, depth: depth, excludeDisconnected: excludeDisconnected,
            includeDerived: !hideImplicit)
        let drawing: MapDrawing
        let files: [(path: String, data: Data)]
        do {
            drawing = try await MapDrawing(
                graph, options: baseOptions(), selection: selection, evaluate: evaluate, paper: page,
                directions: rankdir.map { [$0] } ?? [.BT, .RL], format: outputFormat)
            for diagnostic in drawing.diagnostics { StandardError.print(diagnostic.headline) }
            files = try drawing.files(to: destination)
        } catch {
            switch error {
            case .selection(.focus(let failure)):
                StandardError.print(DiagnosticFormatter(source: "").format(failure.diagnostic()))  // like every title
                throw ExitCode.failure
            case .graphviz(let error):
                for diagnostic in error.diagnostics { StandardError.print(diagnostic.headline) }
                throw CommandError("Graphviz could not draw \(input); nothing was written")
            default: throw CommandError(error.description)
            }
        }
        for file in files { try OutputWriter.write(file.data, to: file.path) }
        for line in drawing.report(written: files.map(\.path), of: graph.nodes.count) { StandardError.print(line) }
    }
}
