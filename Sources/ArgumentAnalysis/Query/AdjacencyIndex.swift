import ArgumentModel

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
    let forwardStart: [Int]
    let forward: [Edge]
    /// Edges walked backwards from node i.
    let backwardStart: [Int]
    let backward: [Edge]

    /// Number of nodes indexed.
    public let nodeCount: Int

    /// Indexes `graph`'s connections (`MapConnections` with every derived relation: queries ask
    /// about Argdown's model), premise links included (bit ``PathSearcher/premiseBit``, and the support bit too
    /// unless `premiseSupports` is false: a premise supports its argument). A reconstructed argument's support of
    /// its main conclusion also carries ``PathSearcher/conclusionBit``. Complexity: O(nodes + relations + pcs size).
    public init(_ graph: ArgumentGraph, premiseSupports: Bool = true) {
        self.init(MapConnections(graph, derived: .all), nodeCount: graph.nodes.count, premiseSupports: premiseSupports)
    }

    /// Indexes `connections` of a graph of `nodeCount` nodes, as ``init(_:premiseSupports:)``.
    /// Complexity: O(nodes + connections).
    public init(_ connections: MapConnections, nodeCount n: Int, premiseSupports: Bool = true) {
        nodeCount = n
        var fCount = [Int](repeating: 0, count: n + 1), bCount = [Int](repeating: 0, count: n + 1)
        for c in connections.all {
            fCount[c.from.index + 1] += 1
            bCount[c.to.index + 1] += 1
            if c.type.isSymmetric {
                fCount[c.to.index + 1] += 1
                bCount[c.from.index + 1] += 1
            }
        }
        for i in 0..<n {
            fCount[i + 1] += fCount[i]
            bCount[i + 1] += bCount[i]
        }
        forwardStart = fCount
        backwardStart = bCount
        let blank = Edge(neighbour: 0, relation: 0, bit: 0, reversed: false)
        var f = [Edge](repeating: blank, count: fCount[n]), b = [Edge](repeating: blank, count: bCount[n])
        var fFill = fCount, bFill = bCount
        func put(_ list: inout [Edge], _ fill: inout [Int], at node: Int, _ edge: Edge) {
            list[fill[node]] = edge
            fill[node] += 1
        }
        let premiseBit = PathSearcher.premiseBit | (premiseSupports ? PathSearcher.bit(.support) : 0)
        for c in connections.all {
            let bit: UInt16 = switch c.kind {
            case .premise: premiseBit
            case .conclusion: PathSearcher.bit(c.type) | PathSearcher.conclusionBit
            case .relation: PathSearcher.bit(c.type)
            }
            let id = Int32(c.relation?.index ?? -1)
            let (from, to) = (Int32(c.from.index), Int32(c.to.index))
            put(&f, &fFill, at: c.from.index, Edge(neighbour: to, relation: id, bit: bit, reversed: false))
            put(&b, &bFill, at: c.to.index, Edge(neighbour: from, relation: id, bit: bit, reversed: true))
            if c.type.isSymmetric {
                put(&f, &fFill, at: c.to.index, Edge(neighbour: from, relation: id, bit: bit, reversed: true))
                put(&b, &bFill, at: c.from.index, Edge(neighbour: to, relation: id, bit: bit, reversed: false))
            }
        }
        forward = f
        backward = b
    }
}
