import CCaDiCaL

/// A thin owner of one CaDiCaL instance: clauses over positive integer variables, assumptions, models.
///
/// Not `Sendable`: make one per query and use it on one thread. Literals are DIMACS style (`v` / `-v`, `v ≥ 1`).
final class SATSolver {
    private let handle: OpaquePointer
    private(set) var variableCount: Int32 = 0

    init() {
        guard let h = ccadical_init() else { fatalError("CaDiCaL could not allocate a solver") }
        handle = h
        ccadical_set_option(h, "quiet", 1)  // CaDiCaL reports some root-level conflicts on stdout otherwise
    }

    deinit { ccadical_release(handle) }

    /// A fresh variable.
    func newVariable() -> Int32 {
        variableCount += 1
        return variableCount
    }

    /// Adds the clause `literals[0] ∨ literals[1] ∨ …` (the empty clause makes the formula unsatisfiable).
    func addClause(_ literals: [Int32]) {
        for l in literals { ccadical_add(handle, l) }
        ccadical_add(handle, 0)
    }

    /// Adds the clause of the given literals (variadic convenience).
    func addClause(_ literals: Int32...) { addClause(literals) }

    /// Solves under `assumptions` (they hold for this call only). True when satisfiable.
    func solve(assuming assumptions: [Int32] = []) -> Bool {
        for a in assumptions { ccadical_assume(handle, a) }
        let result = ccadical_solve(handle)
        precondition(result == 10 || result == 20, "CaDiCaL returned \(result)")
        return result == 10
    }

    /// After a satisfiable `solve`: whether `variable` is true in the model.
    func value(_ variable: Int32) -> Bool { ccadical_val(handle, variable) > 0 }
}
