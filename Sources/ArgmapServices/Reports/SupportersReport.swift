import ArgumentAnalysis
import ArgumentModel

/// What supports a claim or argument, directly or through chains (`argmap supporters`): JSON and text.
public struct SupportersReport: TextReport, Sendable {
    /// One supporter.
    public struct Supporter: Encodable, Sendable {
        /// The supporting node.
        public var node: NodeSummary
        /// How many steps away it is.
        public var distance: Int
        /// One shortest chain of steps from it to the target.
        public var chain: [StepSummary]
    }

    /// The supported node.
    public var target: NodeSummary
    /// Whether chains of support were followed.
    public var transitive: Bool
    /// The supporters, as `Supporters.of(_:in:transitive:premiseSupports:)` finds them.
    public var supporters: [Supporter]
    /// `Supporters of [T]:` and a table (supporter and relation; transitive: distance, supporter and chain), or
    /// `Nothing supports [T].`
    public let text: String

    private enum CodingKeys: String, CodingKey { case target, transitive, supporters }

    /// The supporters of `target` in `graph`; `premiseSupports` counts a premise as supporting its argument.
    /// O(nodes + relations) for the search.
    public init(_ target: NodeID, in graph: ArgumentGraph, transitive: Bool, premiseSupports: Bool) {
        let found = Supporters.of(target, in: graph, transitive: transitive, premiseSupports: premiseSupports)
        self.target = NodeSummary(target, graph)
        self.transitive = transitive
        supporters = found.map {
            Supporter(node: NodeSummary($0.node, graph), distance: $0.distance, chain: $0.chain.map { StepSummary($0, graph) })
        }
        let name = graph[target].bracketedTitle
        guard !found.isEmpty else {
            text = "Nothing supports \(name).\n"
            return
        }
        let rows: [[String]] = found.map { s in
            transitive
                ? ["\(s.distance)", graph[s.node].bracketedTitle, ProofText.via(s.chain, graph)]
                : [graph[s.node].bracketedTitle, s.chain.first.map { step in step.label + ProofText.implicit(step, graph) } ?? ""]
        }
        text = "Supporters of \(name)\(transitive ? " (transitive)" : ""):\n"
            + ReportText.table(transitive ? ["distance", "supporter", "chain"] : ["supporter", "relation"], rows)
    }
}
