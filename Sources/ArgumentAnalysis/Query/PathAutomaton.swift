import ArgumentModel

/// A path expression compiled to an epsilon-free nondeterministic automaton whose letters are edge steps.
///
/// Built by Thompson's construction (inverses pushed down to the relation names: `^(p/q)` = `^q/^p`), then
/// epsilon transitions are removed. Size: O(m) states and O(m²) transitions for a path of m operators.
/// Evaluating a path from a node is a breadth-first search over the product (node, state); see ``PathSearcher``.
public struct PathAutomaton: Sendable {
    /// One edge step: which relation types, and whether to walk edges backwards (`to` → `from`).
    /// Symmetric types (contradictory, contrary) are walked both ways in either case (see ``AdjacencyIndex``).
    public struct Step: Hashable, Sendable {
        /// The matching relation types, one bit each (see ``PathAutomaton/bit(_:)``).
        public var mask: UInt16
        /// Walk from the relation's target to its source.
        public var reversed: Bool
    }

    /// Per state: the transitions leaving it, grouped by step, each step with its target states.
    public let transitions: [[(step: Step, targets: [Int])]]
    /// The start state.
    public let start: Int
    /// Per state: whether it accepts.
    public let accepting: [Bool]

    /// Number of states.
    public var stateCount: Int { accepting.count }

    /// The bit of one relation type in a ``Step/mask``.
    public static func bit(_ type: RelationType) -> UInt16 { PathSearcher.bit(type) }

    /// Compiles `path`. Complexity: O(m²) for m operators in the path.
    public init(_ path: PathExpression) {
        var builder = ThompsonBuilder()
        let (s, e) = builder.build(path, inverted: false)
        let n = builder.epsilon.count
        // Epsilon closures by depth-first search from each state.
        var closures = [[Int]](repeating: [], count: n)
        for q in 0..<n {
            var seen = Set([q]), stack = [q], order = [q]
            while let x = stack.popLast() {
                for y in builder.epsilon[x] where seen.insert(y).inserted {
                    stack.append(y)
                    order.append(y)
                }
            }
            closures[q] = order
        }
        // Keep only states reachable from the start by labelled transitions (plus the start itself).
        var keep = [s], index = [s: 0], queue = [s]
        var grouped: [[(step: Step, targets: [Int])]] = []
        var head = 0
        while head < queue.count {
            let q = queue[head]
            head += 1
            var steps: [(step: Step, targets: [Int])] = []
            for p in closures[q] {
                for (step, target) in builder.labelled[p] {
                    let t: Int
                    if let known = index[target] {
                        t = known
                    } else {
                        t = keep.count
                        index[target] = t
                        keep.append(target)
                        queue.append(target)
                    }
                    if let i = steps.firstIndex(where: { $0.step == step }) {
                        if !steps[i].targets.contains(t) { steps[i].targets.append(t) }
                    } else {
                        steps.append((step, [t]))
                    }
                }
            }
            grouped.append(steps)
        }
        transitions = grouped
        start = 0
        accepting = keep.map { closures[$0].contains(e) }
    }
}

/// Thompson's construction with epsilon and labelled transitions.
private struct ThompsonBuilder {
    var epsilon: [[Int]] = []
    var labelled: [[(PathAutomaton.Step, Int)]] = []

    mutating func state() -> Int {
        epsilon.append([])
        labelled.append([])
        return epsilon.count - 1
    }

    /// Returns the (start, end) states of a fragment for `path` (walked backwards when `inverted`).
    mutating func build(_ path: PathExpression, inverted: Bool) -> (Int, Int) {
        switch path {
        case .predicate(let p):
            let s = state(), e = state()
            let mask = p.stepMask
            labelled[s].append((PathAutomaton.Step(mask: mask, reversed: inverted), e))
            return (s, e)
        case .inverse(let p):
            return build(p, inverted: !inverted)
        case .sequence(let a, let b):
            let (first, second) = inverted ? (b, a) : (a, b)
            let x = build(first, inverted: inverted), y = build(second, inverted: inverted)
            epsilon[x.1].append(y.0)
            return (x.0, y.1)
        case .alternative(let a, let b):
            let s = state()
            let x = build(a, inverted: inverted), y = build(b, inverted: inverted)
            let e = state()
            epsilon[s] += [x.0, y.0]
            epsilon[x.1].append(e)
            epsilon[y.1].append(e)
            return (s, e)
        case .zeroOrMore(let p), .oneOrMore(let p), .zeroOrOne(let p):
            let s = state()
            let x = build(p, inverted: inverted)
            let e = state()
            epsilon[s].append(x.0)
            epsilon[x.1].append(e)
            if case .oneOrMore = path {} else { epsilon[s].append(e) }
            if case .zeroOrOne = path {} else { epsilon[x.1].append(x.0) }
            return (s, e)
        }
    }
}
