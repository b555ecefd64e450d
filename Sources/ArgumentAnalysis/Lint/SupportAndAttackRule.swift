import ArgumentModel

/// `support-and-attack`: a node that both supports (support, entails) and attacks (attack, undercut, or a
/// contradiction or contrary in either direction) the same other node, by the connections a picture shows
/// (`MapConnections`; Argdown's implicit attacks restate a written one). Reported once per pair, at the first node.
/// Complexity: O(N + E) with hashing.
enum SupportAndAttackRule {
    static func check(_ graph: ArgumentGraph, _ connections: MapConnections) -> [Diagnostic] {
        var out: [Diagnostic] = []
        for node in graph.nodes {
            let outgoing = connections.outgoing(node.id)
            let supported = Set(outgoing.filter { $0.type.isSupportive && $0.to != node.id }.map(\.to))
            guard !supported.isEmpty else { continue }
            var attacked = Set(outgoing.filter(\.type.isAttacking).map(\.to))
            for c in connections.incoming(node.id) where c.type.isSymmetric { attacked.insert(c.from) }
            for target in supported.intersection(attacked).sorted() {
                out.append(.lint(.supportAndAttack, "\(node.bracketedTitle) both supports and attacks \(graph[target].bracketedTitle); decide which it is", at: node))
            }
        }
        return out
    }
}
