import ArgumentModel

/// What answers an objection, in the sense `evaluate` gives it: a relation attacking the objection itself, or one
/// that takes away its reasons — an attack or undercut on a reconstructed argument that is (or concludes) the
/// objection, or an attack on one of that argument's premises. Under `reasons` support any of these can make the
/// objection OUT (an objection whose only reason is undercut, or has a defeated premise, falls with it).
public enum ObjectionAnswers {
    /// The reconstructed arguments that carry `node`'s reasons: `node` itself when it has a premise-conclusion
    /// structure, and every argument whose main conclusion it is. O(nodes).
    public static func arguments(behind node: NodeID, in graph: ArgumentGraph) -> [NodeID] {
        graph.nodes.filter { n in n.pcs != nil && (n.id == node || n.pcs?.mainConclusion == node) }.map(\.id)
    }

    /// Every answer to `objection`: the edges objecting to it (see ``Objections/edges(to:in:)``), then those
    /// objecting to each argument behind it and to each of that argument's premises, with `via` naming the
    /// argument or premise attacked. Each relation once. O(nodes + degrees involved).
    public static func of(_ objection: NodeID, in graph: ArgumentGraph) -> [ObjectionEdge] {
        var seen = Set<RelationID>()
        var out: [ObjectionEdge] = []
        func add(_ edges: [ObjectionEdge], via: NodeID?) {
            for var e in edges where seen.insert(e.relation).inserted {
                e.via = via
                out.append(e)
            }
        }
        add(Objections.edges(to: objection, in: graph), via: nil)
        for argument in arguments(behind: objection, in: graph) {
            add(Objections.edges(to: argument, in: graph), via: argument == objection ? nil : argument)
            for premise in graph[argument].pcs?.premises ?? [] where premise != objection {
                add(Objections.edges(to: premise, in: graph), via: premise)
            }
        }
        return out
    }
}
