/// The SAT encoding of complete labellings of a ``LabellingProblem`` (Caminada's labelling rules, plus the
/// reason-group rules), on one CaDiCaL instance.
///
/// Variables: `in_v`, `out_v` per node (UNDEC = neither), `gi` (group wholly IN) and `go` (group has an OUT member)
/// per reason group, `allOut_v` per node with groups, and `r_v` (`in_v ∨ out_v`) on demand for semi-stable.
/// Size: O(n + m + Σ|groups|) clauses. Foundedness (no self-supporting IN or OUT) is added lazily: when a model
/// has an unfounded set U of IN nodes, a loop formula `in_u → ∨ external groups of U wholly IN` is added for each
/// u ∈ U (likewise for OUT) and the solver runs again, as SAT-based answer-set solvers do; each round excludes the
/// model found.
/// Not `Sendable`: one per query.
final class LabellingEncoding {
    let problem: LabellingProblem
    let sat = SATSolver()
    private(set) var inVar: [Int32] = []
    private(set) var outVar: [Int32] = []
    private var groupInVar: [[Int32]] = []
    private var rangeVar: [Int32]? = nil

    /// Encodes complete labellings; `stable` forbids UNDEC. The grounded labelling is fixed by unit clauses
    /// (every complete labelling extends it), which prunes most of the search.
    init(_ problem: LabellingProblem, stable: Bool, grounded: [Label]? = nil) {
        self.problem = problem
        let n = problem.count
        let af = problem.framework
        inVar = (0..<n).map { _ in sat.newVariable() }
        outVar = (0..<n).map { _ in sat.newVariable() }
        groupInVar = Array(repeating: [], count: n)
        for v in 0..<n {
            let iv = inVar[v], ov = outVar[v]
            sat.addClause(-iv, -ov)
            if stable { sat.addClause(iv, ov) }
            let attackers = af.attackers(of: v).map { Int($0) }
            for a in attackers {
                sat.addClause(-iv, outVar[a])
                sat.addClause(-inVar[a], ov)
            }
            let groups = problem.groups[v]
            var notAllAttackersOut = attackers.map { -outVar[$0] }
            if groups.isEmpty {
                sat.addClause([iv] + notAllAttackersOut)
                sat.addClause([-ov] + attackers.map { inVar[$0] })
                continue
            }
            var gis: [Int32] = []
            var gos: [Int32] = []
            for g in groups {
                let gi = sat.newVariable(), go = sat.newVariable()
                for m in g { sat.addClause(-gi, inVar[m]) }
                sat.addClause([gi] + g.map { -inVar[$0] })
                sat.addClause([-go] + g.map { outVar[$0] })
                for m in g { sat.addClause(go, -outVar[m]) }
                gis.append(gi)
                gos.append(go)
            }
            groupInVar[v] = gis
            sat.addClause([-iv] + gis)
            notAllAttackersOut.append(0)
            for gi in gis {
                notAllAttackersOut[notAllAttackersOut.count - 1] = -gi
                sat.addClause([iv] + notAllAttackersOut)
            }
            let allOut = sat.newVariable()
            for go in gos { sat.addClause(-allOut, go) }
            sat.addClause([allOut] + gos.map { -$0 })
            sat.addClause(-allOut, ov)
            sat.addClause([-ov, allOut] + attackers.map { inVar[$0] })
        }
        if let grounded {
            for v in 0..<n {
                switch grounded[v] {
                case .in: sat.addClause(inVar[v])
                case .out: sat.addClause(outVar[v])
                case .undec: break
                }
            }
        }
    }

    /// The `r_v ↔ in_v ∨ out_v` variables (created on first use).
    var range: [Int32] {
        if let rangeVar { return rangeVar }
        let r = (0..<problem.count).map { v -> Int32 in
            let r = sat.newVariable()
            sat.addClause(-r, inVar[v], outVar[v])
            sat.addClause(r, -inVar[v])
            sat.addClause(r, -outVar[v])
            return r
        }
        rangeVar = r
        return r
    }

    /// A founded complete labelling under `assumptions`, or nil when there is none.
    func solve(assuming assumptions: [Int32] = []) -> [Label]? {
        while true {
            guard sat.solve(assuming: assumptions) else { return nil }
            let labels = (0..<problem.count).map { v -> Label in
                sat.value(inVar[v]) ? .in : sat.value(outVar[v]) ? .out : .undec
            }
            let unfounded = problem.unfounded(labels)
            let unfoundedOut = problem.unfoundedOut(labels)
            if unfounded.isEmpty && unfoundedOut.isEmpty { return labels }
            if !unfounded.isEmpty { addLoopFormulas(Set(unfounded)) }
            if !unfoundedOut.isEmpty { addOutLoopFormulas(Set(unfoundedOut)) }
        }
    }

    /// For an unfounded set U: every u ∈ U may be IN only if some group of a U member that lies outside U is
    /// wholly IN.
    private func addLoopFormulas(_ set: Set<Int>) {
        var external: [Int32] = []
        for u in set.sorted() {
            for (k, g) in problem.groups[u].enumerated() where !g.contains(where: set.contains) {
                external.append(groupInVar[u][k])
            }
        }
        for u in set.sorted() { sat.addClause([-inVar[u]] + external) }
    }

    /// For an unfounded set U of OUT nodes: every u ∈ U may be OUT only if some member of U has an IN attacker,
    /// or has an OUT member outside U in each of its groups (`e_w` below implies the latter).
    private func addOutLoopFormulas(_ set: Set<Int>) {
        var reasons: [Int32] = []
        for w in set.sorted() {
            reasons += problem.framework.attackers(of: w).map { inVar[Int($0)] }
            let groups = problem.groups[w]
            guard !groups.isEmpty else { continue }
            let outside = groups.map { $0.filter { !set.contains($0) } }
            if outside.contains(where: \.isEmpty) { continue }
            let e = sat.newVariable()
            for g in outside { sat.addClause([-e] + g.map { outVar[$0] }) }
            reasons.append(e)
        }
        for u in set.sorted() { sat.addClause([-outVar[u]] + reasons) }
    }
}
