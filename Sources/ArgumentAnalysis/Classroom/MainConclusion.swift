import ArgumentModel

/// Finds the main conclusion of a map: the claim everything else argues for or against.
///
/// In order: the front matter's `mainConclusion: Title` (a statement title, else an argument title); a node whose
/// data says `mainConclusion: true` (the first such); otherwise the structural answer — among statements that argue
/// for or against nothing (no outgoing support, attack, undercut, entails or contrary; symmetric contradictions
/// do not count as outgoing), the one most other nodes reach through relations, ties broken by node order. When
/// there are no statements, arguments are considered the same way. An empty map has none. Relations are those a
/// picture shows (`ArgumentGraph.isShown(_:)`: listed ones and an argument's derived supports).
public enum MainConclusion {
    /// The main conclusion of `graph`, or nil for an empty map.
    /// Complexity: O(N·(N + E)) for the structural rule (one reverse search per sink), O(1) for the explicit ones.
    public static func of(_ graph: ArgumentGraph) -> NodeID? {
        if let title = graph.metadata["mainConclusion"]?.stringValue {
            if let id = graph.statement(titled: title) ?? graph.argument(titled: title) { return id }
        }
        if let marked = graph.nodes.first(where: { $0.data["mainConclusion"]?.boolValue == true }) { return marked.id }
        for kind in [NodeKind.statement, .argument] {
            let sinks = graph.nodes.filter { node in
                node.kind == kind && !graph.outgoing(node.id).contains { r in
                    graph[r].type != .contradictory && graph[r].to != node.id && graph.isShown(graph[r])
                }
            }
            var best: (count: Int, id: NodeID)?
            for sink in sinks {
                let count = reachCount(to: sink.id, in: graph)
                if count > (best?.count ?? -1) { best = (count, sink.id) }
            }
            if let best { return best.id }
        }
        return graph.nodes.first?.id
    }

    /// How many other nodes have a path to `target` (following relations forwards; contradictions ignored).
    /// Complexity: O(N + E).
    static func reachCount(to target: NodeID, in graph: ArgumentGraph) -> Int {
        var seen: Set<NodeID> = [target]
        var stack = [target]
        while let n = stack.popLast() {
            for r in graph.incoming(n) {
                let rel = graph[r]
                if rel.type == .contradictory || !graph.isShown(rel) { continue }
                if seen.insert(rel.from).inserted { stack.append(rel.from) }
            }
        }
        return seen.count - 1
    }
}
