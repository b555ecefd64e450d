import ArgumentModel
import Dispatch
import Foundation

/// A compact adjacency index for path searches: per node, the edges that can be walked forwards and backwards,
/// each with its neighbour, relation id, relation-type bit and whether walking it goes against the relation's
/// direction. Symmetric relations (contradictory, contrary) are entered both ways, so a search scans one list.
///
/// Built once per graph in O(nodes + relations) (``QueryEngine`` builds it in its initialiser); the graph's own
/// indexes hold full `Relation` values, which are too heavy to copy in an inner loop.
public struct AdjacencyIndex: Sendable {
    /// One walkable edge.
    public struct Edge: Sendable {
        /// The node reached.
        public var neighbour: Int32
        /// The relation walked; -1 for a premise link (premise → argument, `MapConnection/Kind/premise`).
        public var relation: Int32
        /// The relation type's bit (see ``PathAutomaton/bit(_:)``).
        public var bit: UInt16
        /// Whether walking this edge goes from the relation's target to its source.
        public var reversed: Bool
    }

    /// Edges walked forwards from node i: `forward[forwardStart[i]..<forwardStart[i+1]]`.
    let forwardStart: [Int32]
    let forward: [Edge]
    /// Edges walked backwards from node i.
    let backwardStart: [Int32]
    let backward: [Edge]

    /// Number of nodes indexed.
    public let nodeCount: Int

    /// Indexes `graph`'s connections (`MapConnectionList` with every derived relation: queries ask
    /// about Argdown's model), premise links included (bit ``PathSearcher/premiseBit``, and the support bit too
    /// unless `premiseSupports` is false: a premise supports its argument). A reconstructed argument's support of
    /// its main conclusion also carries ``PathSearcher/conclusionBit``. Complexity: O(nodes + relations + pcs size).
    public init(_ graph: ArgumentGraph, premiseSupports: Bool = true) {
        if let plain = Self(plain: graph) {
            self = plain
            return
        }
        self.init(MapConnectionList(graph, derived: .all), nodeCount: graph.nodes.count, premiseSupports: premiseSupports)
    }

    /// The index of a graph with no premise-conclusion structure and no symmetric relation (a large map, as a
    /// rule), read from the graph's own adjacency lists: there every connection is a relation of kind `relation`,
    /// in relation order, entered one way, so node i's edges are its outgoing (incoming) relations in id order,
    /// which is what ``init(_:nodeCount:premiseSupports:)`` places from the connections. The edges are written in
    /// order, without counting or placing, and no connection list is made; on a large graph and two cores the two
    /// directions are written at once, on two threads (each reads the graph and writes its own array). Nil when the
    /// graph has a structure or a symmetric relation. O(nodes + relations).
    init?(plain graph: ArgumentGraph) {
        let nodes = graph.nodes
        guard !nodes.indices.contains(where: { nodes[$0].pcs != nil }) else { return nil }
        let forwardEdges = { Self.edges(graph.outgoingRows.list, graph.relations, forward: true) }
        let backwardEdges = { @Sendable in Self.edges(graph.incomingRows.list, graph.relations, forward: false) }
        let (forward, backward) = graph.relations.count >= Self.twoThreadThreshold && TwoThreads.hasTwoCores
            ? TwoThreads.overlap(backwardEdges, with: forwardEdges)  // each direction on its own thread
            : (forwardEdges(), backwardEdges())
        guard let forward, let backward else { return nil }
        nodeCount = nodes.count
        self.forward = forward
        self.backward = backward
        forwardStart = graph.outgoingRows.start.map { Int32(truncatingIfNeeded: $0) }
        backwardStart = graph.incomingRows.start.map { Int32(truncatingIfNeeded: $0) }
    }

    /// The number of relations from which ``init(plain:)`` writes its two directions on two threads (below it, a
    /// direction takes well under a millisecond and handing it over is not worth it).
    static let twoThreadThreshold = 50_000

    /// One edge per relation of `list`, in its order: to the relation's target (`forward`) or from it to its source.
    /// Nil at the first symmetric relation (those are entered both ways). O(list).
    private static func edges(_ list: [RelationID], _ relations: [Relation], forward: Bool) -> [Edge]? {
        var symmetric = false
        let edges = [Edge](unsafeUninitializedCapacity: list.count) { out, count in
            count = 0
            relations.withUnsafeBufferPointer { relations in
                for k in list.indices {
                    let id = list[k].index
                    let type = relations[id].type
                    if type.isSymmetric {
                        symmetric = true
                        return
                    }
                    let neighbour = forward ? relations[id].to.index : relations[id].from.index
                    out[k] = Edge(
                        neighbour: Int32(truncatingIfNeeded: neighbour), relation: Int32(truncatingIfNeeded: id),
                        bit: PathSearcher.bit(type), reversed: !forward)
                }
            }
            if !symmetric { count = list.count }
        }
        return symmetric ? nil : edges
    }

    /// Indexes `connections` of a graph of `nodeCount` nodes, as ``init(_:premiseSupports:)``: each node's edges in
    /// connection order (a symmetric connection's reversed edge after its forward one). Two passes over the
    /// connection columns: one counts each node's edges, one places them, from the last connection back, so the
    /// running ends become the starts. Complexity: O(nodes + connections).
    public init(_ connections: MapConnectionList, nodeCount n: Int, premiseSupports: Bool = true) {
        nodeCount = n
        let (sources, targets, types) = (connections.sources, connections.targets, connections.types)
        var fEnd = [Int32](repeating: 0, count: n + 1), bEnd = [Int32](repeating: 0, count: n + 1)
        for c in sources.indices {
            let (from, to) = (Int(sources[c]), Int(targets[c]))
            fEnd[from] += 1
            bEnd[to] += 1
            if types[c].isSymmetric {
                fEnd[to] += 1
                bEnd[from] += 1
            }
        }
        var (fTotal, bTotal): (Int32, Int32) = (0, 0)
        for i in 0..<n {
            fTotal += fEnd[i]
            bTotal += bEnd[i]
            fEnd[i] = fTotal
            bEnd[i] = bTotal
        }
        fEnd[n] = fTotal
        bEnd[n] = bTotal
        let premiseBit = PathSearcher.premiseBit | (premiseSupports ? PathSearcher.bit(.support) : 0)
        let (relations, kinds) = (connections.relations, connections.kinds)
        // Every slot is written once: the counts above are the number of edges placed below.
        var backward: [Edge] = []
        forward = [Edge](unsafeUninitializedCapacity: Int(fTotal)) { f, fCount in
            backward = [Edge](unsafeUninitializedCapacity: Int(bTotal)) { b, bCount in
                func put(_ list: UnsafeMutableBufferPointer<Edge>, _ end: inout [Int32], at node: Int, _ edge: Edge) {
                    end[node] -= 1
                    list[Int(end[node])] = edge
                }
                for c in sources.indices.reversed() {
                    let type = types[c]
                    let bit: UInt16 = switch kinds[c] {
                    case .premise: premiseBit
                    case .conclusion: PathSearcher.bit(type) | PathSearcher.conclusionBit
                    case .relation: PathSearcher.bit(type)
                    }
                    let (from, to, id) = (sources[c], targets[c], relations[c])
                    if type.isSymmetric {
                        put(b, &bEnd, at: Int(from), Edge(neighbour: to, relation: id, bit: bit, reversed: false))
                        put(f, &fEnd, at: Int(to), Edge(neighbour: from, relation: id, bit: bit, reversed: true))
                    }
                    put(b, &bEnd, at: Int(to), Edge(neighbour: from, relation: id, bit: bit, reversed: true))
                    put(f, &fEnd, at: Int(from), Edge(neighbour: to, relation: id, bit: bit, reversed: false))
                }
                bCount = Int(bTotal)
            }
            fCount = Int(fTotal)
        }
        self.backward = backward
        forwardStart = fEnd
        backwardStart = bEnd
    }
}
