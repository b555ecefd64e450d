import ArgumentModel
import Foundation
import Testing
@testable import ArgumentRendering

/// Self-relations are drawn as loops; derived relations other than an argument's supports (they restate a drawn
/// path through a pcs member) are not drawn.
@Suite struct SelfLoopRenderingTests {
    static let selfAttack: ArgumentGraph = {
        var b = GraphBuilder()
        let a = b.node(.statement, title: "A")
        b.update(a) { $0.text = "A claim that refutes itself." }
        b.addRelation(from: a, to: a, type: .attack)
        return b.build()
    }()

    @Test func aSelfAttackIsALoopEdge() {
        let dot = DOTWriter().write(Self.selfAttack)
        #expect(dot.contains("\"s-a\" -> \"s-a\" [id=\"e-s-a--attack--s-a\""))
    }

    @Test func graphvizLaysOutTheLoop() async throws {
        let svg = try await MapRenderer.svg(Self.selfAttack)
        // Graphviz writes `-` in ids as `&#45;`; the loop is a drawn path.
        let edge = try #require(svg.range(of: "id=\"e&#45;s&#45;a&#45;&#45;attack&#45;&#45;s&#45;a\" class=\"edge attack\""))
        #expect(svg[edge.upperBound...].contains("<path"))
    }

    /// <A1> concludes [C] from [P]; <A2> concludes [D] from [Q]; [C] attacks [Q]; with `premiseSupport`, [E]
    /// supports [P].
    static func attackThroughPCS(premiseSupport: Bool) -> ArgumentGraph {
        var b = GraphBuilder()
        let p = b.node(.statement, title: "P"), c = b.node(.statement, title: "C"), q = b.node(.statement, title: "Q")
        let d = b.node(.statement, title: "D")
        let a1 = b.node(.argument, title: "A1"), a2 = b.node(.argument, title: "A2")
        b.update(a1) { $0.pcs = PremiseConclusionStructure(steps: [
            .statement(PCSStatement(number: 1, statement: p, role: .premise)), .inference(Inference()),
            .statement(PCSStatement(number: 2, statement: c, role: .mainConclusion)),
        ]) }
        b.update(a2) { $0.pcs = PremiseConclusionStructure(steps: [
            .statement(PCSStatement(number: 1, statement: q, role: .premise)), .inference(Inference()),
            .statement(PCSStatement(number: 2, statement: d, role: .mainConclusion)),
        ]) }
        b.addRelation(from: c, to: q, type: .attack)
        if premiseSupport { b.addRelation(from: b.node(.statement, title: "E"), to: p, type: .support) }
        return b.build()
    }

    @Test func derivedAttacksAreNotDrawnButDerivedSupportsAre() {
        let g = Self.attackThroughPCS(premiseSupport: true)
        // Derived: A1 → C, A2 → D (supports of conclusions); C → A2, A1 → Q, A1 → A2 (attacks); E → A1 (E supports
        // its premise P).
        #expect(g.relations.filter(\.isDerived).count == 6)
        let dot = DOTWriter().write(g)
        #expect(dot.components(separatedBy: "class=\"attack\"").count == 2)  // only the listed C → Q
        #expect(dot.components(separatedBy: "class=\"support derived\"").count == 3)  // A1 → C, A2 → D only
        #expect(!dot.contains("\"s-e\" -> \"a-a1\""))
    }

    @Test func aFocusDoesNotReachThroughAnUndrawnDerivedAttack() throws {
        // [C], <A1>'s conclusion, attacks [Q], <A2>'s premise: Argdown derives <A1> attacks <A2>, which is not drawn.
        let g = Self.attackThroughPCS(premiseSupport: false)
        let visible = try #require(try MapSelection(focus: "<A2>", depth: 1).visibleNodes(in: g))
        // Its premise [Q] (drawn joined to it, issue 16) and its conclusion [D]; not <A1> or [C].
        #expect(Set(visible.map { g[$0].title }) == ["A2", "Q", "D"])
    }
}
