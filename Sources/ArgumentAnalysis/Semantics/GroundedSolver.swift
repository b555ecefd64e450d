/// The grounded labelling by unit propagation from "everything UNDEC".
///
/// A node becomes IN when every attacker is OUT (and, with reasons, some group is wholly IN); OUT when an
/// attacker is IN (or every group has an OUT member). Each attack and each group membership is looked at a
/// constant number of times, so the whole run is O(n + m + Σ|groups|): linear time. The result is the least
/// complete labelling; every IN node is founded because it was derived.
public enum GroundedSolver {
    /// The grounded labelling of `problem`.
    public static func labelling(_ problem: LabellingProblem) -> [Label] {
        let n = problem.count
        let af = problem.framework
        var labels = [Label](repeating: .undec, count: n)
        var notOutAttackers = [Int32](repeating: 0, count: n)
        for v in 0..<n { notOutAttackers[v] = Int32(af.attackers(of: v).count) }

        // Group bookkeeping (only when there are groups): membership lists point from a member to (node, group).
        let hasGroups = problem.hasGroups
        var notInMembers: [Int32] = []
        var hasOutMember: [Bool] = []
        var groupsWithoutOut = [Int32](repeating: 0, count: hasGroups ? n : 0)
        var someGroupIn = [Bool](repeating: false, count: hasGroups ? n : 0)
        var memberships = [[Int]](repeating: [], count: hasGroups ? n : 0)  // member → global group ids
        var groupOwner: [Int] = []
        if hasGroups {
            for v in 0..<n {
                groupsWithoutOut[v] = Int32(problem.groups[v].count)
                for g in problem.groups[v] {
                    let id = groupOwner.count
                    groupOwner.append(v)
                    notInMembers.append(Int32(g.count))
                    hasOutMember.append(false)
                    for m in g { memberships[m].append(id) }
                }
            }
        }

        func canBeIn(_ v: Int) -> Bool {
            labels[v] == .undec && notOutAttackers[v] == 0
                && (!hasGroups || problem.groups[v].isEmpty || someGroupIn[v])
        }

        var queue: [Int32] = []
        queue.reserveCapacity(n)
        for v in 0..<n where canBeIn(v) {
            labels[v] = .in
            queue.append(Int32(v))
        }
        var head = 0
        while head < queue.count {
            let u = Int(queue[head])
            head += 1
            if labels[u] == .in {
                for t in af.targets(of: u) where labels[Int(t)] == .undec {
                    labels[Int(t)] = .out
                    queue.append(t)
                }
                if hasGroups {
                    for id in memberships[u] {
                        notInMembers[id] -= 1
                        let v = groupOwner[id]
                        if notInMembers[id] == 0 {
                            someGroupIn[v] = true
                            if canBeIn(v) {
                                labels[v] = .in
                                queue.append(Int32(v))
                            }
                        }
                    }
                }
            } else {
                for t in af.targets(of: u) {
                    let t = Int(t)
                    notOutAttackers[t] -= 1
                    if canBeIn(t) {
                        labels[t] = .in
                        queue.append(Int32(t))
                    }
                }
                if hasGroups {
                    for id in memberships[u] where !hasOutMember[id] {
                        hasOutMember[id] = true
                        let v = groupOwner[id]
                        groupsWithoutOut[v] -= 1
                        if groupsWithoutOut[v] == 0, labels[v] == .undec {
                            labels[v] = .out
                            queue.append(Int32(v))
                        }
                    }
                }
            }
        }
        return labels
    }
}
