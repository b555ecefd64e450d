import ArgmapServices
import ArgumentFormats
import ArgumentModel
import ArgumentRendering
import Foundation

/// `argmap render NOTES.md -o OUT/`: the maps of a Markdown file's ```` ```argdown ```` blocks, put back as
/// pictures (OUT/NOTES.md and one SVG per block) or inline in one page (`--format html`: OUT/NOTES.html).
extension RenderCommand {
    /// The drawing options every output shares: theme, legend, layout, direction, bounds, implicit supports,
    /// premises.
    func baseOptions() -> RenderOptions {
        var options = RenderOptions(theme: theme)
        options.legend = legend
        options.layout = layout
        options.rankDirection = rankdir ?? .BT
        options.boundedLayout = !noLimits
        options.showDerivedRelations = !hideImplicit
        options.premises = premises
        return options
    }

    /// Renders the Markdown file `input` into the folder given with `-o`.
    func renderMarkdown(_ input: String) async throws {
        let html: Bool
        switch format {
        case nil: html = false
        case .html?: html = true
        default: throw CommandError("a Markdown file renders to Markdown (the default) or --format html")
        }
        guard let folder = output, folder != "-" else {
            throw CommandError("name the folder to write into: argmap render \(input) -o OUT/")
        }
        if watch || page != nil || evaluate != nil || focus != nil || !tag.isEmpty || !group.isEmpty {
            throw CommandError("a Markdown file takes the drawing options (--theme, --layout, --rankdir, --legend); --watch, --page, --evaluate and the selections work on one map")
        }
        let data = try InputLoader.readData(input)
        let text = String(decoding: data, as: UTF8.self)
        let loaded = LoadedInput(path: input, text: text, result: ReadResult(graph: .empty))
        let maps: [MarkdownMap]
        switch await MarkdownMapRenderer.render(text, file: input, options: baseOptions()) {
        case .failed(let diagnostics):
            DiagnosticReporter.report(diagnostics, for: loaded)
            throw CommandError("\(input) has errors in its Argdown blocks; nothing was written")
        case .rendered(let rendered, let warnings):
            DiagnosticReporter.report(warnings, for: loaded)
            maps = rendered
        }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let stem = URL(fileURLWithPath: input).deletingPathExtension().lastPathComponent
        let page = (folder as NSString).appendingPathComponent(stem + (html ? ".html" : ".md"))
        if html {
            try OutputWriter.write(MarkdownMapRenderer.html(text, maps: maps, title: stem), to: page)
        } else {
            for map in maps {
                try OutputWriter.write(map.svg, to: (folder as NSString).appendingPathComponent(map.fileName))
            }
            try OutputWriter.write(MarkdownMapRenderer.markdown(text, maps: maps), to: page)
        }
        let shown = URL(fileURLWithPath: page).standardizedFileURL.path
        StandardError.print("wrote \(shown) (\(maps.count) \(maps.count == 1 ? "map" : "maps")\(html ? ", inline" : ", SVG files beside it"))")
    }
}
