import ArgumentModel

/// What the semantics solve: an attack framework plus, for `reasons` support, each argument's reason groups.
///
/// Label rules (checked in every labelling): a node is IN iff every attacker is OUT and, if it has groups, some
/// group is wholly IN; OUT iff some attacker is IN or it has groups and every group has an OUT member; UNDEC
/// otherwise. IN and OUT must also be founded: a chain of wholly-IN groups must lead back to nodes without groups,
/// and an OUT node must owe its label to an IN attacker, directly or through OUT reason members that do; so a pure
/// support cycle never makes itself IN, nor OUT. With no groups this is exactly Dung's complete labelling.
public struct LabellingProblem: Sendable, Hashable {
    /// The arguments and attacks.
    public let framework: AttackFramework
    /// `groups[v]`: the reason groups of argument `v` (each a list of argument indices); empty = no reasons.
    public let groups: [[[Int]]]

    /// A problem; `groups` must be empty or have one entry per argument. Groups naming unknown indices are dropped.
    public init(framework: AttackFramework, groups: [[[Int]]] = []) {
        self.framework = framework
        let n = framework.count
        if groups.count == n {
            self.groups = groups.map { gs in
                gs.map { g in Array(Set(g.filter { $0 >= 0 && $0 < n })).sorted() }.filter { !$0.isEmpty }
            }
        } else {
            self.groups = Array(repeating: [], count: n)
        }
    }

    /// The number of arguments.
    public var count: Int { framework.count }

    /// Whether any argument has reason groups.
    public var hasGroups: Bool { groups.contains { !$0.isEmpty } }

    /// Whether `labels` satisfies the label rules and foundedness (see the type's documentation). O(n + m + Σ|groups|).
    public func isComplete(_ labels: [Label]) -> Bool {
        guard labels.count == count else { return false }
        for v in 0..<count {
            let attackers = framework.attackers(of: v)
            let allAttackersOut = attackers.allSatisfy { labels[Int($0)] == .out }
            let someAttackerIn = attackers.contains { labels[Int($0)] == .in }
            let gs = groups[v]
            let someGroupIn = gs.isEmpty || gs.contains { $0.allSatisfy { labels[$0] == .in } }
            let allGroupsOut = !gs.isEmpty && gs.allSatisfy { $0.contains { labels[$0] == .out } }
            let shouldIn = allAttackersOut && someGroupIn
            let shouldOut = someAttackerIn || allGroupsOut
            switch labels[v] {
            case .in: if !shouldIn { return false }
            case .out: if !shouldOut { return false }
            case .undec: if shouldIn || shouldOut { return false }
            }
        }
        return unfounded(labels).isEmpty && unfoundedOut(labels).isEmpty
    }

    /// The OUT nodes that neither have an IN attacker nor, through OUT reason members, lead back to one (empty
    /// when every OUT label is founded). Least fixpoint by counting; O(n + m + Σ|groups|).
    public func unfoundedOut(_ labels: [Label]) -> [Int] {
        guard hasGroups else { return [] }
        var founded = [Bool](repeating: false, count: count)
        var waiting = groups.map(\.count)  // per node: groups without a founded OUT member yet
        var groupDone: [[Bool]] = groups.map { Array(repeating: false, count: $0.count) }
        var watchers = [[(node: Int, group: Int)]](repeating: [], count: count)
        var queue: [Int] = []
        for v in 0..<count where labels[v] == .out {
            if framework.attackers(of: v).contains(where: { labels[Int($0)] == .in }) {
                founded[v] = true
                queue.append(v)
            } else {
                for (g, members) in groups[v].enumerated() {
                    for m in members where labels[m] == .out { watchers[m].append((v, g)) }
                }
            }
        }
        var head = 0
        while head < queue.count {
            let u = queue[head]
            head += 1
            for (v, g) in watchers[u] where !founded[v] && !groupDone[v][g] {
                groupDone[v][g] = true
                waiting[v] -= 1
                if waiting[v] == 0 {
                    founded[v] = true
                    queue.append(v)
                }
            }
        }
        return (0..<count).filter { labels[$0] == .out && !founded[$0] }
    }

    /// The IN nodes that no chain of wholly-IN groups leads back to a node without groups (empty when the
    /// labelling is founded). O(n + Σ|groups|).
    public func unfounded(_ labels: [Label]) -> [Int] {
        guard hasGroups else { return [] }
        // Least fixpoint of "IN and (no groups or some group wholly founded)", by counting.
        var founded = [Bool](repeating: false, count: count)
        var missing: [[Int]] = groups.map { $0.map(\.count) }  // per group: members not yet founded
        var watchers = [[(node: Int, group: Int)]](repeating: [], count: count)
        var queue: [Int] = []
        for v in 0..<count where labels[v] == .in {
            if groups[v].isEmpty {
                founded[v] = true
                queue.append(v)
            } else {
                for (g, members) in groups[v].enumerated() where members.allSatisfy({ labels[$0] == .in }) {
                    for m in members { watchers[m].append((v, g)) }
                }
            }
        }
        var head = 0
        while head < queue.count {
            let u = queue[head]
            head += 1
            for (v, g) in watchers[u] where !founded[v] {
                missing[v][g] -= 1
                if missing[v][g] == 0 {
                    founded[v] = true
                    queue.append(v)
                }
            }
        }
        return (0..<count).filter { labels[$0] == .in && !founded[$0] }
    }
}
