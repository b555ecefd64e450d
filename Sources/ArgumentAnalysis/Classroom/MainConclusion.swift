import ArgumentModel

/// Finds the main conclusion of a map: the claim everything else argues for or against.
///
/// In order: the front matter's `mainConclusion: Title` (a statement title, else an argument title); a node whose
/// data says `mainConclusion: true` (the first such); otherwise the structural answer — among statements that argue
/// for or against nothing (no outgoing support, attack, undercut, entails or contrary; symmetric contradictions
/// do not count as outgoing), the one most other nodes reach through relations, ties broken by node order. When
/// there are no statements, arguments are considered the same way. An empty map has none. Relations are the
/// connections a picture shows (`MapConnections`: listed relations, an argument's derived supports,
/// premise → argument links), so a premise of an argument is never a main conclusion by structure.
public enum MainConclusion {
    /// The main conclusion of `graph`, or nil for an empty map.
    /// Complexity: O(N·(N + E)) for the structural rule (one reverse search per sink), O(1) for the explicit ones.
    public static func of(_ graph: ArgumentGraph) -> NodeID? {
        of(graph, connections: MapConnections(graph))
    }

    /// The main conclusion of `graph` with its `MapConnections` already built.
    public static func of(_ graph: ArgumentGraph, connections: MapConnections) -> NodeID? {
        if let title = graph.metadata["mainConclusion"]?.stringValue {
            if let id = graph.statement(titled: title) ?? graph.argument(titled: title) { return id }
        }
        if let marked = graph.nodes.first(where: { $0.data["mainConclusion"]?.boolValue == true }) { return marked.id }
        for kind in [NodeKind.statement, .argument] {
            let sinks = graph.nodes.filter { node in
                node.kind == kind && !connections.outgoing(node.id).contains { c in c.type != .contradictory && c.to != node.id }
            }
            var best: (count: Int, id: NodeID)?
            for sink in sinks {
                let count = reachCount(to: sink.id, in: connections)
                if count > (best?.count ?? -1) { best = (count, sink.id) }
            }
            if let best { return best.id }
        }
        return graph.nodes.first?.id
    }

    /// How many other nodes have a path to `target` (following relations forwards; contradictions ignored).
    /// Complexity: O(N + E).
    static func reachCount(to target: NodeID, in connections: MapConnections) -> Int {
        var seen: Set<NodeID> = [target]
        var stack = [target]
        while let n = stack.popLast() {
            for c in connections.incoming(n) where c.type != .contradictory {
                if seen.insert(c.from).inserted { stack.append(c.from) }
            }
        }
        return seen.count - 1
    }
}
