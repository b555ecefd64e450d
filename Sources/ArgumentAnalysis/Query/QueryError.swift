import ArgumentModel

/// Why a query could not be run: a syntax error, or a node title that names no node (or several).
/// Carries the 1-based column in the query text, so it can be shown with a caret.
public struct QueryError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What went wrong, as a sentence.
    public var message: String
    /// 1-based column (in characters) of the offending token.
    public var column: Int
    /// For title errors: the candidate titles (ambiguous) or suggestions (unknown).
    public var candidates: [String]
    /// What went wrong, as a diagnostic code: a syntax error, or an unknown, ambiguous or blank title.
    public var code: QueryDiagnosticCode

    /// Creates an error.
    public init(_ message: String, column: Int, candidates: [String] = [], code: QueryDiagnosticCode = .querySyntax) {
        self.message = message
        self.column = column
        self.candidates = candidates
        self.code = code
    }

    /// Errors are equal when they say the same at the same place (the code follows from the message).
    public static func == (lhs: QueryError, rhs: QueryError) -> Bool {
        lhs.message == rhs.message && lhs.column == rhs.column && lhs.candidates == rhs.candidates
    }

    /// Hashes what `==` compares.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(message)
        hasher.combine(column)
        hasher.combine(candidates)
    }

    /// `column N: message`.
    public var description: String { "column \(column): \(message)" }

    /// The error as a diagnostic pointing into `query`, a text named `file`: the column (counted in characters of
    /// the whole query) becomes the line and column of that character. An unknown title's closest match is the
    /// diagnostic's `Diagnostic/suggestion`.
    public func diagnostic(in query: String, file: String = "query") -> Diagnostic {
        let index = query.index(query.startIndex, offsetBy: max(0, column - 1), limitedBy: query.endIndex) ?? query.endIndex
        let bytes = Array(query.utf8)
        let position = LineStarts(bytes).position(ofOffset: query.utf8.distance(from: query.startIndex, to: index), in: bytes)
        return Diagnostic(
            .error, code: code, message, at: SourceRange(file: file, at: position),
            suggestion: code == .unknownTitle ? candidates.first : nil)
    }

    /// The diagnostic of ``diagnostic(in:file:)`` drawn by `DiagnosticFormatter`: the headline, the query's line
    /// and a caret under the column:
    /// ```
    /// query:1:14: error: expected a node, a variable or a tag after the path [query-syntax]
    /// 1 | ?x supports+
    ///   |             ^
    /// ```
    public func rendered(query: String, name: String = "query") -> String {
        DiagnosticFormatter(source: query).format(diagnostic(in: query, file: name))
    }
}
