import ArgumentAnalysis
import ArgumentFormats
import ArgumentModel
import Foundation

/// `argmap check` on one input file: read it (a Markdown file's fenced `argdown` blocks each on their own),
/// run `MapCheck` (reader diagnostics, lint, quote verification) and collect what it found, in source order, or
/// why the file could not be read.
public struct FileCheck: Sendable {
    /// The path as given.
    public var path: String
    /// The file as read (its text gives diagnostics their excerpts); nil when it could not be read.
    public var input: LoadedInput?
    /// What the check found, in source order; a Markdown block's problems located in the Markdown file.
    public var diagnostics: [Diagnostic]
    /// Where each verified quote stands in the source text.
    public var quotes: [CheckReport.Quote]
    /// Why the file could not be read.
    public var failure: String?

    /// Checks `path` with the lint rules `disabled` turned off and, with `source`, its quotes verified; `load`
    /// reads a map and `readData` a Markdown file's bytes (the command's `InputLoader`, or `MapLoader`).
    /// O(size of the map + lint + quote search).
    public init(
        _ path: String, disabled: Set<String>, source: MapCheck.Source?,
        load: (String) throws -> LoadedInput, readData: (String) throws -> Data
    ) {
        self.path = path
        diagnostics = []
        quotes = []
        let markdown = MarkdownMapBlocks.isMarkdown(path)
        let input: LoadedInput
        do {
            input = markdown
                ? LoadedInput(path: path, text: String(decoding: try readData(path), as: UTF8.self), result: ReadResult(graph: .empty))
                : try load(path)
        } catch let error as InputError {
            failure = error.description
            return
        } catch {
            failure = "\(path): \(error)"
            return
        }
        self.input = input
        var found: [Diagnostic] = []
        for (graph, read, block) in markdown
            ? MarkdownMapBlocks.read(input.text ?? "", file: path) : [(input.result.graph, input.result.diagnostics, nil)]
        {
            let check = MapCheck(
                graph, readerDiagnostics: read, disabled: disabled, source: source, file: path == "-" ? "<stdin>" : path)
            quotes += check.quotes.map {
                CheckReport.Quote(node: graph[$0.node].title, file: source?.path ?? "", line: $0.line, column: $0.column)
            }
            found += block.map { block in check.diagnostics.map { block.locate($0, file: path) } } ?? check.diagnostics
        }
        diagnostics = MapCheck.sortedBySource(found)
    }

    /// The file's entry in a `CheckReport`.
    public var report: CheckReport.File {
        CheckReport.File(path: path, diagnostics: diagnostics, quotes: quotes, failure: failure)
    }

    /// The text quotes are verified against, from the bytes of the file at `path` (CR LF line ends read as LF);
    /// nil when it is not valid UTF-8.
    public static func source(path: String, data: Data) -> MapCheck.Source? {
        guard let text = String(data: data, encoding: .utf8) else { return nil }
        return MapCheck.Source(path: path, text: text.replacingOccurrences(of: "\r\n", with: "\n"))
    }
}
