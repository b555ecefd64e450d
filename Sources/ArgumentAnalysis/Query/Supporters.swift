import ArgumentModel

/// A node that supports a target, directly or through a chain of supports.
public struct Supporter: Hashable, Sendable {
    /// The supporting node.
    public var node: NodeID
    /// Number of support edges on a shortest chain to the target (1 = direct).
    public var distance: Int
    /// One shortest chain from the supporter to the target (`supports+`).
    public var chain: [ProofStep]

    /// Creates a supporter.
    public init(node: NodeID, distance: Int, chain: [ProofStep]) {
        self.node = node
        self.distance = distance
        self.chain = chain
    }
}

/// The supporters of a claim or argument (`?x supports [T]`, or `?x supports+ [T]` when transitive).
public enum Supporters {
    /// Supporters of `target`, by distance then node order. Supports include entailment and Argdown's derived
    /// supports (an argument supports its main conclusion). The target itself is listed only when it lies on a
    /// support cycle (transitive mode). Complexity: O(nodes + edges) for the search, plus one chain search per
    /// supporter (O(k × edges) in the worst case for k supporters). A premise supports its argument unless
    /// `premiseSupports` is false (`MapConnections`), as in queries.
    public static func of(
        _ target: NodeID, in graph: ArgumentGraph, transitive: Bool = false, premiseSupports: Bool = true
    ) -> [Supporter] {
        let closure: PathExpression = transitive ? .oneOrMore(.predicate(.supports)) : .predicate(.supports)
        let index = AdjacencyIndex(graph, premiseSupports: premiseSupports)
        let backward = PathSearcher(graph: graph, automaton: PathAutomaton(.inverse(closure)), index: index)
        let forward = PathSearcher(graph: graph, automaton: PathAutomaton(closure), index: index)
        let found = backward.reach(from: target).sorted { ($0.distance, $0.node) < ($1.distance, $1.node) }
        return found.map { hit in
            Supporter(node: hit.node, distance: hit.distance, chain: forward.shortestPath(from: hit.node, to: target) ?? [])
        }
    }
}

/// A relation from one node to another, seen from the node being objected to.
public struct ObjectionEdge: Hashable, Sendable {
    /// The objecting node.
    public var node: NodeID
    /// The relation (attack, undercut, contradictory or contrary).
    public var relation: RelationID
    /// Its type.
    public var type: RelationType
    /// For an answer that takes away an objection's reasons: the argument behind the objection, or the premise,
    /// that the relation attacks (nil when it attacks the objection itself). See ``ObjectionAnswers``.
    public var via: NodeID?

    /// Creates an edge.
    public init(node: NodeID, relation: RelationID, type: RelationType, via: NodeID? = nil) {
        self.node = node
        self.relation = relation
        self.type = type
        self.via = via
    }
}

/// An objection to a claim, with the objections to the objection (its rebuttals).
public struct Objection: Hashable, Sendable {
    /// The objecting node and how it objects.
    public var edge: ObjectionEdge
    /// What answers the objection (attacks, undercuts, contradictions on it, on the argument behind it or on that
    /// argument's premises; see ``ObjectionAnswers``), the claim itself excluded.
    public var rebuttals: [ObjectionEdge]

    /// Creates an objection.
    public init(edge: ObjectionEdge, rebuttals: [ObjectionEdge]) {
        self.edge = edge
        self.rebuttals = rebuttals
    }
}

/// Objections to a claim (`?x contradicts [T]`), each with its rebuttals.
public enum Objections {
    /// The direct objections to `node` among the map's `connections` (`MapConnections`; listed
    /// in node then relation order): attacks and undercuts on it, and contradictory or contrary relations in either
    /// direction. Complexity: O(degree).
    public static func edges(to node: NodeID, in connections: MapConnections) -> [ObjectionEdge] {
        var out: [ObjectionEdge] = []
        for c in connections.incoming(node) where c.type.isAttacking {
            if let id = c.relation { out.append(ObjectionEdge(node: c.from, relation: id, type: c.type)) }
        }
        for c in connections.outgoing(node) where c.type.isSymmetric && c.to != node {
            if let id = c.relation { out.append(ObjectionEdge(node: c.to, relation: id, type: c.type)) }
        }
        return out.sorted { ($0.node, $0.relation) < ($1.node, $1.relation) }
    }

    /// The objections to `target`, each with its rebuttals. Complexity: O(nodes + relations + pcs size) to build
    /// the map's connections, then O(sum of the degrees involved).
    public static func of(_ target: NodeID, in graph: ArgumentGraph) -> [Objection] {
        let connections = MapConnections(graph)
        return edges(to: target, in: connections).map { edge in
            Objection(edge: edge, rebuttals: ObjectionAnswers.of(edge.node, in: connections).filter { $0.node != target })
        }
    }
}
