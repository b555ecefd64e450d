import ArgdownSyntax
import ArgumentModel
import Testing

@testable import ArgumentAnalysis

/// Explanations are true by construction: over thousands of small random maps, under every semantics and support
/// mode, every sentence of every node's explanation is checked by ``ExplanationChecker`` against the map, its
/// framework and the labelling; and the checker rejects explanations made to cite a wrong node.
@Suite struct ExplanationPropertyTests {
    static let relationTypes: [RelationType] = [.attack, .undercut, .contradictory, .contrary, .support, .entails]

    /// A small map from ``MapGenerator`` (tree, essay or random shape, with up to two reconstructed arguments),
    /// plus a few random relations of every kind (undercuts, contradictions, self-attacks, support cycles), all
    /// decided by `seed`.
    static func randomMap(seed: UInt64) -> ArgumentGraph {
        var rng = SplitMix64(seed: seed)
        let shape = MapGenerator.Shape.allCases[rng.below(MapGenerator.Shape.allCases.count)]
        let base = MapGenerator.generate(.init(statements: 3 + rng.below(6), arguments: rng.below(3), shape: shape, seed: seed))
        var b = GraphBuilder()
        for node in base.nodes {
            let id = b.node(node.kind, title: node.title)
            b.update(id) { $0 = node }
        }
        for r in base.relations where !r.isDerived { b.addRelation(from: r.from, to: r.to, type: r.type) }
        let n = base.nodes.count
        for _ in 0..<rng.below(n + 2) {
            let from = NodeID(rng.below(n)), to = NodeID(rng.below(n))
            b.addRelation(from: from, to: to, type: relationTypes[rng.below(relationTypes.count)])
        }
        return b.build()
    }

    /// The evaluations a seed picks: one semantics and one support mode (grounded half of the time: it is the
    /// default and the cheapest).
    static func evaluation(_ graph: ArgumentGraph, seed: UInt64) -> MapEvaluation {
        var rng = SplitMix64(seed: seed ^ 0xE7A1)
        let semantics = rng.chance(0.5) ? .grounded : Semantics.allCases[rng.below(Semantics.allCases.count)]
        let support = SupportMode.allCases[rng.below(SupportMode.allCases.count)]
        return MapEvaluation(graph, semantics: semantics, support: support, limit: 3)
    }

    @Test func everySentenceOfEveryExplanationHoldsOnRandomMaps() {
        var explained = 0
        var kinds = Set<String>()
        for seed in UInt64(1)...2_000 {
            let graph = Self.randomMap(seed: seed)
            let evaluation = Self.evaluation(graph, seed: seed)
            for labels in evaluation.labellings {
                #expect(evaluation.framework.problem.isComplete(labels), "seed \(seed): the labelling itself is not complete")
                for node in graph.nodes {
                    let e = Explanation(node.id, labels: labels, framework: evaluation.framework, graph: graph, semantics: evaluation.semantics)
                    let problems = ExplanationChecker.problems(e, labels: labels, framework: evaluation.framework, graph: graph)
                    #expect(problems.isEmpty, "seed \(seed), \(evaluation.semantics.rawValue)/\(evaluation.framework.support.rawValue), \(node.bracketedTitle) \(e.label.rawValue): \(problems) in \(e.lines)")
                    if !problems.isEmpty { return }
                    explained += 1
                    kinds.formUnion(e.reasons.map(\.kind))
                }
            }
        }
        #expect(explained > 10_000)
        // The corpus exercises every kind of sentence, so none goes unchecked.
        #expect(kinds == ["unattacked", "attacker-defeated", "attacker-unfounded", "no-reasons", "reason-holds", "attacked-by-in",
                          "reason-fails", "attacks-itself", "mutually-contradicting", "held-open", "undecided-attackers",
                          "undecided-reasons", "support-cycle"], "\(kinds)")
    }

    /// `reason` with one cited node replaced by `wrong`, or nil when the reason cites no node that can be swapped.
    static func citingWrongNode(_ reason: ExplanationReason, _ wrong: NodeID) -> ExplanationReason? {
        func moved(_ a: MapAttack) -> MapAttack {
            var a = a
            a.attacker = wrong
            return a
        }
        switch reason {
        case .attackerDefeated(let a, let d): return .attackerDefeated(attack: a, defeat: moved(d))
        case .attackerUnfounded(let a, let f): return .attackerUnfounded(attack: moved(a), failures: f)
        case .attackedByIn(let a): return .attackedByIn(moved(a))
        case .reasonFails(let f): return .reasonFails(ReasonFailure(group: f.group, member: wrong))
        case .reasonHolds(let g): return .reasonHolds(ReasonGroup(members: g.members.dropLast() + [wrong], source: g.source))
        case .undecidedAttackers(let attacks): return .undecidedAttackers(attacks.dropLast() + attacks.suffix(1).map(moved))
        case .attacksItself(let a): return .attacksItself(moved(a))
        default: return nil
        }
    }

    @Test func theCheckerRejectsASentenceCitingAWrongNode() {
        var rejected = 0
        for seed in UInt64(1)...300 {
            let graph = Self.randomMap(seed: seed)
            let evaluation = Self.evaluation(graph, seed: seed)
            guard let labels = evaluation.labels else { continue }
            for node in graph.nodes {
                let e = Explanation(node.id, labels: labels, framework: evaluation.framework, graph: graph)
                for (k, reason) in e.reasons.enumerated() {
                    // Every other node in turn; a swap that happens to state something true is not a corruption.
                    for other in graph.nodes.map(\.id) {
                        guard let bad = Self.citingWrongNode(reason, other), bad != reason else { continue }
                        var reasons = e.reasons
                        reasons[k] = bad
                        let corrupt = Explanation(node: e.node, label: e.label, semantics: nil, reasons: reasons, graph: graph)
                        let problems = ExplanationChecker.problems(corrupt, labels: labels, framework: evaluation.framework, graph: graph)
                        if Self.isTrueByAccident(bad, node.id, labels, evaluation.framework) { continue }
                        #expect(!problems.isEmpty, "seed \(seed): accepted \(corrupt.lines)")
                        rejected += 1
                    }
                }
            }
        }
        #expect(rejected > 1_000)
    }

    /// Whether a swapped reason states something true: the same node cited in a relation that really exists
    /// with the labels it claims (a swap to a node with the same role, e.g. another IN attacker).
    static func isTrueByAccident(_ r: ExplanationReason, _ v: NodeID, _ labels: [Label], _ framework: MapFramework) -> Bool {
        switch r {
        case .reasonFails(let f): return f.group.members.contains(f.member) && labels[f.member.index] == .out
        default: return false  // a moved attack keeps its old path, which cannot start at the new attacker
        }
    }

    @Test func theOldFalseDefeatIsRejectedAndTheTrueReasonGiven() throws {
        // [B] attacks [A]; [B]'s only reason [R] is attacked by [S]. Nothing attacks [B]: it is OUT because its
        // reason fails. The old explanation said "[B] is OUT: defeated by [A]".
        let graph = ArgdownReader.read("""
            [A]: The treaty holds.
              - [B]: The treaty was never ratified.
                + [R]: No vote is on record.
                  - [S]: The vote is in the minutes.
            """).graph
        let e = MapEvaluation(graph, semantics: .grounded)
        let labels = try #require(e.labels)
        let a = try #require(graph.statement(titled: "A")), b = try #require(graph.statement(titled: "B"))
        #expect(labels[a.index] == .in && labels[b.index] == .out)
        let why = try #require(Explanation(a, evaluation: e, graph: graph))
        #expect(why.lines == [
            "Its attacker [B] is OUT: its only reason fails ([R] is OUT in reason [R]).",
            "It has no reasons, so it stands unless attacked.",
        ])
        #expect(ExplanationChecker.problems(why, labels: labels, framework: e.framework, graph: graph).isEmpty)
        // The old sentence, as a reason: [A] "defeats" [B] through an attack that does not exist.
        let attack = try #require(e.framework.attack(from: b, to: a))
        let fake = MapAttack(attacker: a, target: b, kind: .attack, path: [AttackStep(from: a, to: b, verb: "attacks", relation: attack.path[0].relation)])
        let old = Explanation(node: a, label: .in, semantics: .grounded, reasons: [.attackerDefeated(attack: attack, defeat: fake), .noReasons], graph: graph)
        #expect(old.lines.first == "Its attacker [B] is OUT: defeated by [A], which is IN.")
        let problems = ExplanationChecker.problems(old, labels: labels, framework: e.framework, graph: graph)
        #expect(problems.contains("[A] does not attack [B] in the framework"), "\(problems)")
    }

    @Test func derivedAttacksAndPremiseGroupsSayWhereTheyComeFrom() throws {
        let graph = ArgdownReader.read("""
            [C]: The strike will succeed.
              - [D]: The army will intervene.
                + [E]: The garrison is loyal.

            <Arg>

            (1) [P1]: Workers are united.
            (2) [P2]: United workers win strikes.
            ----
            (3) [C]
            """).graph
        let deductive = MapEvaluation(graph, semantics: .grounded, support: .deductive)
        let e = try #require(graph.statement(titled: "E"))
        let why = try #require(Explanation(e, evaluation: deductive, graph: graph))
        #expect(why.lines.contains("It is attacked by [D], which is IN.") == false)
        let reasons = MapEvaluation(graph, semantics: .grounded)
        let arg = try #require(graph.argument(titled: "Arg"))
        let argWhy = try #require(Explanation(arg, evaluation: reasons, graph: graph))
        #expect(argWhy.lines.contains("Its premise group [P1] + [P2] is wholly IN."), "\(argWhy.lines)")
        let c = try #require(graph.statement(titled: "C"))
        let cWhy = try #require(Explanation(c, evaluation: reasons, graph: graph))
        #expect(cWhy.reasons.contains { $0.kind == "attacked-by-in" }, "\(cWhy.lines)")
        let d = try #require(graph.statement(titled: "D"))
        let dWhy = try #require(Explanation(d, evaluation: reasons, graph: graph))
        #expect(dWhy.lines.contains("Its reason [E] is wholly IN."), "\(dWhy.lines)")
        // The deductive attack of [E] on [C] (E supports D, D attacks C) names its chain.
        let cDeductive = try #require(Explanation(c, evaluation: deductive, graph: graph))
        #expect(cDeductive.lines.contains("It is attacked by [E] (supported attack: [E] supports [D], [D] attacks [C]), which is IN.")
                    || cDeductive.lines.contains("It is attacked by [D], which is IN."), "\(cDeductive.lines)")
        for (g, ev) in [(c, reasons), (c, deductive), (arg, reasons)] {
            let x = try #require(Explanation(g, evaluation: ev, graph: graph))
            let labels = try #require(ev.labels)
            #expect(ExplanationChecker.problems(x, labels: labels, framework: ev.framework, graph: graph).isEmpty)
        }
    }
}
