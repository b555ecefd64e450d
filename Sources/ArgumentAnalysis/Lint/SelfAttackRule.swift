import ArgumentModel

/// `self-attack`: a node that attacks, undercuts, contradicts or is contrary to itself — directly (possible in
/// AIF, JSON and ICCMA inputs; the Argdown reader already drops such relations), or a reconstructed argument
/// whose own parts attack each other (its conclusion attacks one of its premises, a premise attacks the argument,
/// ...). Complexity: O(N + E + pcs sizes), times the number of arguments sharing a statement (small in practice).
enum SelfAttackRule {
    static func check(_ graph: ArgumentGraph) -> [Diagnostic] {
        // The arguments each node belongs to: the argument itself and the arguments whose pcs lists the node.
        var containing: [[NodeID]] = graph.nodes.map { $0.kind == .argument ? [$0.id] : [] }
        for node in graph.nodes {
            for s in node.pcs?.statements ?? [] where containing[s.statement.index].last != node.id {
                containing[s.statement.index].append(node.id)
            }
        }
        var flagged: [NodeID: String] = [:]
        for r in graph.relations where r.type.isAttacking {
            if r.from == r.to {
                flagged[r.from] = flagged[r.from] ?? "\(graph[r.from].bracketedTitle) attacks itself; split it into the claim and its objection, or drop the relation"
                continue
            }
            for argument in containing[r.from.index] where containing[r.to.index].contains(argument) {
                let parts = "\(graph[r.from].bracketedTitle) \(r.type == .undercut ? "undercuts" : "attacks") \(graph[r.to].bracketedTitle)"
                flagged[argument] = flagged[argument] ?? "\(graph[argument].bracketedTitle) attacks itself: \(parts) inside it; an argument cannot refute its own parts"
            }
        }
        return flagged.keys.sorted().compactMap { id in
            flagged[id].map { Diagnostic.lint(.selfAttack, $0, at: graph[id]) }
        }
    }
}
