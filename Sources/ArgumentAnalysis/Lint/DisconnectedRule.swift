import ArgumentModel

/// `disconnected`: in a map of more than one node, a node the map shows with no connection at all (none in, none
/// out; `MapConnections`, so a premise is connected to its argument) and no other part in a
/// premise-conclusion structure (an intermediary conclusion belongs to its argument). Complexity: O(N + E + pcs sizes).
enum DisconnectedRule {
    static func check(_ graph: ArgumentGraph, _ connections: MapConnections) -> [Diagnostic] {
        guard graph.nodes.count > 1 else { return [] }
        let pcs = graph.pcsMembership()
        return graph.nodes.filter { node in
            connections.touching(node.id).isEmpty && !pcs.member[node.id.index]
        }.map { node in
            .lint(.disconnected, "\(node.bracketedTitle) has no relation to the rest of the map; connect it or remove it", at: node)
        }
    }
}
