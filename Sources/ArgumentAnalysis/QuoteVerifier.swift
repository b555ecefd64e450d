import ArgumentModel

/// Checks argmap's `quote` data against the source text they claim to quote (argdown.md §7).
public enum QuoteVerifier {
    /// Where one quote was found in the source.
    public struct Match: Hashable, Sendable, Codable {
        /// The node that carries the quote.
        public var node: NodeID
        /// 1-based line of the quote's first character in the source.
        public var line: Int
        /// 1-based column (Unicode scalars).
        public var column: Int
    }

    /// Finds every node's `quote` in `source` (named `sourcePath` in messages). Quotes that are not verbatim
    /// substrings become `quote-not-in-source` errors at the node, naming the closest passage.
    public static func verify(_ graph: ArgumentGraph, source: String, sourcePath: String) -> (matches: [Match], diagnostics: [Diagnostic]) {
        // Placeholder until quote verification lands.
        ([], [])
    }
}
