import ArgumentModel
import ArgumentRendering
import Foundation

/// A Markdown file's maps ready to write into a folder (`argmap render NOTES.md -o OUT/`): one SVG per
/// fenced `argdown` block and `NOTES.md` with the blocks turned into pictures, or (`html`) one page
/// `NOTES.html` with the maps inline.
public struct MarkdownMapFiles: Sendable {
    /// The files by name, in the order to write them: the pictures, then the page; nil when a block has errors.
    public var files: [(name: String, data: Data)]?
    /// How many maps the page has.
    public var maps: Int
    /// Problems in the blocks, located in the Markdown file (only warnings when there are files).
    public var diagnostics: [Diagnostic]

    /// The files for the Markdown `text` read from `file` (whose name without extension names the page), drawn
    /// with `options` (see ``MarkdownMapRenderer/render(_:file:options:)``). O(text + one layout per block).
    public init(_ text: String, file: String, html: Bool, options: RenderOptions) async {
        let stem = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
        switch await MarkdownMapRenderer.render(text, file: file, options: options) {
        case .failed(let diagnostics):
            self.init(files: nil, maps: 0, diagnostics: diagnostics)
        case .rendered(let maps, let warnings):
            let page = html
                ? [(stem + ".html", Data(MarkdownMapRenderer.html(text, maps: maps, title: stem).utf8))]
                : maps.map { ($0.fileName, Data($0.svg.utf8)) } + [(stem + ".md", Data(MarkdownMapRenderer.markdown(text, maps: maps).utf8))]
            self.init(files: page, maps: maps.count, diagnostics: warnings)
        }
    }

    private init(files: [(name: String, data: Data)]?, maps: Int, diagnostics: [Diagnostic]) {
        self.files = files
        self.maps = maps
        self.diagnostics = diagnostics
    }
}
