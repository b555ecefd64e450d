import ArgumentModel

/// Why a node has its label, in steps a student can follow.
///
/// Each step is an ``ExplanationReason``: a claim about one attack or reason group of the framework built from
/// the map (each attack carries the map relations it comes from, derived ones saying how) and about the labels
/// of the nodes it names. The reasons are read off the framework and the labelling only, and the text is worded
/// from them, so every sentence can be checked (``ExplanationChecker``).
public struct Explanation: Hashable, Sendable {
    /// The node explained.
    public let node: NodeID
    /// Its label.
    public let label: Label
    /// The semantics whose labelling is explained (nil when not given).
    public let semantics: Semantics?
    /// The reasons, in reading order.
    public let reasons: [ExplanationReason]
    /// The reasons, one sentence each, in reading order.
    public let lines: [String]
    /// For UNDEC: the cycle of undecided nodes that keeps it open (first node repeated at the end); empty otherwise.
    public let cycle: [NodeID]

    /// An explanation made of the given reasons, worded for `graph` (used to build and to test explanations).
    public init(node: NodeID, label: Label, semantics: Semantics?, reasons: [ExplanationReason], graph: ArgumentGraph) {
        self.node = node
        self.label = label
        self.semantics = semantics
        self.reasons = reasons
        lines = reasons.map { $0.sentence(in: graph) }
        var cycle: [NodeID] = []
        for reason in reasons {
            switch reason {
            case .heldOpen(let links, _): cycle = links.first.map { [$0.from] + links.map(\.to) } ?? []
            case .attacksItself(let a): cycle = [a.target, a.target]
            case .mutuallyContradicting(let a, _): cycle = [a.attacker, a.target, a.attacker]
            default: break
            }
        }
        self.cycle = cycle
    }

    /// Explains `node`'s label in the labelling `evaluation` shows (its first); nil when there is none.
    public init?(_ node: NodeID, evaluation: MapEvaluation, graph: ArgumentGraph) {
        guard let labels = evaluation.labels else { return nil }
        self.init(node, labels: labels, framework: evaluation.framework, graph: graph, semantics: evaluation.semantics)
    }

    /// Explains `node`'s label in `labels`.
    ///
    /// IN: each attacker is OUT, with the IN node that defeats it or, when none does, the OUT member of each of
    /// its reason groups; and the reason group that is wholly IN. OUT: an IN attacker, or the OUT member of each
    /// reason group. UNDEC: the shortest cycle through undecided attackers and reasons that leads back to it
    /// (breadth-first, O(n + m)); a cycle of two contradicting claims is reported as "mutually contradicting".
    public init(_ node: NodeID, labels: [Label], framework: MapFramework, graph: ArgumentGraph, semantics: Semantics? = nil) {
        self.init(
            node: node, label: labels[node.index], semantics: semantics,
            reasons: Self.reasons(node, labels: labels, framework: framework), graph: graph)
    }

    /// The reasons for `node`'s label, read off the framework and the labelling. O(n + m) (the UNDEC cycle search).
    static func reasons(_ node: NodeID, labels: [Label], framework: MapFramework) -> [ExplanationReason] {
        let v = node.index
        let af = framework.problem.framework
        func attack(_ a: Int, _ t: Int) -> MapAttack? { framework.attack(from: NodeID(a), to: NodeID(t)) }
        func failures(_ u: Int) -> [ReasonFailure] {
            framework.reasons[u].compactMap { g in g.members.first { labels[$0.index] == .out }.map { ReasonFailure(group: g, member: $0) } }
        }
        let attackers = af.attackers(of: v).map { Int($0) }
        let groups = framework.reasons[v]
        var out: [ExplanationReason] = []
        switch labels[v] {
        case .in:
            if attackers.isEmpty { out.append(.unattacked) }
            for a in attackers {
                guard let incoming = attack(a, v) else { continue }
                let defeaters = af.attackers(of: a).map { Int($0) }.filter { labels[$0] == .in }
                if let d = defeaters.contains(v) ? v : defeaters.first, let defeat = attack(d, a) {
                    out.append(.attackerDefeated(attack: incoming, defeat: defeat))
                } else {
                    out.append(.attackerUnfounded(attack: incoming, failures: failures(a)))
                }
            }
            if groups.isEmpty {
                if framework.support == .reasons { out.append(.noReasons) }
            } else if let g = groups.first(where: { $0.members.allSatisfy { labels[$0.index] == .in } }) {
                out.append(.reasonHolds(g))
            }
        case .out:
            if let a = attackers.first(where: { labels[$0] == .in }), let incoming = attack(a, v) {
                out.append(.attackedByIn(incoming))
            } else {
                out += failures(v).map { .reasonFails($0) }
            }
        case .undec:
            let problem = framework.problem
            let (cycleNodes, leadNodes) = Self.undecidedCycle(from: v, labels: labels, problem: problem)
            let cycle = Self.links(cycleNodes, framework: framework)
            let lead = Self.links(leadNodes, framework: framework)
            if lead.isEmpty, cycle.count == 1, case .attack(let a) = cycle[0] {
                out.append(.attacksItself(a))
            } else if lead.isEmpty, cycle.count == 2, case .attack(let a) = cycle[0], case .attack(let b) = cycle[1],
                      a.kind == .contradiction, b.kind == .contradiction {
                out.append(.mutuallyContradicting(a, b))
            } else if !cycle.isEmpty {
                out.append(.heldOpen(cycle: cycle, lead: lead))
            }
            let undecided = attackers.filter { labels[$0] == .undec }.compactMap { attack($0, v) }
            if !undecided.isEmpty {
                out.append(.undecidedAttackers(undecided))
            } else if !groups.isEmpty {
                out.append(.undecidedReasons)
                if !cycle.isEmpty, lead.isEmpty, cycle.allSatisfy({ if case .reason = $0 { true } else { false } }) {
                    out.append(.supportCycle)
                }
            }
        }
        return out
    }

    /// The links along `nodes` (consecutive pairs, attack direction): the attack when there is one, else the
    /// reason group of the later node that holds the earlier one.
    static func links(_ nodes: [Int], framework: MapFramework) -> [CycleLink] {
        zip(nodes, nodes.dropFirst()).compactMap { u, w in
            if let a = framework.attack(from: NodeID(u), to: NodeID(w)) { return .attack(a) }
            return framework.reasons[w].first { $0.members.contains(NodeID(u)) }
                .map { .reason($0, member: NodeID(u), of: NodeID(w)) }
        }
    }

    /// The undecided predecessors of `v`: UNDEC attackers, and (when every attacker is OUT) UNDEC reason members.
    static func undecidedPredecessors(_ v: Int, labels: [Label], problem: LabellingProblem) -> [Int] {
        let attackers = problem.framework.attackers(of: v).map { Int($0) }.filter { labels[$0] == .undec }
        if !attackers.isEmpty { return attackers }
        return problem.groups[v].flatMap { $0 }.filter { labels[$0] == .undec }
    }

    /// The shortest cycle of undecided predecessors through `v`, read in attack direction and closed (first node
    /// repeated), with an empty lead; or, when no cycle runs through `v`, the cycle that the chain of undecided
    /// predecessors from `v` runs into, and the lead from that cycle down to `v`. O(n + m).
    static func undecidedCycle(from v: Int, labels: [Label], problem: LabellingProblem) -> (cycle: [Int], lead: [Int]) {
        var parent: [Int: Int] = [:]  // predecessor → the node it was reached from
        var queue = [v]
        var head = 0
        while head < queue.count {
            let u = queue[head]
            head += 1
            for p in undecidedPredecessors(u, labels: labels, problem: problem) {
                if p == v {
                    // v attacks (or is a reason of) u, u of parent[u], …, back to v: attack direction.
                    var path = [v, u]
                    var current = u
                    while current != v, let next = parent[current] {
                        path.append(next)
                        current = next
                    }
                    return (path, [])
                }
                if parent[p] == nil {
                    parent[p] = u
                    queue.append(p)
                }
            }
        }
        // No cycle through v: follow predecessors until a node repeats.
        var seen: [Int: Int] = [:]
        var walk: [Int] = []
        var current = v
        while seen[current] == nil {
            seen[current] = walk.count
            walk.append(current)
            guard let p = undecidedPredecessors(current, labels: labels, problem: problem).first else { return ([], []) }
            current = p
        }
        guard let start = seen[current] else { return ([], []) }
        // walk[i + 1] keeps walk[i] open: reversed, the walk reads in attack direction.
        return ((Array(walk[start...]) + [current]).reversed(), walk[...start].reversed())
    }
}
