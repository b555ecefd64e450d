import ArgumentModel

/// How `argmap path` walks relations.
public enum ChainDirection: String, Sendable, CaseIterable {
    /// Along each relation's direction (reason → claim, attacker → attacked); symmetric relations
    /// (contradictory, contrary) both ways.
    case forward
    /// Every relation both ways.
    case undirected
}

/// Shortest chains of relations between two nodes.
public enum ShortestChains {
    /// Up to `limit` shortest chains from `source` to `target` over relations of `types`, each a list of steps
    /// with relation types, in lexicographic order of relation ids. Empty when `target` is unreachable; one empty
    /// chain when `source == target`.
    ///
    /// Two breadth-first searches (from the source, and backwards from the target) find the edges lying on some
    /// shortest chain (`d(source, u) + 1 + d(v, target) = d`); a depth-first walk over those edges lists the
    /// chains. Complexity: O(nodes + edges) plus O(limit × length) to list the chains.
    ///
    /// With `premiseLinks` (the default) a premise of a reconstructed argument steps to its argument (a premise
    /// supports it; walked when `types` has `support`), as in `supporters` and queries (`MapConnections`).
    public static func find(
        from source: NodeID, to target: NodeID, in graph: ArgumentGraph, direction: ChainDirection = .forward,
        types: Set<RelationType> = Set(RelationType.allCases), limit: Int = 10, premiseLinks: Bool = true
    ) -> [[ProofStep]] {
        let walk = Walk(
            connections: MapConnections(graph, derived: .all, premiseLinks: premiseLinks), nodeCount: graph.nodes.count,
            direction: direction, types: types)
        let fromSource = walk.distances(from: source, backwards: false)
        guard let total = fromSource[target.index] else { return [] }
        let toTarget = walk.distances(from: target, backwards: true)
        var chains: [[ProofStep]] = []
        var current: [ProofStep] = []
        func visit(_ node: NodeID) {
            guard chains.count < limit else { return }
            if node == target, current.count == total {
                chains.append(current)
                return
            }
            let here = current.count
            walk.forEachStep(node, backwards: false) { step in
                guard fromSource[step.to.index] == here + 1, let rest = toTarget[step.to.index], here + 1 + rest == total
                else { return }
                current.append(step)
                visit(step.to)
                current.removeLast()
            }
        }
        visit(source)
        return chains
    }
}

/// The steps `ShortestChains` may take: the map's connections (`MapConnections` with every
/// derived relation, premise links unless left out) of `types` (a premise link is a support).
private struct Walk {
    let connections: MapConnections
    let nodeCount: Int
    let direction: ChainDirection
    let types: Set<RelationType>

    /// BFS distances from `start` (walking steps backwards when `backwards`). O(nodes + edges).
    func distances(from start: NodeID, backwards: Bool) -> [Int?] {
        var dist = [Int?](repeating: nil, count: nodeCount)
        dist[start.index] = 0
        var queue = [start], head = 0
        while head < queue.count {
            let n = queue[head]
            head += 1
            let d = (dist[n.index] ?? 0) + 1
            forEachStep(n, backwards: backwards) { step in
                if dist[step.to.index] == nil {
                    dist[step.to.index] = d
                    queue.append(step.to)
                }
            }
        }
        return dist
    }

    /// The steps leaving `node`, in connection order (outgoing before incoming). O(degree).
    func forEachStep(_ node: NodeID, backwards: Bool, _ body: (ProofStep) -> Void) {
        for c in connections.outgoing(node) where types.contains(c.type) {
            if direction == .undirected || c.type.isSymmetric || !backwards {
                body(ProofStep(from: node, to: c.to, relation: c.relation, type: c.type, reversed: false))
            }
        }
        for c in connections.incoming(node) where types.contains(c.type) {
            if direction == .undirected || c.type.isSymmetric || backwards {
                body(ProofStep(from: node, to: c.from, relation: c.relation, type: c.type, reversed: true))
            }
        }
    }
}
