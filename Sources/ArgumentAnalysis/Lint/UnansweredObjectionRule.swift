import ArgumentModel

/// `unanswered-objection`: an attack, undercut or contradiction on a main conclusion that nothing answers: no
/// attack, undercut, contradiction or contrary on it other than the one with the conclusion, and none that takes
/// away its reasons (an undercut or attack on the reconstructed argument behind it, or an attack on one of that
/// argument's premises; see ``ObjectionAnswers``), so the rule agrees with `evaluate`, which labels such an
/// objection OUT when its only reason falls.
///
/// The main conclusions are the node the front matter names (`mainConclusion: Title`), else the nodes whose data
/// says `mainConclusion: true`, else every statement that argues for or against nothing (no outgoing support,
/// entails, attack, undercut or contrary) and that something supports, by the map's connections
/// (`MapConnections`: a premise supports its argument, so it is never a main conclusion).
/// Complexity: O(N + E).
enum UnansweredObjectionRule {
    static func check(_ graph: ArgumentGraph, _ connections: MapConnections) -> [Diagnostic] {
        var out: [Diagnostic] = []
        var reported = Set<NodeID>()
        for conclusion in mainConclusions(graph, connections) {
            for (objection, relation) in objections(to: conclusion, in: graph) where !reported.contains(objection) {
                let answered = ObjectionAnswers.of(objection, in: connections).contains { $0.relation != relation }
                guard !answered else { continue }
                reported.insert(objection)
                let node = graph[objection]
                out.append(.lint(.unansweredObjection, "\(node.bracketedTitle) objects to the main conclusion \(graph[conclusion].bracketedTitle) and nothing answers it; attack it back, or concede it", at: node))
            }
        }
        return out
    }

    /// The main conclusions as documented above, in node order.
    static func mainConclusions(_ graph: ArgumentGraph, _ connections: MapConnections) -> [NodeID] {
        let declared = MainConclusions.declared(in: graph)
        if !declared.isEmpty { return declared }
        return graph.nodes.filter { node in
            node.kind == .statement
                && !connections.outgoing(node.id).contains { c in
                    c.type.isSupportive || c.type == .attack || c.type == .undercut || c.type == .contrary
                }
                && connections.incoming(node.id).contains(where: \.type.isSupportive)
        }.map(\.id)
    }

    /// The nodes objecting to `target`: sources of listed attacks and undercuts on it, and the other side of its
    /// contradictions and contraries, each with the relation.
    static func objections(to target: NodeID, in graph: ArgumentGraph) -> [(NodeID, RelationID)] {
        var out: [(NodeID, RelationID)] = []
        // Listed relations only: a derived attack (an argument attacking through its conclusion) is the same
        // objection as the listed one it comes from.
        for r in graph.incoming(target) where graph[r].type.isAttacking && graph[r].from != target && !graph[r].isDerived {
            out.append((graph[r].from, r))
        }
        for r in graph.outgoing(target) where graph[r].type.isSymmetric && graph[r].to != target {
            out.append((graph[r].to, r))
        }
        return out.sorted { $0.0 < $1.0 }
    }
}
