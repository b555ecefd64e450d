import ArgumentModel

/// `self-attack`: a reconstructed argument whose own parts attack each other (its conclusion attacks one of its
/// premises, a premise attacks the argument, ...). A node attacking itself directly is `self-relation`'s. Complexity: O(N + E + pcs sizes), times the number of arguments sharing a statement (small in practice).
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
        for r in graph.listedRelations where r.type.isAttacking {
            // A relation from a node to itself is `self-relation`'s (listed) or follows from one inside an argument.
            if r.from == r.to { continue }
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
