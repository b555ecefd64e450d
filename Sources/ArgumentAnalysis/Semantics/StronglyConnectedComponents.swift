import ArgumentModel

/// Strongly connected components of a framework's attack graph (Tarjan's algorithm, iterative so that a
/// million-argument chain does not overflow the stack). O(n + m).
public enum StronglyConnectedComponents {
    /// The components in topological order: every attack between two components goes from an earlier one to a
    /// later one. Each component lists its arguments in increasing order.
    public static func of(_ framework: AttackFramework) -> [[Int]] {
        let n = framework.count
        var index = [Int32](repeating: -1, count: n)
        var low = [Int32](repeating: 0, count: n)
        var onStack = [Bool](repeating: false, count: n)
        var stack: [Int] = []
        var components: [[Int]] = []
        var counter: Int32 = 0
        var frames: [(node: Int, next: Int)] = []
        for root in 0..<n where index[root] < 0 {
            frames.append((root, 0))
            index[root] = counter; low[root] = counter; counter += 1
            stack.append(root); onStack[root] = true
            while let frame = frames.last {
                let v = frame.node
                let targets = framework.targets(of: v)
                if frame.next < targets.count {
                    frames[frames.count - 1].next += 1
                    let w = Int(targets[targets.startIndex + frame.next])
                    if index[w] < 0 {
                        index[w] = counter; low[w] = counter; counter += 1
                        stack.append(w); onStack[w] = true
                        frames.append((w, 0))
                    } else if onStack[w] {
                        low[v] = min(low[v], index[w])
                    }
                    continue
                }
                frames.removeLast()
                if let parent = frames.last { low[parent.node] = min(low[parent.node], low[v]) }
                if low[v] == index[v] {
                    var component: [Int] = []
                    while let w = stack.popLast() {
                        onStack[w] = false
                        component.append(w)
                        if w == v { break }
                    }
                    components.append(component.sorted())
                }
            }
        }
        return components.reversed()  // Tarjan emits sinks first
    }
}

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
