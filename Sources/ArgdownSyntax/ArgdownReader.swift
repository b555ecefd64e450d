import ArgumentModel

/// Reads Argdown text (the dialect in docs) into an ``ArgumentGraph``.
public enum ArgdownReader {
    /// Parses `text`; `file` is the path used in diagnostics' locations (nil for in-memory text).
    /// Never throws: problems are diagnostics. Complexity: O(length of text) plus YAML parsing of data blocks.
    public static func read(_ text: String, file: String? = nil) -> ReadResult {
        // Placeholder until the parser lands: an empty graph.
        ReadResult(graph: .empty, diagnostics: [])
    }
}
