import ArgumentModel

/// The check pipeline every front end runs on a map it has read (`argmap check`, the MCP `check` tool, the
/// language server): the reader's diagnostics, then the reasoning lint, then — given a source text — the quote
/// verification, together in source order.
///
/// ```swift
/// let read = ArgdownReader.read(text, file: "map.argdown")
/// let check = MapCheck(read.graph, readerDiagnostics: read.diagnostics, file: "map.argdown")
/// check.diagnostics  // reader + lint, sorted by position
/// ```
public struct MapCheck: Sendable {
    /// A text the map quotes, and the name its quotes are reported under.
    public struct Source: Sendable {
        /// The name shown in diagnostics and quote places (a path).
        public var path: String
        /// The text.
        public var text: String

        /// A source named `path` with `text`.
        public init(path: String, text: String) {
            self.path = path
            self.text = text
        }
    }

    /// Every problem found, sorted by ``sortedBySource(_:)``.
    public let diagnostics: [Diagnostic]
    /// Where each verified quote stands in the source (empty without a source).
    public let quotes: [QuoteVerifier.Match]

    /// Checks `graph`, read with `readerDiagnostics`: lint (minus the `disabled` rule codes and those the map's
    /// front matter turns off; `all` turns every rule off) and, with `source`, quote verification. Lint and quote
    /// diagnostics that have a position but no file are given `file` (nil leaves them as they are).
    /// Complexity: the lint's + the quote verifier's + O(d log d) for d diagnostics.
    public init(
        _ graph: ArgumentGraph, readerDiagnostics: [Diagnostic], disabled: Set<String> = [], source: Source? = nil,
        file: String? = nil
    ) {
        var found = Linter.lint(graph, disabled: disabled)
        var quotes: [QuoteVerifier.Match] = []
        if let source {
            let verified = QuoteVerifier.verify(graph, source: source.text, sourcePath: source.path)
            found += verified.diagnostics
            quotes = verified.matches
        }
        if let file { found = found.map { Self.located($0, in: file) } }
        diagnostics = Self.sortedBySource(readerDiagnostics + found)
        self.quotes = quotes
    }

    /// `diagnostics` in source order: by start offset (those without a place first), then by severity, keeping
    /// the given order among equals.
    public static func sortedBySource(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.sorted { ($0.range?.start.offset ?? -1, $0.severity) < ($1.range?.start.offset ?? -1, $1.severity) }
    }

    /// `diagnostic` named after `file` when it has a position but no file.
    public static func located(_ diagnostic: Diagnostic, in file: String) -> Diagnostic {
        var located = diagnostic
        if var range = located.range, range.file == nil {
            range.file = file
            located.range = range
        }
        return located
    }
}
