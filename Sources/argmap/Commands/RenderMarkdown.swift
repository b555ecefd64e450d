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
        let text = String(decoding: try InputLoader.readData(input), as: UTF8.self)
        let made = await MarkdownMapFiles(text, file: input, html: html, options: baseOptions())
        DiagnosticReporter.report(made.diagnostics, for: LoadedInput(path: input, text: text, result: ReadResult(graph: .empty)))
        guard let files = made.files else { throw CommandError("\(input) has errors in its Argdown blocks; nothing was written") }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let paths = files.map { (folder as NSString).appendingPathComponent($0.name) }
        for (path, file) in zip(paths, files) { try OutputWriter.write(file.data, to: path) }
        let shown = URL(fileURLWithPath: paths.last ?? folder).standardizedFileURL.path
        StandardError.print("wrote \(shown) (\(made.maps) \(made.maps == 1 ? "map" : "maps")\(html ? ", inline" : ", SVG files beside it"))")
    }
}
