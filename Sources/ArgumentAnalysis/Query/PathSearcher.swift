import ArgumentModel

/// One edge walked by a path: `from` → `to` along `relation`, possibly against its direction.
public struct ProofStep: Hashable, Sendable, Codable {
    /// The node the step leaves.
    public var from: NodeID
    /// The node the step reaches.
    public var to: NodeID
    /// The relation walked.
    public var relation: RelationID
    /// The relation's type.
    public var type: RelationType
    /// Whether the step walks from the relation's target to its source (an inverse `^p`, or a symmetric relation
    /// stored the other way round).
    public var reversed: Bool

    /// Creates a step.
    public init(from: NodeID, to: NodeID, relation: RelationID, type: RelationType, reversed: Bool) {
        self.from = from
        self.to = to
        self.relation = relation
        self.type = type
        self.reversed = reversed
    }
}

/// Breadth-first search over the product of a graph and a ``PathAutomaton``.
///
/// Each (node, state) pair is visited at most once per search, and each visit walks the node's adjacency once
/// per step leaving the state, so one search costs O(S × (nodes reached + edges reached)) for S automaton states:
/// closures terminate on cycles with set semantics and nothing is materialised twice. Visited marks are kept in a
/// generation-stamped array (allocated once per searcher, O(nodes × S)), so many searches from different start
/// nodes cost only what each reaches. Not thread-safe: one searcher per task.
public final class PathSearcher {
    /// The graph searched.
    public let graph: ArgumentGraph
    /// The automaton searched with.
    public let automaton: PathAutomaton
    /// Relations examined so far by all searches of this searcher (the "edges reached").
    public private(set) var edgesTraversed = 0

    private var stamp: [UInt32]
    private var nodeStamp: [UInt32]
    private var generation: UInt32 = 0
    private let states: Int

    /// A searcher for `automaton` over `graph`. O(nodes × states) to allocate the visited marks.
    public init(graph: ArgumentGraph, automaton: PathAutomaton) {
        self.graph = graph
        self.automaton = automaton
        states = automaton.stateCount
        stamp = [UInt32](repeating: 0, count: graph.nodes.count * states)
        nodeStamp = [UInt32](repeating: 0, count: graph.nodes.count)
    }

    private func nextGeneration() {
        if generation == UInt32.max {
            generation = 0
            for i in stamp.indices { stamp[i] = 0 }
            for i in nodeStamp.indices { nodeStamp[i] = 0 }
        }
        generation += 1
    }

    /// The bit of `type` in a step mask (same as ``PathAutomaton/bit(_:)``, without a search).
    @inline(__always)
    static func bit(_ type: RelationType) -> UInt16 {
        switch type {
        case .support: 1 << 0
        case .attack: 1 << 1
        case .undercut: 1 << 2
        case .contradictory: 1 << 3
        case .entails: 1 << 4
        case .contrary: 1 << 5
        case .rephrase: 1 << 6
        }
    }

    /// Calls `body(neighbour, relation, reversed)` for each edge `step` allows from `node`. O(degree).
    @inline(__always)
    private func forEachEdge(_ node: NodeID, _ step: PathAutomaton.Step, _ body: (NodeID, Relation, Bool) -> Void) {
        let relations = graph.relations
        let primary = step.reversed ? graph.incoming(node) : graph.outgoing(node)
        edgesTraversed += primary.count
        for id in primary {
            let r = relations[id.index]
            if Self.bit(r.type) & step.mask != 0 { body(step.reversed ? r.from : r.to, r, step.reversed) }
        }
        guard step.mask & PathAutomaton.symmetricMask != 0 else { return }
        let secondary = step.reversed ? graph.outgoing(node) : graph.incoming(node)
        edgesTraversed += secondary.count
        for id in secondary {
            let r = relations[id.index]
            if r.type.isSymmetric, Self.bit(r.type) & step.mask != 0 {
                body(step.reversed ? r.to : r.from, r, !step.reversed)
            }
        }
    }

    /// Every node the path reaches from `start`, each with the length of a shortest matching path, in BFS order
    /// (by distance, then discovery). With a zero-length match (`p*`, `p?`) `start` itself comes first at
    /// distance 0. Complexity: O(S × (nodes reached + edges reached)).
    public func reach(from start: NodeID) -> [(node: NodeID, distance: Int)] {
        nextGeneration()
        var result: [(node: NodeID, distance: Int)] = []
        var frontier = [(start.index, automaton.start)]
        stamp[start.index * states + automaton.start] = generation
        var distance = 0
        while !frontier.isEmpty {
            var next: [(Int, Int)] = []
            for (n, q) in frontier {
                if automaton.accepting[q], nodeStamp[n] != generation {
                    nodeStamp[n] = generation
                    result.append((NodeID(n), distance))
                }
                for (step, targets) in automaton.transitions[q] {
                    forEachEdge(NodeID(n), step) { m, _, _ in
                        for t in targets where stamp[m.index * states + t] != generation {
                            stamp[m.index * states + t] = generation
                            next.append((m.index, t))
                        }
                    }
                }
            }
            frontier = next
            distance += 1
        }
        return result
    }

    /// One shortest matching path from `start` to `end` (fewest edges; ties broken by relation order), or nil.
    /// An empty array means the zero-length path (`start == end` and the path matches it).
    /// Complexity: O(S × (nodes reached + edges reached)).
    public func shortestPath(from start: NodeID, to end: NodeID) -> [ProofStep]? {
        nextGeneration()
        var parent: [Int: (previous: Int, step: ProofStep)] = [:]
        let origin = start.index * states + automaton.start
        stamp[origin] = generation
        var queue = [origin]
        var head = 0
        while head < queue.count {
            let key = queue[head]
            head += 1
            let (n, q) = key.quotientAndRemainder(dividingBy: states)
            if n == end.index, automaton.accepting[q] {
                var steps: [ProofStep] = []
                var k = key
                while let p = parent[k] {
                    steps.append(p.step)
                    k = p.previous
                }
                return steps.reversed()
            }
            for (step, targets) in automaton.transitions[q] {
                forEachEdge(NodeID(n), step) { m, r, reversed in
                    for t in targets where stamp[m.index * states + t] != generation {
                        let k = m.index * states + t
                        stamp[k] = generation
                        parent[k] = (key, ProofStep(from: NodeID(n), to: m, relation: r.id, type: r.type, reversed: reversed))
                        queue.append(k)
                    }
                }
            }
        }
        return nil
    }
}
