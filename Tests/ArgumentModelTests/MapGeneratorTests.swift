import Testing
@testable import ArgumentModel

@Suite struct MapGeneratorTests {
    @Test func sameSeedSameMapDifferentSeedDifferentMap() {
        let a = MapGenerator.generate(.init(statements: 200, arguments: 10, shape: .random, seed: 7))
        let b = MapGenerator.generate(.init(statements: 200, arguments: 10, shape: .random, seed: 7))
        let c = MapGenerator.generate(.init(statements: 200, arguments: 10, shape: .random, seed: 8))
        #expect(a.isStructurallyEqual(to: b))
        #expect(!a.isStructurallyEqual(to: c))
    }

    @Test(arguments: MapGenerator.Shape.allCases)
    func generatesExactlyTheRequestedCounts(shape: MapGenerator.Shape) {
        let g = MapGenerator.generate(.init(statements: 500, arguments: 20, shape: shape, seed: 3))
        #expect(g.statements.count == 500)
        #expect(g.arguments.count == 20)
        #expect(g.arguments.allSatisfy { $0.pcs?.premises.count == 2 && $0.pcs?.mainConclusion != nil })
    }

    @Test func treeHasOneRelationPerNonRootStatementAndNoSelfLoops() {
        let g = MapGenerator.generate(.init(statements: 1000, shape: .tree, seed: 1))
        #expect(g.listedRelations.count == 999)
        #expect(g.relations.allSatisfy { $0.from != $0.to })
        // Every statement but the first reaches the first by following its one outgoing edge.
        for node in g.nodes.dropFirst() {
            var current = node.id, steps = 0
            while current != g.nodes[0].id, steps <= 1000 {
                current = g[g.outgoing(current).first!].to
                steps += 1
            }
            #expect(current == g.nodes[0].id)
        }
    }

    @Test func randomShapeAddsCrossLinks() {
        let g = MapGenerator.generate(.init(statements: 1000, shape: .random, seed: 1))
        #expect(g.listedRelations.count > 1300)
    }

    @Test func essayShapeHasThesisSectionsQuotesAndObjections() {
        let g = MapGenerator.generate(.init(statements: 300, shape: .essay, seed: 5))
        let thesis = g.statement(titled: "Thesis")
        #expect(thesis != nil)
        #expect(!g.sections.isEmpty)
        #expect(g.nodes.contains { $0.quote != nil && $0.data["basis"] != nil })
        #expect(g.relations.contains { $0.type == .attack })
        if let thesis { #expect(!g.predecessors(thesis, .support).isEmpty) }
    }

    @Test func splitMixIsTheReferenceSequence() {
        // First outputs of SplitMix64 seeded with 0 (reference values of the published algorithm).
        var rng = SplitMix64(seed: 0)
        #expect(rng.next() == 0xE220_A839_7B1D_CDAF)
        #expect(rng.next() == 0x6E78_9E6A_A1B9_65F4)
    }
}
