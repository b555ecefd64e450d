import ArgumentModel

/// One preferred labelling of a framework without reason groups, found component by component.
///
/// Components are solved in topological order, each as a small framework whose outside attackers are replaced by
/// their already-fixed labels (an IN attacker by an unattacked stand-in, an UNDEC one by a self-attacking
/// stand-in; OUT attackers drop out). Preferred semantics is decomposable along strongly connected components
/// (Baroni, Giacomin and Guida's SCC-recursiveness), so the pieces form a preferred labelling of the whole.
/// Components whose labels the grounded labelling already fixes cost nothing. Time: O(n + m) plus the SAT calls
/// on each undecided component.
enum SCCDecomposition {
    static func solve(_ problem: LabellingProblem, _ semantics: Semantics, grounded: [Label]) -> [Label]? {
        let af = problem.framework
        guard semantics == .preferred else {
            // Stable needs backtracking between components (an upstream choice can leave a later one without a
            // stable labelling), so it is solved as a whole.
            return SemanticsSolver(problem).labellings(semantics, limit: 1).first
        }
        var labels = grounded
        var local = [Int](repeating: -1, count: problem.count)
        for component in StronglyConnectedComponents.of(af) where component.contains(where: { grounded[$0] == .undec }) {
            for (i, v) in component.enumerated() { local[v] = i }
            var attacks: [AttackFramework.Attack] = []
            let standInIn = component.count, standInUndec = component.count + 1
            for (i, v) in component.enumerated() {
                for a in af.attackers(of: v) {
                    let a = Int(a)
                    if local[a] >= 0 {
                        attacks.append(.init(local[a], i))
                    } else if labels[a] == .in {
                        attacks.append(.init(standInIn, i))
                    } else if labels[a] == .undec {
                        attacks.append(.init(standInUndec, i))
                    }
                }
            }
            attacks.append(.init(standInUndec, standInUndec))
            let sub = AttackFramework(names: Array(repeating: "", count: component.count + 2), attacks: attacks)
            let subSolver = SemanticsSolver(LabellingProblem(framework: sub))
            guard let subLabels = subSolver.labellings(.preferred, limit: 1).first else { return nil }
            for (i, v) in component.enumerated() {
                labels[v] = subLabels[i]
                local[v] = -1
            }
        }
        return labels
    }
}
