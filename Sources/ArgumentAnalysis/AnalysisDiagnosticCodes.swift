import ArgumentModel

/// The code of ``QuoteVerifier``'s diagnostic, documented in docs/lint.md beside the lint's ``LintCode``s.
public enum QuoteDiagnosticCode: DiagnosticCode {
    /// Error: a node's `quote` does not occur word for word in the source text; the closest passage is named.
    case quoteNotInSource
}

/// The codes of a query or a typed title that could not be used (`argmap query`, the query commands' titles,
/// `render --focus`, `solve -a`), listed in docs/diagnostics.md ("Queries and typed titles").
public enum QueryDiagnosticCode: DiagnosticCode {
    /// Error: the query text does not follow the query language (docs/queries.md).
    case querySyntax
    /// Error: no title matches the typed one; the closest titles are suggested.
    case unknownTitle
    /// Error: several titles match the typed one equally well; they are listed.
    case ambiguousTitle
    /// Error: nothing (or only blanks) was typed where a title belongs.
    case blankTitle
}
