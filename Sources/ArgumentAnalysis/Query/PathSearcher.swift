import ArgumentModel

/// One edge walked by a path: `from` → `to` along `relation`, possibly against its direction, or along a premise
/// link (a premise → its argument, `MapConnection/Kind/premise`; `relation` nil, `type` support).
public struct ProofStep: Hashable, Sendable, Codable {
    /// The node the step leaves.
    public var from: NodeID
    /// The node the step reaches.
    public var to: NodeID
    /// The relation walked; nil for a premise link.
    public var relation: RelationID?
    /// The relation's type (`support` for a premise link: a premise supports its argument).
    public var type: RelationType
    /// Whether the step walks from the relation's target to its source (an inverse `^p`, or a symmetric relation
    /// stored the other way round).
    public var reversed: Bool

    /// Creates a step.
    public init(from: NodeID, to: NodeID, relation: RelationID?, type: RelationType, reversed: Bool) {
        self.from = from
        self.to = to
        self.relation = relation
        self.type = type
        self.reversed = reversed
    }

    /// A premise link (premise → argument), walked forwards or (`reversed`) backwards.
    public static func premise(from: NodeID, to: NodeID, reversed: Bool) -> ProofStep {
        ProofStep(from: from, to: to, relation: nil, type: .support, reversed: reversed)
    }

    /// Whether this step walks a premise link rather than a relation.
    public var isPremiseLink: Bool { relation == nil }

    /// How the step is named in chains: `premise` for a premise link, else the relation type.
    public var label: String { isPremiseLink ? "premise" : type.rawValue }
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
    /// The adjacency index searched.
    public let index: AdjacencyIndex
    /// Adjacency entries examined so far by all searches of this searcher (the "edges reached").
    public private(set) var edgesTraversed = 0

    private var stamp: [UInt32]
    private var nodeStamp: [UInt32]
    private var generation: UInt32 = 0
    private let states: Int

    /// A searcher for `automaton` over `graph`, using a prebuilt `index` of the same graph (or building one,
    /// O(nodes + relations)). O(nodes × states) to allocate the visited marks.
    public init(graph: ArgumentGraph, automaton: PathAutomaton, index: AdjacencyIndex? = nil) {
        self.graph = graph
        self.automaton = automaton
        self.index = index ?? AdjacencyIndex(graph)
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

    /// The bit of `type` in a step mask.
    @inline(__always)
    public static func bit(_ type: RelationType) -> UInt16 {
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

    /// The bit of a premise link (premise → argument) in a step mask.
    public static let premiseBit: UInt16 = 1 << 7
    /// The bit of a `conclusion` link (a reconstructed argument's derived support of its main conclusion).
    public static let conclusionBit: UInt16 = 1 << 8

    /// Every node the path reaches from `start`, each with the length of a shortest matching path, in BFS order
    /// (by distance, then discovery). With a zero-length match (`p*`, `p?`) `start` itself comes first at
    /// distance 0. Complexity: O(S × (nodes reached + edges reached)).
    public func reach(from start: NodeID) -> [(node: NodeID, distance: Int)] {
        nextGeneration()
        let g = generation, states = states, automaton = automaton
        let (fStart, fEdges, bStart, bEdges) = (index.forwardStart, index.forward, index.backwardStart, index.backward)
        var stamp = self.stamp, nodeStamp = self.nodeStamp
        self.stamp = []
        self.nodeStamp = []
        var scanned = 0
        var result: [(node: NodeID, distance: Int)] = []
        var frontier = [(start.index, automaton.start)]
        var next: [(Int, Int)] = []
        stamp[start.index * states + automaton.start] = g
        var distance = 0
        while !frontier.isEmpty {
            for (n, q) in frontier {
                if automaton.accepting[q], nodeStamp[n] != g {
                    nodeStamp[n] = g
                    result.append((NodeID(n), distance))
                }
                for (step, targets) in automaton.transitions[q] {
                    let (starts, edges) = step.reversed ? (bStart, bEdges) : (fStart, fEdges)
                    let range = Int(starts[n])..<Int(starts[n + 1])
                    scanned += range.count
                    for e in range where edges[e].bit & step.mask != 0 {
                        let m = Int(edges[e].neighbour)
                        for t in targets where stamp[m * states + t] != g {
                            stamp[m * states + t] = g
                            next.append((m, t))
                        }
                    }
                }
            }
            swap(&frontier, &next)
            next.removeAll(keepingCapacity: true)
            distance += 1
        }
        self.stamp = stamp
        self.nodeStamp = nodeStamp
        edgesTraversed += scanned
        return result
    }

    /// One shortest matching path from `start` to `end` (fewest edges; ties broken by adjacency order), or nil.
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
                let (starts, edges) = step.reversed ? (index.backwardStart, index.backward) : (index.forwardStart, index.forward)
                let range = Int(starts[n])..<Int(starts[n + 1])
                edgesTraversed += range.count
                for e in range where edges[e].bit & step.mask != 0 {
                    let m = Int(edges[e].neighbour)
                    for t in targets where stamp[m * states + t] != generation {
                        let k = m * states + t
                        stamp[k] = generation
                        let raw = Int(edges[e].relation)
                        parent[k] = (key, raw < 0
                            ? ProofStep.premise(from: NodeID(n), to: NodeID(m), reversed: edges[e].reversed)
                            : ProofStep(
                                from: NodeID(n), to: NodeID(m), relation: RelationID(raw), type: graph[RelationID(raw)].type,
                                reversed: edges[e].reversed))
                        queue.append(k)
                    }
                }
            }
        }
        return nil
    }
}
