import ArgdownSyntax
import ArgumentModel
import Testing
@testable import ArgumentAnalysis

/// Self-relations kept in the graph: the lint reports them once, semantics read them literally, and queries and
/// supporter searches end on them.
@Suite struct SelfRelationAnalysisTests {
    static func read(_ text: String) -> ArgumentGraph {
        let result = ArgdownReader.read(text, file: "self.argdown")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        return result.graph
    }

    @Test func theLintReportsEachSelfRelationAtItsLine() {
        let g = Self.read("[A]: a. #fact\n  + [A]\n  - [A]\n")
        let d = Linter.lint(g)
        #expect(d.map(\.code) == ["self-relation", "self-relation"])
        #expect(d.map { $0.range?.start.line } == [2, 3])
        #expect(d.map(\.message) == [
            "[A] supports itself; a claim cannot be a reason for itself: point the relation at another node or remove it",
            "[A] attacks itself, so it can never be accepted: point the relation at another node or remove it",
        ])
        #expect(Linter.lint(g, disabled: ["self-relation"]).isEmpty)
    }

    @Test func aSelfAttackingClaimIsNeverIn() {
        // [A] attacks itself and [B]; [C] is untouched. Grounded: A is UNDEC (it can be neither IN nor OUT), so B,
        // attacked only by A, is UNDEC too. Stable: no labelling (A can be neither IN nor OUT). Preferred: the
        // grounded one is the only complete labelling.
        let g = Self.read("[A]: a.\n  - [A]\n  -> [B]: b.\n\n[C]: c.\n")
        func labels(_ s: Semantics) -> [[Label]] { MapEvaluation(g, semantics: s).labellings }
        #expect(labels(.grounded) == [[.undec, .undec, .in]])
        #expect(labels(.preferred) == [[.undec, .undec, .in]])
        #expect(labels(.stable).isEmpty)
        // An IN attacker of A makes it OUT, and B IN again.
        let h = Self.read("[A]: a.\n  - [A]\n  -> [B]: b.\n  - [D]: d.\n")
        #expect(MapEvaluation(h, semantics: .grounded).labellings == [[.out, .in, .in]])
    }

    @Test func aSelfSupportGivesNoReason() {
        // A reason group of itself alone would leave [A] UNDEC; it is no reason, so [A] stays IN as without it.
        let g = Self.read("[A]: a.\n  + [A]\n")
        #expect(MapEvaluation(g, semantics: .grounded).labellings == [[.in]])
    }

    @Test func queriesAndSupporterSearchesEndOnSelfLoops() throws {
        let g = Self.read("[A]: a.\n  + [A]\n  + [B]: b.\n    + [B]\n")
        let engine = QueryEngine(g)
        let rows = try engine.evaluate("?x supports+ [A]").rows.map { $0.map { g[$0].title } }
        #expect(Set(rows.map { $0.joined() }) == ["A", "B"])
        let a = try #require(g.statement(titled: "A"))
        #expect(Set(Supporters.of(a, in: g, transitive: true).map { g[$0.node].title }) == ["A", "B"])
    }
}
