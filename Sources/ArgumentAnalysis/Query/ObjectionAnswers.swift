import ArgumentModel

/// What answers an objection, in the sense `evaluate` gives it: a relation attacking the objection itself, or one
/// that takes away its reasons — an attack or undercut on a reconstructed argument that is (or concludes) the
/// objection, or an attack on one of that argument's premises. Under `reasons` support any of these can make the
/// objection OUT (an objection whose only reason is undercut, or has a defeated premise, falls with it).
public enum ObjectionAnswers {
    /// The reconstructed arguments that carry `node`'s reasons, by the map's `connections`: `node` itself when it
    /// has premises, and every argument whose main conclusion it is (its incoming `MapConnection/Kind/conclusion`
    /// links), in node order. O(degree).
    public static func arguments(behind node: NodeID, in connections: MapConnections) -> [NodeID] {
        var out = connections.incoming(node).filter { $0.kind == .conclusion }.map(\.from)
        if connections.incoming(node).contains(where: { $0.kind == .premise }) { out.append(node) }
        return Array(Set(out)).sorted()
    }

    /// Every answer to `objection` in the map's `connections`: the edges objecting to it (see
    /// ``Objections/edges(to:in:)``), then those objecting to each argument behind it and to each of that
    /// argument's premises, with `via` naming the argument or premise attacked. Each relation once.
    /// O(degrees involved).
    public static func of(_ objection: NodeID, in connections: MapConnections) -> [ObjectionEdge] {
        var seen = Set<RelationID>()
        var out: [ObjectionEdge] = []
        func add(_ edges: [ObjectionEdge], via: NodeID?) {
            for var e in edges where seen.insert(e.relation).inserted {
                e.via = via
                out.append(e)
            }
        }
        add(Objections.edges(to: objection, in: connections), via: nil)
        for argument in arguments(behind: objection, in: connections) {
            add(Objections.edges(to: argument, in: connections), via: argument == objection ? nil : argument)
            for link in connections.incoming(argument) where link.kind == .premise && link.from != objection {
                add(Objections.edges(to: link.from, in: connections), via: link.from)
            }
        }
        return out
    }
}
