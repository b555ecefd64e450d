import ArgdownSyntax
import ArgumentModel
import Testing

@testable import ArgumentAnalysis

/// From map to framework and labels, on small Argdown maps worked out by hand.
@Suite struct MapEvaluationTests {
    static func read(_ text: String) throws -> ArgumentGraph {
        let result = ArgdownReader.read(text)
        #expect(!result.diagnostics.containsErrors, "\(result.diagnostics)")
        return result.graph
    }

    static func label(_ e: MapEvaluation, _ graph: ArgumentGraph, _ title: String, _ kind: NodeKind = .statement) -> Label? {
        guard let id = graph.node(kind, titled: title) else { return nil }
        return e.labels?[id.index]
    }

    static let linked = """
        [C]: The revolution was a coup.
          + <Linked>
          + [R2]: Few workers took part.

        <Linked>

        (1) [P1]: The Bolsheviks planned it in secret.
        (2) [P2]: Secret planning by a party makes a coup.
        ----
        (3) [C]
        """

    @Test func reasonsLinkedGroupAndIndependentReason() throws {
        // Unattacked: everything IN.
        let g0 = try Self.read(Self.linked)
        let e0 = MapEvaluation(g0, semantics: .grounded)
        #expect(e0.labels?.allSatisfy { $0 == .in } == true)
        // <Linked>'s group is {P1, P2}: attacking P2 knocks out the linked argument, but R2 still carries C.
        let g1 = try Self.read(Self.linked + "\n\n[P2]\n  - [O]: Many parties plan in secret.\n")
        let e1 = MapEvaluation(g1, semantics: .grounded)
        #expect(Self.label(e1, g1, "P2") == .out)
        #expect(Self.label(e1, g1, "P1") == .in)
        #expect(Self.label(e1, g1, "Linked", .argument) == .out)
        #expect(Self.label(e1, g1, "C") == .in)
        // With R2 attacked too, every group of C has an OUT member: C is OUT.
        let g2 = try Self.read(Self.linked + "\n\n[P2]\n  - [O]: Many parties plan in secret.\n\n[R2]\n  - [X]: Many workers took part.\n")
        let e2 = MapEvaluation(g2, semantics: .grounded)
        #expect(Self.label(e2, g2, "C") == .out)
        let c = try #require(g2.statement(titled: "C"))
        let why = Explanation(c, labels: try #require(e2.labels), framework: e2.framework, graph: g2)
        #expect(why.lines.contains("Its reason [R2] fails: [R2] is OUT."))
        #expect(why.lines.contains("Its reason <Linked> (derived: <Linked> concludes [C]) fails: <Linked> is OUT."))
        // With supports ignored, C stands: nothing attacks it.
        let e3 = MapEvaluation(g2, semantics: .grounded, support: .none)
        #expect(Self.label(e3, g2, "C") == .in)
    }

    @Test func mutualContradictionIsReported() throws {
        let g = try Self.read("[P]: Prices rose.\n  >< [Q]: Prices fell.\n")
        let e = MapEvaluation(g, semantics: .grounded)
        let labels = try #require(e.labels)
        #expect(labels == [.undec, .undec])
        #expect(e.openContradictions(in: labels).count == 1)
        let p = try #require(g.statement(titled: "P"))
        let why = Explanation(p, labels: labels, framework: e.framework, graph: g)
        #expect(why.lines.first?.hasPrefix("undecided: mutually contradicting") == true)
        // Preferred picks a side, each in one labelling: both are credulously, neither sceptically accepted.
        let pr = MapEvaluation(g, semantics: .preferred)
        #expect(pr.labellings.count == 2)
        #expect(pr.credulous == [true, true] && pr.sceptical == [false, false])
        // An attack on Q settles it.
        let g2 = try Self.read("[P]: Prices rose.\n  >< [Q]: Prices fell.\n    - [R]: The index went up.\n")
        let e2 = MapEvaluation(g2, semantics: .grounded)
        #expect(e2.labels == [.in, .out, .in])
        #expect(e2.openContradictions(in: try #require(e2.labels)).isEmpty)
    }

    @Test func pureSupportCycleStaysUndecided() throws {
        let g = try Self.read("[X]: Wages went up.\n  + [Y]: Unions were strong.\n    + [X]\n")
        for semantics in [Semantics.grounded, .complete, .preferred, .semiStable] {
            let e = MapEvaluation(g, semantics: semantics)
            #expect(e.labellings.allSatisfy { $0 == [.undec, .undec] }, "\(semantics)")
        }
        #expect(MapEvaluation(g, semantics: .stable).labellings.isEmpty)
        let x = try #require(g.statement(titled: "X"))
        let e = MapEvaluation(g, semantics: .grounded)
        let why = Explanation(x, labels: try #require(e.labels), framework: e.framework, graph: g)
        #expect(why.cycle.map(\.index) == [0, 1, 0])
        #expect(why.lines.contains("Its reasons only lead back to itself: a support cycle cannot make itself IN."))
        // An independent reason from outside grounds the cycle.
        let g2 = try Self.read("[X]: Wages went up.\n  + [Y]: Unions were strong.\n    + [X]\n  + [Z]: The statistics show it.\n")
        #expect(MapEvaluation(g2, semantics: .grounded).labels == [.in, .in, .in])
    }

    @Test func inExplanationNamesTheDefeater() throws {
        let g = try Self.read("[A]: The treaty was signed.\n  - [B]: The signature was forged.\n    - [C]: Experts confirmed it.\n")
        let e = MapEvaluation(g, semantics: .grounded)
        #expect(e.labels == [.in, .out, .in])
        let a = try #require(g.statement(titled: "A"))
        let why = Explanation(a, labels: try #require(e.labels), framework: e.framework, graph: g)
        #expect(why.lines.first == "Its attacker [B] is OUT: defeated by [C], which is IN.")
        let b = try #require(g.statement(titled: "B"))
        #expect(Explanation(b, labels: try #require(e.labels), framework: e.framework, graph: g).lines == ["It is attacked by [C], which is IN."])
    }

    @Test func derivedAttacksRememberTheirPath() throws {
        // a supports x; b attacks x. Deductive: mediated b → a. Necessary: no attack on a (a is upstream of x).
        let g = try Self.read("[X]: x.\n  + [A]: a.\n  - [B]: b.\n")
        let a = try #require(g.statement(titled: "A")), b = try #require(g.statement(titled: "B"))
        let x = try #require(g.statement(titled: "X"))
        let deductive = MapFramework(g, support: .deductive)
        let mediated = try #require(deductive.attack(from: b, to: a))
        #expect(mediated.kind == .mediated)
        #expect(mediated.path.map(\.from) == [b, a] && mediated.path.map(\.to) == [x, x])
        #expect(MapFramework(g, support: .none).attack(from: b, to: a) == nil)
        #expect(MapFramework(g, support: .necessary).attack(from: b, to: a) == nil)
        // x supports y, b attacks x. Necessary: secondary b → y. Deductive: supported? no (b supports nothing).
        let h = try Self.read("[Y]: y.\n  + [X]: x.\n    - [B]: b.\n")
        let hy = try #require(h.statement(titled: "Y")), hb = try #require(h.statement(titled: "B"))
        let secondary = try #require(MapFramework(h, support: .necessary).attack(from: hb, to: hy))
        #expect(secondary.kind == .secondary && secondary.path.count == 2)
        #expect(MapFramework(h, support: .deductive).attack(from: hb, to: hy) == nil)
        // a supports x, x attacks c. Deductive: supported a → c.
        let k = try Self.read("[C]: c.\n  - [X]: x.\n    + [A]: a.\n")
        let kc = try #require(k.statement(titled: "C")), ka = try #require(k.statement(titled: "A"))
        #expect(MapFramework(k, support: .deductive).attack(from: ka, to: kc)?.kind == .supported)
        // Necessary, extended: A supports X (A is necessary for X) and A attacks C ⇒ X attacks C.
        let m = try Self.read("[C]: c.\n  - [A]: a.\n\n[X]: x.\n  + [A]\n")
        let mc = try #require(m.statement(titled: "C")), mx = try #require(m.statement(titled: "X"))
        #expect(MapFramework(m, support: .necessary).attack(from: mx, to: mc)?.kind == .extended)
    }

    @Test func dfquadStrengthByHand() throws {
        // A attacked by B, B attacked by C, base 0.5: C = 0.5, B = 0.5 − 0.5·0.5 = 0.25, A = 0.5 − 0.5·0.25 = 0.375.
        let g = try Self.read("[A]: a.\n  - [B]: b.\n    - [C]: c.\n")
        let s = MapEvaluation(g, semantics: .grounded).strength
        #expect(abs(s[0] - 0.375) < 1e-9 && abs(s[1] - 0.25) < 1e-9 && abs(s[2] - 0.5) < 1e-9)
        // Base score from data; a supporter of strength 0.8 lifts 0.4 to 0.4 + 0.6·0.8 = 0.88.
        let h = try Self.read("[A]: a. {strength: 0.4}\n  + [S]: s. {strength: 0.8}\n")
        let t = MapEvaluation(h, semantics: .grounded).strength
        #expect(abs(t[0] - 0.88) < 1e-9 && abs(t[1] - 0.8) < 1e-9)
        // A mutual attack with base 0.5 settles at s = 0.5 − 0.5·s, s = 1/3.
        let p = try Self.read("[P]: p.\n  >< [Q]: q.\n")
        #expect(MapEvaluation(p, semantics: .grounded).strength.allSatisfy { abs($0 - 1.0 / 3.0) < 1e-6 })
    }
}
