import ArgumentModel

/// A compact adjacency index for path searches: per node, the edges that can be walked forwards and backwards,
/// each with its neighbour, relation id, relation-type bit and whether walking it goes against the relation's
/// direction. Symmetric relations (contradictory, contrary) are entered both ways, so a search scans one list.
///
/// Built once per graph in O(nodes + relations) (``QueryEngine`` builds it in its initialiser); the graph's own
/// indexes hold full ``Relation`` values, which are too heavy to copy in an inner loop.
public struct AdjacencyIndex: Sendable {
    /// One walkable edge.
    public struct Edge: Sendable {
        /// The node reached.
        public var neighbour: Int32
        /// The relation walked; -1 for a premise link (premise → argument, see ``PremiseIndex``).
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

    /// Indexes `graph`, with its premise links (bit ``PathSearcher/premiseBit``, and the support bit too unless
    /// `premiseSupports` is false: a premise supports its argument). A reconstructed argument's support of its
    /// main conclusion also carries ``PathSearcher/conclusionBit``. Complexity: O(nodes + relations + pcs size).
    public init(_ graph: ArgumentGraph, premiseSupports: Bool = true) {
        let n = graph.nodes.count
        nodeCount = n
        let premises = PremiseIndex(graph)
        var fCount = [Int](repeating: 0, count: n + 1), bCount = [Int](repeating: 0, count: n + 1)
        for (argument, list) in premises.premisesOf.enumerated() {
            bCount[argument + 1] += list.count
            for p in list { fCount[p.index + 1] += 1 }
        }
        // Relations are read field by field (a `for r in graph.relations` loop copied each whole relation).
        let relations = graph.relations
        for k in relations.indices {
            let (from, to) = (relations[k].from.index, relations[k].to.index)
            fCount[from + 1] += 1
            bCount[to + 1] += 1
            if relations[k].type.isSymmetric {
                fCount[to + 1] += 1
                bCount[from + 1] += 1
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
        for (argument, list) in premises.premisesOf.enumerated() {
            for p in list {
                put(&f, &fFill, at: p.index, Edge(neighbour: Int32(argument), relation: -1, bit: premiseBit, reversed: false))
                put(&b, &bFill, at: argument, Edge(neighbour: Int32(p.index), relation: -1, bit: premiseBit, reversed: true))
            }
        }
        for k in relations.indices {
            let type = relations[k].type
            let isConclusion = relations[k].isDerived && type == .support
                && PremiseIndex.isConclusionLink(relations[k], in: graph)
            let bit = PathSearcher.bit(type) | (isConclusion ? PathSearcher.conclusionBit : 0), id = Int32(relations[k].id.index)
            let (fromIndex, toIndex) = (relations[k].from.index, relations[k].to.index)
            let (from, to) = (Int32(fromIndex), Int32(toIndex))
            put(&f, &fFill, at: fromIndex, Edge(neighbour: to, relation: id, bit: bit, reversed: false))
            put(&b, &bFill, at: toIndex, Edge(neighbour: from, relation: id, bit: bit, reversed: true))
            if type.isSymmetric {
                put(&f, &fFill, at: toIndex, Edge(neighbour: from, relation: id, bit: bit, reversed: true))
                put(&b, &bFill, at: fromIndex, Edge(neighbour: to, relation: id, bit: bit, reversed: false))
            }
        }
        forward = f
        backward = b
    }
}
