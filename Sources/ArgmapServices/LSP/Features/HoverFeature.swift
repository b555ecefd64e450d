import ArgumentAnalysis
import ArgumentModel

/// `textDocument/hover` on a title: the node's text, how many nodes support and attack it, and its label under
/// grounded semantics.
enum HoverFeature {
    /// The hover at `position`, or `.null` off a title. O(relations of the node).
    static func hover(_ analysis: DocumentAnalysis, at position: LSPPosition) -> DataValue {
        guard let token = analysis.token(at: analysis.lines.offset(of: position)) else { return .null }
        let node = analysis.graph[token.node]
        let (supporters, attackers) = counts(node.id, in: analysis.graph)
        var markdown = "**\(node.bracketedTitle)**"
        if let text = node.text { markdown += "\n\n\(text)" }
        markdown += "\n\n\(plural(supporters, "supporter")) · \(plural(attackers, "attacker"))"
        markdown += " · grounded: \(analysis.labels[node.id.index].rawValue)"
        return .object([
            "contents": .object(["kind": .string("markdown"), "value": .string(markdown)]),
            "range": analysis.lines.range(token.start - 1, token.end + 1).dataValue,
        ])
    }

    /// Distinct nodes with a supportive relation to `node`, and distinct nodes attacking it (attacks, undercuts,
    /// and contradictions in either direction). O(relations at the node).
    static func counts(_ node: NodeID, in graph: ArgumentGraph) -> (supporters: Int, attackers: Int) {
        var supporters: Set<NodeID> = [], attackers: Set<NodeID> = []
        for id in graph.incoming(node) {
            let relation = graph[id]
            if relation.type.isSupportive { supporters.insert(relation.from) }
            if relation.type.isAttacking { attackers.insert(relation.from) }
        }
        for id in graph.outgoing(node) where graph[id].type.isSymmetric { attackers.insert(graph[id].to) }
        return (supporters.count, attackers.count)
    }

    /// "1 supporter", "2 supporters".
    static func plural(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
}
