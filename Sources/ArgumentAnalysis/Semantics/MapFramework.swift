import ArgumentModel

/// One step of the chain of relations behind an attack: `from` supports / attacks / is a premise of `to`.
public struct AttackStep: Hashable, Sendable, Codable {
    /// Where the step starts.
    public var from: NodeID
    /// Where it ends.
    public var to: NodeID
    /// `attacks`, `undercuts`, `contradicts`, `supports` or `is a premise of`.
    public var verb: String
    /// The map relation behind the step (nil for a premise of a reconstructed argument).
    public var relation: RelationID?
}

/// An attack of the framework built from a map, with the chain of map relations that makes it.
public struct MapAttack: Hashable, Sendable {
    /// How the attack arises.
    public enum Kind: String, Hashable, Sendable, Codable {
        /// An attack relation (`-`, `->` from an objection).
        case attack
        /// An undercut of an argument's inference.
        case undercut
        /// One direction of a contradiction (`><`) or strict-mode contrariety.
        case contradiction
        /// Deductive: a supports…supports x, x attacks b ⇒ a attacks b.
        case supported
        /// Deductive: b supports…supports x, a attacks x ⇒ a attacks b.
        case mediated
        /// Necessary: a attacks x, x supports…supports b (x is necessary for b) ⇒ a attacks b.
        case secondary
        /// Necessary: x supports…supports a (x is necessary for a), x attacks b ⇒ a attacks b.
        case extended
    }
    /// The attacking node.
    public var attacker: NodeID
    /// The attacked node.
    public var target: NodeID
    /// Direct, or which derivation made it.
    public var kind: Kind
    /// The relations that make the attack, in the order they are read (one step for a direct attack).
    public var path: [AttackStep]
}

/// From argument map to abstract framework: which node attacks which, and each node's reason groups.
///
/// Every node (claim or argument) is an argument of the framework, with its index as id. Attacks are the map's
/// attack and undercut relations and both directions of each contradiction (or contrariety); relations are the
/// map's connections (`MapConnections`, the ones a picture shows): Argdown's other implicit
/// relations restate a shown path through a pcs member, which premises (reason groups) and conclusions (supports) already carry. The support mode
/// decides what supports add (see ``SupportMode`` and docs/evaluation.md). Building is O(n + r) for `reasons`
/// and `none`; the derived attacks of `deductive` and `necessary` take one breadth-first search over the
/// supports per direct attack, O(a · (n + s)) for a attacks and s supports.
public struct MapFramework: Sendable {
    /// The support mode used.
    public let support: SupportMode
    /// The problem the semantics solve (framework names are `[Title]` / `<Title>`).
    public let problem: LabellingProblem
    /// Every attack with its provenance, one per (attacker, target) pair: direct attacks first, in map order.
    public let attacks: [MapAttack]
    /// The contradictions of the map as node pairs (each once).
    public let contradictions: [(NodeID, NodeID)]
    /// `reasons[v]`: node `v`'s reason groups with the map element each comes from (`reasons` support only;
    /// empty otherwise), in the order of `problem.groups[v]`.
    public let reasons: [[ReasonGroup]]

    /// Reads `graph` with the given support mode.
    public init(_ graph: ArgumentGraph, support: SupportMode = .reasons) {
        self.support = support
        let n = graph.nodes.count
        var attacks: [MapAttack] = []
        var seen = Set<[Int]>()
        func add(_ attack: MapAttack) {
            if seen.insert([attack.attacker.index, attack.target.index]).inserted { attacks.append(attack) }
        }
        var contradictions: [(NodeID, NodeID)] = []
        let connections = MapConnections(graph)
        for r in connections.all.compactMap({ $0.relation.map { graph[$0] } }) {
            switch r.type {
            case .attack:
                add(MapAttack(attacker: r.from, target: r.to, kind: .attack, path: [AttackStep(from: r.from, to: r.to, verb: "attacks", relation: r.id)]))
            case .undercut:
                add(MapAttack(attacker: r.from, target: r.to, kind: .undercut, path: [AttackStep(from: r.from, to: r.to, verb: "undercuts", relation: r.id)]))
            case .contradictory, .contrary:
                contradictions.append((r.from, r.to))
                add(MapAttack(attacker: r.from, target: r.to, kind: .contradiction, path: [AttackStep(from: r.from, to: r.to, verb: "contradicts", relation: r.id)]))
                add(MapAttack(attacker: r.to, target: r.from, kind: .contradiction, path: [AttackStep(from: r.to, to: r.from, verb: "contradicts", relation: r.id)]))
            case .support, .entails, .rephrase:
                break
            }
        }
        let direct = attacks
        var reasons: [[ReasonGroup]] = Array(repeating: [], count: n)
        switch support {
        case .none:
            break
        case .reasons:
            for node in graph.nodes {
                let premises = node.pcs?.premises ?? []
                if node.kind == .argument, !premises.isEmpty {
                    reasons[node.id.index].append(ReasonGroup(members: premises, source: .premises(of: node.id)))
                }
                for r in connections.incoming(node.id).compactMap({ $0.relation.map { graph[$0] } }) where r.type.isSupportive {
                    // An argument's implicit support of another argument is already its premise group.
                    if r.isDerived, node.kind == .argument, !premises.isEmpty { continue }
                    // A node is no reason for itself (a self-support, kept and linted, adds no group).
                    if r.from == node.id { continue }
                    reasons[node.id.index].append(ReasonGroup(members: [r.from], source: .relation(r.id)))
                }
            }
        case .deductive, .necessary:
            let edges = Self.supportEdges(connections, nodeCount: n)
            for attack in direct {
                if support == .deductive {
                    // supported: a supports…x, x attacks b
                    for (a, chain) in Self.search(from: attack.attacker, edges: edges.into, forward: false) {
                        add(MapAttack(attacker: a, target: attack.target, kind: .supported, path: chain + attack.path))
                    }
                    // mediated: b supports…x, a attacks x
                    for (b, chain) in Self.search(from: attack.target, edges: edges.into, forward: false) {
                        add(MapAttack(attacker: attack.attacker, target: b, kind: .mediated, path: attack.path + chain))
                    }
                } else {
                    // secondary: a attacks x, x supports…b
                    for (b, chain) in Self.search(from: attack.target, edges: edges.out, forward: true) {
                        add(MapAttack(attacker: attack.attacker, target: b, kind: .secondary, path: attack.path + chain))
                    }
                    // extended: x supports…a, x attacks b
                    for (a, chain) in Self.search(from: attack.attacker, edges: edges.out, forward: true) {
                        add(MapAttack(attacker: a, target: attack.target, kind: .extended, path: chain + attack.path))
                    }
                }
            }
        }
        self.attacks = attacks
        self.contradictions = contradictions
        self.reasons = reasons
        let groups = reasons.map { $0.map { $0.members.map(\.index) } }
        let framework = AttackFramework(
            names: graph.nodes.map(\.bracketedTitle),
            attacks: attacks.map { .init($0.attacker.index, $0.target.index) })
        problem = LabellingProblem(framework: framework, groups: groups)
    }

    /// The attack from `attacker` to `target`, if there is one. O(attacks).
    public func attack(from attacker: NodeID, to target: NodeID) -> MapAttack? {
        attacks.first { $0.attacker == attacker && $0.target == target }
    }

    /// Support edges (supportive connections: relations, and each premise to its reconstructed argument), both
    /// directions. O(nodes + connections).
    private static func supportEdges(_ connections: MapConnections, nodeCount: Int) -> (out: [[AttackStep]], into: [[AttackStep]]) {
        var out = [[AttackStep]](repeating: [], count: nodeCount)
        var into = out
        func edge(_ s: AttackStep) {
            guard s.from != s.to else { return }
            out[s.from.index].append(s)
            into[s.to.index].append(s)
        }
        for c in connections.all where c.type.isSupportive {
            edge(AttackStep(from: c.from, to: c.to, verb: c.kind == .premise ? "is a premise of" : "supports", relation: c.relation))
        }
        return (out, into)
    }

    /// Breadth-first search over support edges from `start` (forward along supports, or backward against them);
    /// each node reached (not `start`) with the shortest chain, written in reading order (supporter first).
    /// O(n + s).
    private static func search(from start: NodeID, edges: [[AttackStep]], forward: Bool) -> [(NodeID, [AttackStep])] {
        var parent: [NodeID: AttackStep] = [:]
        var order: [NodeID] = []
        var queue = [start]
        var head = 0
        while head < queue.count {
            let u = queue[head]
            head += 1
            for s in edges[u.index] {
                let next = forward ? s.to : s.from
                if next == start || parent[next] != nil { continue }
                parent[next] = s
                order.append(next)
                queue.append(next)
            }
        }
        return order.map { node in
            var chain: [AttackStep] = []
            var current = node
            while current != start, let s = parent[current] {
                chain.append(s)
                current = forward ? s.from : s.to
            }
            // Backward: chain runs node→…→start already in reading order. Forward: reverse to start→…→node.
            return (node, forward ? chain.reversed() : chain)
        }
    }
}
