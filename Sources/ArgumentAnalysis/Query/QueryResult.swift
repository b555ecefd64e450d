import ArgumentModel

/// The proof of one pattern for one answer: a shortest path from its subject to its object.
public struct PatternProof: Hashable, Sendable {
    /// The pattern proved.
    public var pattern: TriplePattern
    /// The edges walked, in order; empty for a zero-length match (`p*`, `p?` on the node itself).
    public var steps: [ProofStep]
    /// The subject's node.
    public var subject: NodeID
    /// The object's node.
    public var object: NodeID

    /// Creates a proof.
    public init(pattern: TriplePattern, steps: [ProofStep], subject: NodeID, object: NodeID) {
        self.pattern = pattern
        self.steps = steps
        self.subject = subject
        self.object = object
    }
}

/// The answers to a query: distinct bindings of its variables, sorted by node order (document order).
public struct QueryResult: Hashable, Sendable {
    /// Column names (variables without `?`), in order of first appearance in the positive clauses.
    public var variables: [String]
    /// One row per distinct answer, one node per variable. A query without variables has one empty row when it
    /// holds and none when it does not.
    public var rows: [[NodeID]]
    /// With `explain`: for each row, one proof per positive pattern of the query (parallel to ``rows``).
    public var proofs: [[PatternProof]]
    /// Relations examined by the path searches (the work done, for benchmarks).
    public var edgesTraversed: Int

    /// Creates a result.
    public init(variables: [String], rows: [[NodeID]], proofs: [[PatternProof]] = [], edgesTraversed: Int = 0) {
        self.variables = variables
        self.rows = rows
        self.proofs = proofs
        self.edgesTraversed = edgesTraversed
    }

    /// Whether the query has at least one answer.
    public var holds: Bool { !rows.isEmpty }

    /// The values of one variable, row by row.
    public func column(_ variable: String) -> [NodeID] {
        guard let i = variables.firstIndex(of: variable) else { return [] }
        return rows.map { $0[i] }
    }
}
