import ArgdownSyntax
import ArgumentModel
import Testing
@testable import ArgumentAnalysis

/// ``AdjacencyIndex`` holds, per node and direction, exactly the edges of the map's connections in connection
/// order (the order `shortestPath` breaks ties by): checked against lists built one connection at a time.
@Suite struct AdjacencyIndexTests {
    /// Supports, an attack, contradictions (one of a node with itself), an argument with premises and a
    /// conclusion, and a premise listed twice.
    static let map = """
        [A]: a
          + [B]: b
          - [C]: c
          >< [D]: d
          + <Arg>

        [D]
          >< [A]
          >< [D]

        <Arg>

        (1) [B]
        (2) [D]
        (3) [B]
        ----
        (4) [A]
        """

    /// No premise-conclusion structure and no symmetric relation: the index is read from the graph's own lists
    /// (`init(plain:)`). Several edges per node both ways, a self-support, a parallel attack and support, an
    /// argument without premises.
    static let plainMap = """
        [A]: a
          + [B]: b
          - [C]: c
          + <Arg>: an argument without premises
          + [A]
          - [B]

        [B]
          + [C]
          <- [D]: d
          <+ [A]

        <Arg>
          - [D]
          <+ [C]
        """

    struct Expected: Equatable, CustomStringConvertible {
        var neighbour: Int32, relation: Int32, bit: UInt16, reversed: Bool
        var description: String { "\(neighbour) r\(relation) \(bit) \(reversed ? "rev" : "fwd")" }
    }

    @Test(arguments: [(map, true), (map, false), (plainMap, true), (plainMap, false)])
    func edgesPerNodeInConnectionOrder(map: String, premiseSupports: Bool) {
        let graph = ArgdownReader.read(map).graph
        let list = MapConnectionList(graph, derived: .all)
        let index = AdjacencyIndex(graph, premiseSupports: premiseSupports)
        let isPlain = !graph.nodes.contains { $0.pcs != nil } && !graph.relations.contains { $0.type.isSymmetric }
        #expect(isPlain == (map == Self.plainMap))
        #expect((AdjacencyIndex(plain: graph) != nil) == isPlain, "the plain index is made exactly for plain graphs")
        let n = graph.nodes.count
        // The reference: each connection appended in order, its reversed twin right after it when symmetric.
        var forward = [[Expected]](repeating: [], count: n), backward = [[Expected]](repeating: [], count: n)
        for c in list {
            let bit: UInt16 = switch c.kind {
            case .premise: PathSearcher.premiseBit | (premiseSupports ? PathSearcher.bit(.support) : 0)
            case .conclusion: PathSearcher.bit(c.type) | PathSearcher.conclusionBit
            case .relation: PathSearcher.bit(c.type)
            }
            let id = Int32(c.relation?.index ?? -1), (from, to) = (Int32(c.from.index), Int32(c.to.index))
            forward[c.from.index].append(Expected(neighbour: to, relation: id, bit: bit, reversed: false))
            backward[c.to.index].append(Expected(neighbour: from, relation: id, bit: bit, reversed: true))
            if c.type.isSymmetric {
                forward[c.to.index].append(Expected(neighbour: from, relation: id, bit: bit, reversed: true))
                backward[c.from.index].append(Expected(neighbour: to, relation: id, bit: bit, reversed: false))
            }
        }
        func edges(_ starts: [Int32], _ edges: [AdjacencyIndex.Edge], _ node: Int) -> [Expected] {
            edges[Int(starts[node])..<Int(starts[node + 1])].map {
                Expected(neighbour: $0.neighbour, relation: $0.relation, bit: $0.bit, reversed: $0.reversed)
            }
        }
        if isPlain {
            #expect(list.contains { $0.from == $0.to }, "a node supporting itself")
            #expect((0..<n).contains { graph.outgoing(NodeID($0)).count > 2 } && (0..<n).contains { graph.incoming(NodeID($0)).count > 2 })
        } else {
            #expect(list.contains { $0.kind == .premise } && list.contains { $0.kind == .conclusion })
            #expect(list.contains { $0.type.isSymmetric && $0.from == $0.to }, "a node contradicting itself")
        }
        #expect(index.nodeCount == n && index.forwardStart.count == n + 1)
        for node in 0..<n {
            #expect(edges(index.forwardStart, index.forward, node) == forward[node], "forward edges of \(graph.nodes[node].title)")
            #expect(edges(index.backwardStart, index.backward, node) == backward[node], "backward edges of \(graph.nodes[node].title)")
        }
    }

    /// A generated tree large enough for the plain index's two threads: the same edges as the index placed from
    /// the connections.
    @Test func largePlainGraphOnTwoThreadsMatchesTheConnectionIndex() {
        let graph = MapGenerator.generate(.init(statements: AdjacencyIndex.twoThreadThreshold + 1_001, shape: .tree, seed: 3))
        #expect(graph.relations.count >= AdjacencyIndex.twoThreadThreshold)
        guard let plain = AdjacencyIndex(plain: graph) else {
            Issue.record("a generated statement tree is plain")
            return
        }
        let placed = AdjacencyIndex(MapConnectionList(graph, derived: .all), nodeCount: graph.nodes.count)
        func same(_ a: [AdjacencyIndex.Edge], _ b: [AdjacencyIndex.Edge]) -> Bool {
            a.count == b.count && a.indices.allSatisfy {
                a[$0].neighbour == b[$0].neighbour && a[$0].relation == b[$0].relation && a[$0].bit == b[$0].bit
                    && a[$0].reversed == b[$0].reversed
            }
        }
        #expect(plain.forwardStart == placed.forwardStart && plain.backwardStart == placed.backwardStart)
        #expect(same(plain.forward, placed.forward) && same(plain.backward, placed.backward))
        #expect(plain.nodeCount == placed.nodeCount)
    }
}
