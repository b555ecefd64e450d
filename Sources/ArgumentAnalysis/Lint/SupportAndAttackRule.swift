import ArgumentModel

/// `support-and-attack`: a node that both supports (support, entails) and attacks (attack, undercut, or a
/// contradiction or contrary in either direction) the same other node, by the relations a picture shows (Argdown's
/// implicit attacks restate a written one). Reported once per pair, at the first node.
/// Complexity: O(N + E) with hashing.
enum SupportAndAttackRule {
    static func check(_ graph: ArgumentGraph) -> [Diagnostic] {
        var out: [Diagnostic] = []
        for node in graph.nodes {
            var supported = Set<NodeID>()
            for r in graph.outgoing(node.id) where graph[r].type.isSupportive && graph[r].to != node.id && graph.isShown(graph[r]) {
                supported.insert(graph[r].to)
            }
            guard !supported.isEmpty else { continue }
            var attacked = Set<NodeID>()
            for r in graph.outgoing(node.id) where graph[r].type.isAttacking && graph.isShown(graph[r]) { attacked.insert(graph[r].to) }
            for r in graph.incoming(node.id) where graph[r].type.isSymmetric { attacked.insert(graph[r].from) }
            for target in supported.intersection(attacked).sorted() {
                out.append(.lint(.supportAndAttack, "\(node.bracketedTitle) both supports and attacks \(graph[target].bracketedTitle); decide which it is", at: node))
            }
        }
        return out
    }
}
