/// Answers the questions of abstract argumentation over a ``LabellingProblem``: one labelling, all labellings,
/// counting, credulous and sceptical acceptance, for every ``Semantics``.
///
/// Grounded is unit propagation (``GroundedSolver``, linear). The others run CaDiCaL on `LabellingEncoding`
/// with the grounded labelling fixed: complete and stable directly; preferred by iterative maximisation of the
/// IN set (each round asks for a strict superset, until UNSAT), semi-stable likewise on the range IN ∪ OUT.
/// Enumeration adds a blocking clause per answer. Each SAT call is NP-hard in the worst case; the number of calls
/// is O(n) per maximised answer. A single preferred or stable labelling of a framework without reason groups is
/// found SCC by SCC (`SCCDecomposition`), since these semantics are decomposable along strongly connected
/// components.
public struct SemanticsSolver: Sendable {
    /// The problem solved.
    public let problem: LabellingProblem
    /// The grounded labelling (computed once).
    public let groundedLabelling: [Label]

    /// A solver for `problem`. O(n + m) to compute the grounded labelling.
    public init(_ problem: LabellingProblem) {
        self.problem = problem
        groundedLabelling = GroundedSolver.labelling(problem)
    }

    /// One labelling of `semantics`, or nil when there is none (only stable can have none).
    public func some(_ semantics: Semantics) -> [Label]? {
        switch semantics {
        case .grounded, .complete: return groundedLabelling
        case .preferred, .stable:
            if !problem.hasGroups { return SCCDecomposition.solve(problem, semantics, grounded: groundedLabelling) }
            return first(semantics)
        case .semiStable: return first(semantics)
        }
    }

    /// Up to `limit` labellings of `semantics` with pairwise different IN sets (all when `limit` is nil), in the
    /// order the solver finds them.
    public func labellings(_ semantics: Semantics, limit: Int? = nil) -> [[Label]] {
        var found: [[Label]] = []
        enumerate(semantics) { labels in
            found.append(labels)
            return limit.map { found.count < $0 } ?? true
        }
        return found
    }

    /// The number of extensions (distinct IN sets) of `semantics`.
    public func count(_ semantics: Semantics) -> Int {
        var n = 0
        enumerate(semantics) { _ in
            n += 1
            return true
        }
        return n
    }

    /// Whether `argument` is IN in some labelling of `semantics`, with such a labelling as witness.
    public func credulous(_ argument: Int, _ semantics: Semantics) -> (accepted: Bool, witness: [Label]?) {
        switch semantics {
        case .grounded:
            return groundedLabelling[argument] == .in ? (true, groundedLabelling) : (false, nil)
        case .complete, .preferred, .stable:
            if semantics != .stable, groundedLabelling[argument] == .in { return (true, some(semantics)) }
            let encoding = LabellingEncoding(problem, stable: semantics == .stable, grounded: groundedLabelling)
            guard var labels = encoding.solve(assuming: [encoding.inVar[argument]]) else { return (false, nil) }
            if semantics == .preferred { labels = maximiseIn(encoding, labels, assuming: []) }
            return (true, labels)
        case .semiStable:
            var witness: [Label]? = nil
            enumerate(.semiStable) { labels in
                if labels[argument] == .in { witness = labels }
                return witness == nil
            }
            return (witness != nil, witness)
        }
    }

    /// Whether `argument` is IN in every labelling of `semantics` (vacuously true when there is none), with a
    /// labelling where it is not IN as counter-example.
    public func sceptical(_ argument: Int, _ semantics: Semantics) -> (accepted: Bool, counterexample: [Label]?) {
        switch semantics {
        case .grounded, .complete:
            return groundedLabelling[argument] == .in ? (true, nil) : (false, groundedLabelling)
        case .stable:
            if groundedLabelling[argument] == .in { return (true, nil) }
            let encoding = LabellingEncoding(problem, stable: true, grounded: groundedLabelling)
            if let labels = encoding.solve(assuming: [-encoding.inVar[argument]]) { return (false, labels) }
            return (true, nil)
        case .preferred, .semiStable:
            if groundedLabelling[argument] == .in { return (true, nil) }
            var counterexample: [Label]? = nil
            enumerate(semantics) { labels in
                if labels[argument] != .in { counterexample = labels }
                return counterexample == nil
            }
            return (counterexample == nil, counterexample)
        }
    }

    // MARK: Enumeration

    private func first(_ semantics: Semantics) -> [Label]? {
        var result: [Label]? = nil
        enumerate(semantics) { labels in
            result = labels
            return false
        }
        return result
    }

    /// Calls `body` with each labelling (distinct IN sets) until it returns false.
    private func enumerate(_ semantics: Semantics, _ body: ([Label]) -> Bool) {
        if semantics == .grounded {
            _ = body(groundedLabelling)
            return
        }
        let n = problem.count
        let encoding = LabellingEncoding(problem, stable: semantics == .stable, grounded: groundedLabelling)
        let inVar = encoding.inVar
        func blockInSet(_ labels: [Label]) {
            encoding.sat.addClause((0..<n).map { labels[$0] == .in ? -inVar[$0] : inVar[$0] })
        }
        switch semantics {
        case .grounded: return
        case .complete, .stable:
            while let labels = encoding.solve() {
                guard body(labels) else { return }
                if n == 0 { return }
                blockInSet(labels)
            }
        case .preferred:
            while let start = encoding.solve() {
                let labels = maximiseIn(encoding, start, assuming: [])
                guard body(labels) else { return }
                let outside = (0..<n).filter { labels[$0] != .in }
                if outside.isEmpty { return }
                encoding.sat.addClause(outside.map { inVar[$0] })  // later answers are no subsets of this one
            }
        case .semiStable:
            let range = encoding.range
            while let start = encoding.solve() {
                let widest = maximiseRange(encoding, start)
                let fixed = (0..<n).map { widest[$0] == .undec ? -range[$0] : range[$0] }
                var labels: [Label]? = widest
                while let current = labels {
                    guard body(current) else { return }
                    if n == 0 { return }
                    blockInSet(current)
                    labels = encoding.solve(assuming: fixed)
                }
                let open = (0..<n).filter { widest[$0] == .undec }
                if open.isEmpty { return }
                encoding.sat.addClause(open.map { range[$0] })  // later ranges are no subsets of this one
            }
        }
    }

    /// Grows `labels` to a complete labelling with a maximal IN set (a preferred labelling). O(n) SAT calls.
    func maximiseIn(_ encoding: LabellingEncoding, _ labels: [Label], assuming base: [Int32]) -> [Label] {
        maximise(encoding, labels, base: base, member: { $0 == .in }, variables: encoding.inVar)
    }

    /// Grows `labels` to a complete labelling with a maximal range IN ∪ OUT (a semi-stable labelling).
    private func maximiseRange(_ encoding: LabellingEncoding, _ labels: [Label]) -> [Label] {
        maximise(encoding, labels, base: [], member: { $0 != .undec }, variables: encoding.range)
    }

    private func maximise(
        _ encoding: LabellingEncoding, _ start: [Label], base: [Int32], member: (Label) -> Bool, variables: [Int32]
    ) -> [Label] {
        var labels = start
        let sat = encoding.sat
        while true {
            let outside = (0..<problem.count).filter { !member(labels[$0]) }
            if outside.isEmpty { return labels }
            let activation = sat.newVariable()
            sat.addClause([-activation] + outside.map { variables[$0] })
            let keep = (0..<problem.count).filter { member(labels[$0]) }.map { variables[$0] }
            let next = encoding.solve(assuming: base + keep + [activation])
            sat.addClause(-activation)
            guard let next else { return labels }
            labels = next
        }
    }
}
