import ArgumentModel

/// `disconnected`: in a map of more than one node, a node with no relation at all (none in, none out) and no part in
/// a premise-conclusion structure. Complexity: O(N + E + pcs sizes).
enum DisconnectedRule {
    static func check(_ graph: ArgumentGraph) -> [Diagnostic] {
        guard graph.nodes.count > 1 else { return [] }
        let pcs = graph.pcsMembership()
        return graph.nodes.filter { node in
            graph.outgoing(node.id).isEmpty && graph.incoming(node.id).isEmpty && !pcs.member[node.id.index]
        }.map { node in
            .lint(.disconnected, "\(node.bracketedTitle) has no relation to the rest of the map; connect it or remove it", at: node)
        }
    }
}
