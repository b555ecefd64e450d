extension ArgumentGraph {
    /// Keeps this graph alive until the process exits, for a program that reads a map, answers and exits (a
    /// command): taking a large graph apart (a million nodes, each with its own strings and arrays) took a
    /// twentieth of a query's run for nothing, and exiting returns the memory at once. O(1).
    public func keepUntilExit() {
        _ = Unmanaged.passRetained(KeptGraph(self))
    }
}

/// What ``ArgumentGraph/keepUntilExit()`` holds.
private final class KeptGraph {
    let graph: ArgumentGraph
    init(_ graph: ArgumentGraph) { self.graph = graph }
}
