import ArgumentAnalysis
import ArgumentModel

/// The shortest chains of relations from one node to another (`argmap path`): JSON and text.
public struct PathReport: TextReport, Sendable {
    /// The first node.
    public var from: NodeSummary
    /// The last node.
    public var to: NodeSummary
    /// `forward` or `undirected`.
    public var direction: String
    /// The steps of each chain (absent when there is none).
    public var length: Int?
    /// The chains, each a list of steps.
    public var chains: [[StepSummary]]
    /// `Shortest chain(s) from [A] to [B] (n steps):` and one numbered line per chain, or `No chain from ...`.
    public let text: String

    private enum CodingKeys: String, CodingKey { case from, to, direction, length, chains }

    /// At most `limit` shortest chains from `source` to `target`; see
    /// `ShortestChains.find(from:to:in:direction:limit:premiseLinks:)`.
    public init(
        from source: NodeID, to target: NodeID, in graph: ArgumentGraph, direction: ChainDirection, limit: Int, premiseLinks: Bool
    ) {
        let chains = ShortestChains.find(
            from: source, to: target, in: graph, direction: direction, limit: limit, premiseLinks: premiseLinks)
        from = NodeSummary(source, graph)
        to = NodeSummary(target, graph)
        self.direction = direction.rawValue
        length = chains.first?.count
        self.chains = chains.map { $0.map { StepSummary($0, graph) } }
        let (a, b) = (graph[source].bracketedTitle, graph[target].bracketedTitle)
        guard let first = chains.first else {
            let hint = direction == .undirected ? "" : " following relation directions; try --undirected"
            text = "No chain from \(a) to \(b)\(hint).\n"
            return
        }
        var text = "Shortest chain\(chains.count == 1 ? "" : "s") from \(a) to \(b) (\(first.count) step\(first.count == 1 ? "" : "s")):\n"
        for (i, c) in chains.enumerated() {
            text += "  \(i + 1). " + ProofText.chain(c, from: source, graph) + "\n"
        }
        self.text = text
    }
}
