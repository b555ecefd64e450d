import ArgumentModel

/// Why a node has its label, in steps a student can follow.
public struct Explanation: Hashable, Sendable {
    /// The node explained.
    public var node: NodeID
    /// Its label.
    public var label: Label
    /// The reasons, one sentence each, in reading order.
    public var lines: [String]
    /// For UNDEC: the cycle of undecided nodes that keeps it open (first node repeated at the end); empty otherwise.
    public var cycle: [NodeID]

    /// Explains `node`'s label in `labels`.
    ///
    /// IN: each attacker is OUT, with the IN node that defeats it (the node itself when it does), and the reason
    /// group that is wholly IN. OUT: an IN attacker, or the OUT member of each reason group. UNDEC: the shortest
    /// cycle through undecided attackers and reasons that leads back to it (breadth-first, O(n + m)); a cycle of
    /// two contradicting claims is reported as "mutually contradicting".
    public init(_ node: NodeID, labels: [Label], framework: MapFramework, graph: ArgumentGraph) {
        self.node = node
        let v = node.index
        label = labels[v]
        let problem = framework.problem
        let af = problem.framework
        func name(_ i: Int) -> String { graph.nodes[i].bracketedTitle }
        func via(_ a: Int, _ t: Int) -> String {
            guard let attack = framework.attack(from: NodeID(a), to: NodeID(t)) else { return "" }
            switch attack.kind {
            case .attack: return ""
            case .undercut: return " (undercut)"
            case .contradiction: return " (contradiction)"
            case .supported, .mediated, .secondary, .extended:
                let chain = attack.path.map { "\(name($0.from.index)) \($0.verb) \(name($0.to.index))" }.joined(separator: ", ")
                return " (\(attack.kind.rawValue) attack: \(chain))"
            }
        }
        let attackers = af.attackers(of: v).map { Int($0) }
        let groups = problem.groups[v]
        func groupText(_ g: [Int]) -> String { g.map(name).joined(separator: " + ") }
        var lines: [String] = []
        var cycle: [NodeID] = []
        switch label {
        case .in:
            if attackers.isEmpty { lines.append("Nothing attacks \(name(v)).") }
            for a in attackers {
                let defeaters = af.attackers(of: a).map { Int($0) }.filter { labels[$0] == .in }
                let d = defeaters.contains(v) ? v : (defeaters.first ?? v)
                lines.append("Its attacker \(name(a))\(via(a, v)) is OUT: defeated by \(name(d)), which is IN\(via(d, a)).")
            }
            if groups.isEmpty {
                lines.append("It has no reasons, so it stands unless attacked.")
            } else if let g = groups.first(where: { $0.allSatisfy { labels[$0] == .in } }) {
                lines.append("Its reason \(groupText(g)) is wholly IN.")
            }
        case .out:
            if let a = attackers.first(where: { labels[$0] == .in }) {
                lines.append("It is attacked by \(name(a))\(via(a, v)), which is IN.")
            } else {
                for g in groups {
                    if let m = g.first(where: { labels[$0] == .out }) {
                        lines.append("Its reason \(groupText(g)) fails: \(name(m)) is OUT.")
                    }
                }
            }
        case .undec:
            cycle = Self.undecidedCycle(from: v, labels: labels, problem: problem).map { NodeID($0) }
            let contradictory = Set(framework.contradictions.flatMap { [[$0.0.index, $0.1.index], [$0.1.index, $0.0.index]] })
            if cycle.count == 2 {
                lines.append("\(name(v)) attacks itself.")
            } else if cycle.count == 3, contradictory.contains([cycle[0].index, cycle[1].index]) {
                lines.append("undecided: mutually contradicting — \(name(cycle[0].index)) and \(name(cycle[1].index)) contradict each other and nothing else decides between them.")
            } else if !cycle.isEmpty {
                lines.append("It is held open by a cycle of undecided nodes: " + cycle.map { name($0.index) }.joined(separator: " → ") + " (each keeps the next from being decided).")
            }
            let undecided = attackers.filter { labels[$0] == .undec }
            if !undecided.isEmpty {
                lines.append("Its attacker\(undecided.count > 1 ? "s" : "") " + undecided.map { name($0) + via($0, v) }.joined(separator: ", ") + " \(undecided.count > 1 ? "are" : "is") UNDEC, so it is neither accepted nor defeated.")
            } else if !groups.isEmpty {
                lines.append("No reason of it is wholly IN, and not every reason has an OUT member.")
                let attacks = Set(af.attacks.map { [$0.attacker, $0.target] })
                let links = zip(cycle, cycle.dropFirst()).map { [$0.0.index, $0.1.index] }
                if !links.isEmpty, links.allSatisfy({ !attacks.contains($0) }) {
                    lines.append("Its reasons only lead back to itself: a support cycle cannot make itself IN.")
                }
            }
        }
        self.lines = lines
        self.cycle = cycle
    }

    /// The undecided predecessors of `v`: UNDEC attackers, and (when every attacker is OUT) UNDEC reason members.
    static func undecidedPredecessors(_ v: Int, labels: [Label], problem: LabellingProblem) -> [Int] {
        let attackers = problem.framework.attackers(of: v).map { Int($0) }.filter { labels[$0] == .undec }
        if !attackers.isEmpty { return attackers }
        return problem.groups[v].flatMap { $0 }.filter { labels[$0] == .undec }
    }

    /// The shortest cycle of undecided predecessors through `v`, read in attack direction and closed (first node
    /// repeated), or the cycle that the chain of undecided predecessors from `v` runs into. O(n + m).
    static func undecidedCycle(from v: Int, labels: [Label], problem: LabellingProblem) -> [Int] {
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
                    return path
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
            guard let p = undecidedPredecessors(current, labels: labels, problem: problem).first else { return [] }
            current = p
        }
        guard let start = seen[current] else { return [] }
        return (Array(walk[start...]) + [current]).reversed()
    }
}
