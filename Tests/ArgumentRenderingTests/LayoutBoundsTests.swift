import ArgumentModel
import Testing
@testable import ArgumentRendering

@Suite struct LayoutBoundsTests {
    /// A chain d → c → b → a (each supports the next) plus the given extra links.
    func chain(extra: [(Int, Int, RelationType)]) -> ArgumentGraph {
        var b = GraphBuilder()
        let ids = ["a", "b", "c", "d"].map { b.node(.statement, title: $0) }
        b.addRelation(from: ids[1], to: ids[0], type: .support)
        b.addRelation(from: ids[2], to: ids[1], type: .support)
        b.addRelation(from: ids[3], to: ids[2], type: .support)
        for (from, to, type) in extra { b.addRelation(from: ids[from], to: ids[to], type: type) }
        return b.build()
    }

    func released(_ graph: ArgumentGraph) -> [String] {
        LayoutBounds.unconstrainedRelations(in: graph, drawn: graph.relations)
            .map { "\(graph[graph[$0].from].title)->\(graph[graph[$0].to].title)" }.sorted()
    }

    @Test func shortLinksKeepRankingLongAndBackwardLinksDoNot() {
        // depths: a 0, b 1, c 2, d 3. c→a spans 2 (kept), d→a spans 3 (released), a→d points down (released).
        #expect(released(chain(extra: [(2, 0, .attack)])) == [])
        #expect(released(chain(extra: [(3, 0, .attack)])) == ["d->a"])
        #expect(released(chain(extra: [(0, 3, .support)])) == [])   // a's first relation: its spine edge
        #expect(released(chain(extra: [(0, 3, .support), (1, 3, .attack)])) == ["b->d"])
    }

    @Test func symmetricRelationsNeverRank() {
        #expect(released(chain(extra: [(1, 2, .contradictory)])) == ["b->c"])
    }

    @Test func cyclesTerminate() {
        var b = GraphBuilder()
        let x = b.node(.statement, title: "x"), y = b.node(.statement, title: "y")
        b.addRelation(from: x, to: y, type: .support)
        b.addRelation(from: y, to: x, type: .attack)
        let graph = b.build()
        #expect(LayoutBounds.unconstrainedRelations(in: graph, drawn: graph.relations).isEmpty)
    }

    @Test func iterationLimitsOnlyForBigMaps() {
        #expect(LayoutBounds.graphAttributes(nodeCount: 149).isEmpty)
        #expect(LayoutBounds.graphAttributes(nodeCount: 2000).map(\.0) == ["nslimit", "nslimit1", "mclimit", "searchsize"])
    }
}
