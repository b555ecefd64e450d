import ArgumentModel

/// A node as the query commands write it in JSON: its title and kind.
public struct NodeSummary: Codable, Equatable, Sendable {
    /// The title.
    public var title: String
    /// `statement` or `argument`.
    public var kind: String

    /// `node` of `graph`.
    public init(_ node: NodeID, _ graph: ArgumentGraph) {
        title = graph[node].title
        kind = graph[node].kind.rawValue
    }
}

/// One step of a chain as the query commands write it in JSON.
public struct StepSummary: Codable, Equatable, Sendable {
    /// The bracketed title the step leaves.
    public var from: String
    /// The bracketed title the step reaches.
    public var to: String
    /// The relation type (or `premise`).
    public var type: String
    /// Whether the step goes against the relation's direction.
    public var reversed: Bool

    /// `step` over `graph`.
    public init(_ step: ProofStep, _ graph: ArgumentGraph) {
        from = graph[step.from].bracketedTitle
        to = graph[step.to].bracketedTitle
        type = step.label
        reversed = step.reversed
    }
}

/// A query's answers as a document (`argmap query --format json`).
public struct QueryReport: Codable, Sendable {
    /// One proof of an answer.
    public struct Proof: Codable, Sendable {
        /// The pattern proved.
        public var pattern: String
        /// The chain that proves it.
        public var path: [StepSummary]
    }

    /// One answer: the variables' nodes, and with explanations the proofs.
    public struct Answer: Codable, Sendable {
        /// Variable name → node.
        public var bindings: [String: NodeSummary]
        /// The proofs, when asked for.
        public var proofs: [Proof]?
    }

    /// The query as parsed (normalized).
    public var query: String
    /// The variables, in order of appearance.
    public var variables: [String]
    /// Whether the query holds (has an answer).
    public var holds: Bool
    /// How many answers.
    public var count: Int
    /// The answers.
    public var answers: [Answer]

    /// The report of `result` for `query` over `graph`; `explain` adds the proofs (which `result` must carry).
    /// O(answers × (variables + proof length)).
    public init(_ result: QueryResult, _ graph: ArgumentGraph, query: Query, explain: Bool) {
        answers = result.rows.enumerated().map { i, row in
            Answer(
                bindings: Dictionary(uniqueKeysWithValues: zip(result.variables, row.map { NodeSummary($0, graph) })),
                proofs: explain
                    ? result.proofs[i].map { p in Proof(pattern: p.pattern.description, path: p.steps.map { StepSummary($0, graph) }) }
                    : nil)
        }
        self.query = query.description
        variables = result.variables
        holds = result.holds
        count = answers.count
    }

    /// The answers as CSV: a header of the variables and one row of bracketed titles per answer; a query without
    /// variables gives `holds` and `true` or `false`. O(answers × variables).
    public static func csv(_ result: QueryResult, _ graph: ArgumentGraph) -> String {
        if result.variables.isEmpty { return "holds\n\(result.holds)\n" }
        var lines = [CSV.row(result.variables)]
        for row in result.rows { lines.append(CSV.row(row.map { graph[$0].bracketedTitle })) }
        return lines.joined(separator: "\n") + "\n"
    }
}
