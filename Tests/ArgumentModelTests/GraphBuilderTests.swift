import Testing
@testable import ArgumentModel

@Suite struct GraphBuilderTests {
    @Test func titlesAreUniquePerKind() {
        var b = GraphBuilder()
        let s1 = b.node(.statement, title: "A")
        let s2 = b.node(.statement, title: "A")
        let a = b.node(.argument, title: "A")
        #expect(s1 == s2)
        #expect(s1 != a)
        let g = b.build()
        #expect(g.statement(titled: "A") == s1)
        #expect(g.argument(titled: "A") == a)
        #expect(g.nodes.count == 2)
    }

    @Test func duplicateRelationsMergeAndSymmetricOnesMergeReversed() {
        var b = GraphBuilder()
        let x = b.node(.statement, title: "X"), y = b.node(.statement, title: "Y")
        #expect(b.addRelation(from: x, to: y, type: .support).inserted)
        #expect(!b.addRelation(from: x, to: y, type: .support).inserted)
        #expect(b.addRelation(from: y, to: x, type: .support).inserted)
        #expect(b.addRelation(from: x, to: y, type: .contradictory).inserted)
        #expect(!b.addRelation(from: y, to: x, type: .contradictory).inserted)
        #expect(b.build().relations.count == 3)
    }

    @Test func adjacencyIsIndexedPerNodeAndFilteredPerType() {
        var b = GraphBuilder()
        let x = b.node(.statement, title: "X"), y = b.node(.statement, title: "Y"), z = b.node(.statement, title: "Z")
        b.addRelation(from: x, to: z, type: .support)
        b.addRelation(from: y, to: z, type: .attack)
        b.addRelation(from: z, to: x, type: .attack)
        let g = b.build()
        #expect(g.predecessors(z, .support) == [x])
        #expect(g.predecessors(z, .attack) == [y])
        #expect(g.successors(z, .attack) == [x])
        #expect(g.incoming(z).count == 2)
        #expect(g.outgoing(y).map(\.index) == [1])
    }

    @Test func implicitSupportIsDerivedForReconstructedArguments() {
        var b = GraphBuilder()
        let p = b.node(.statement, title: "P"), c = b.node(.statement, title: "C"), d = b.node(.statement, title: "D")
        let a1 = b.node(.argument, title: "A1"), a2 = b.node(.argument, title: "A2")
        b.update(a1) { $0.pcs = PremiseConclusionStructure(steps: [
            .statement(PCSStatement(number: 1, statement: p, role: .premise)), .inference(Inference()),
            .statement(PCSStatement(number: 2, statement: c, role: .mainConclusion)),
        ]) }
        b.update(a2) { $0.pcs = PremiseConclusionStructure(steps: [
            .statement(PCSStatement(number: 1, statement: c, role: .premise)), .inference(Inference()),
            .statement(PCSStatement(number: 2, statement: d, role: .mainConclusion)),
        ]) }
        let g = b.build()
        let derived = g.relations.filter(\.isDerived).map { "\(g[$0.from].title)->\(g[$0.to].title)" }
        // Statements' implicit relations come first (C's and D's concluding arguments), then the arguments'.
        #expect(derived == ["A1->C", "A2->D", "A1->A2"])
        #expect(g.listedRelations.isEmpty)
    }

    @Test func structuralDifferencesIgnoreOrderButNotMeaning() {
        var b1 = GraphBuilder(), b2 = GraphBuilder()
        let x1 = b1.node(.statement, title: "X"), y1 = b1.node(.statement, title: "Y")
        b1.addRelation(from: x1, to: y1, type: .attack)
        let y2 = b2.node(.statement, title: "Y"), x2 = b2.node(.statement, title: "X")
        b2.addRelation(from: x2, to: y2, type: .attack)
        #expect(b1.build().isStructurallyEqual(to: b2.build()))
        b2.addRelation(from: y2, to: x2, type: .attack)
        #expect(b1.build().structuralDifferences(from: b2.build()) == ["only in second: relation [Y] attack [X]"])
    }

    @Test func dataMergesDeeplyLaterWins() {
        let a = DataValue.object(["k": .object(["x": .int(1), "y": .int(2)]), "z": .string("a")])
        let b = DataValue.object(["k": .object(["y": .int(3)]), "z": .string("b")])
        #expect(a.merging(b) == .object(["k": .object(["x": .int(1), "y": .int(3)]), "z": .string("b")]))
    }
}
