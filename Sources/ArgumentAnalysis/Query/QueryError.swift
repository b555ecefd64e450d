/// Why a query could not be run: a syntax error, or a node title that names no node (or several).
/// Carries the 1-based column in the query text, so it can be shown with a caret.
public struct QueryError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What went wrong, as a sentence.
    public var message: String
    /// 1-based column (in characters) of the offending token.
    public var column: Int
    /// For title errors: the candidate titles (ambiguous) or suggestions (unknown).
    public var candidates: [String]

    /// Creates an error.
    public init(_ message: String, column: Int, candidates: [String] = []) {
        self.message = message
        self.column = column
        self.candidates = candidates
    }

    /// `column N: message`.
    public var description: String { "column \(column): \(message)" }

    /// The message, the query and a caret under the column:
    /// ```
    /// query:1:14: error: expected a node, a variable or a tag after the path
    ///   ?x supports+
    ///               ^
    /// ```
    public func rendered(query: String, name: String = "query") -> String {
        // The column counts characters of the whole text; a query written over several lines gets the line of
        // the offending character and the column within it.
        var line = 1, offset = column - 1
        var lines = query.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.isEmpty { lines = [""] }
        while line < lines.count, offset > lines[line - 1].count {
            offset -= lines[line - 1].count + 1
            line += 1
        }
        let pad = String(repeating: " ", count: max(0, offset))
        return "\(name):\(line):\(offset + 1): error: \(message)\n  \(lines[line - 1])\n  \(pad)^"
    }
}
