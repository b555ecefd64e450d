/// What every reader returns: the graph it could build and everything it has to say about the input.
/// A reader never throws on bad input and never crashes: errors are diagnostics, and the graph holds what was
/// readable.
public struct ReadResult: Sendable {
    /// The graph built from the readable parts of the input.
    public var graph: ArgumentGraph
    /// Errors, warnings and notes, in source order.
    public var diagnostics: [Diagnostic]

    /// Creates a result.
    public init(graph: ArgumentGraph, diagnostics: [Diagnostic] = []) {
        self.graph = graph
        self.diagnostics = diagnostics
    }
}
