import ArgumentModel
import Testing
@testable import ArgdownSyntax

/// argdown.md §6.4: implicit relations derived as Argdown 1.7's `deriveImplicitRelations` derives them. The first
/// five maps are the ones of argdown-core's test/deriveImplicitRelations.spec.ts (whose expectations are quoted in
/// the comments); each expected set was also worked out by hand as the union over all statements, arguments and
/// inferences, without the premise → argument supports (argdown.md §6.5, not derived here).
@Suite struct ImplicitRelationTests {
    private func graph(_ text: String) -> ArgumentGraph {
        let result = ArgdownReader.read(text, file: "implicit.argdown")
        #expect(!result.diagnostics.containsErrors, "\(result.diagnostics)")
        return result.graph
    }

    /// The derived relations as `from type to` (`<A>` arguments, `[S]` statements, ` #i` for an inference index).
    private func derived(_ g: ArgumentGraph) -> Set<String> {
        Set(g.relations.filter(\.isDerived).map { line(g, $0) })
    }

    private func listed(_ g: ArgumentGraph) -> Set<String> {
        Set(g.listedRelations.map { line(g, $0) })
    }

    private func line(_ g: ArgumentGraph, _ r: Relation) -> String {
        "\(g[r.from].bracketedTitle) \(r.type.rawValue) \(g[r.to].bracketedTitle)" + (r.inference.map { " #\($0)" } ?? "")
    }

    @Test func noRelationOfAnArgumentToItsOwnMember() {
        // Argdown: deriveImplicitRelations(a1) is empty; [s1]'s own relations give a1 → s1.
        let g = graph("[s1]: s1\n\n<a1>\n\n(1) sad\n----\n(2) [s1]\n")
        #expect(derived(g) == ["<a1> support [s1]"])
    }

    @Test func anArgumentConcludingAnUndercutterUndercutsToo() {
        // Argdown: the inference's implicit relations are [a2 undercut inference of a1 (conclusionIndex 1)].
        let g = graph("""
            <a1>

            (1) sad
            ----
                <_ [s1]
            (2) asdas

            <a2>

            (1) asd
            ----
            (2) [s1]: asdas
            """)
        #expect(listed(g) == ["[s1] undercut <a1> #0"])
        #expect(derived(g) == ["<a2> undercut <a1> #0", "<a1> support [Untitled 2]", "<a2> support [s1]"])
    }

    @Test func undercutsOfAnArgumentFromStatementsAndSketchedArguments() {
        // Argdown: a1's are a2, s1 and a3 undercutting a1; a2's are a2 undercutting a1 (and its inference); a3's is
        // a3 undercutting a1. s1 → a1 and a3 → a1 are the listed ones; only a2 → a1 is new.
        let g = graph("""
            <a1>

            (1) sad
            ----
                <_ [s1]
                <_ <a3>
            (2) asdas

            <a2>

            (1) asd
            ----
            (2) [s1]: asdas
            """)
        #expect(listed(g) == ["[s1] undercut <a1> #0", "<a3> undercut <a1> #0"])
        #expect(derived(g) == ["<a2> undercut <a1> #0", "<a1> support [Untitled 2]", "<a2> support [s1]"])
    }

    @Test func relationsOfAStatementWithPremisesAndConclusions() {
        // Argdown's five for s1 (strict mode): a2 attacks s1, s1 supports a1 (a premise support, §6.5, left out),
        // a3 supports s1, s1 attacks a4, s1 attacks a5.
        let g = graph("""
            ===
            model:
                mode: strict
            ===

            [s1]: s
                - [s2]: s
                -> [s3]: s
                <- [s4]: s

            <a1>

            (1) [s1]
            ----
            (2) s

            <a2>

            (1) s
            ----
            (2) [s2]

            <a3>

            (1) s
            ----
            (2) [s1]

            <a4>

            (1) [s3]
            ----
            (2) s

            <a5>

            (1) [s4]
            ----
            (2) s
            """)
        let touchingS1 = derived(g).filter { $0.hasPrefix("[s1] ") || $0.hasSuffix(" [s1]") }
        #expect(touchingS1 == [
            "<a2> attack [s1]", "<a3> support [s1]", "[s1] attack <a4>", "[s1] attack <a5>",
        ])
    }

    @Test func relationsOfAnArgumentThroughItsPremisesAndConclusion() {
        // Argdown's seven for a2 (strict mode): a2 attacks s1, a1, s7 and a6; s4, s5 and a4 attack a2. Not s8 (it
        // entails the conclusion: no support of the argument), not a5 (it attacks the conclusion), not s6 or a3
        // (the premise's outgoing relations). Plus a2's implicit support of its conclusion s2.
        let g = graph("""
            ===
            model:
                mode: strict
            ===

            [s1]: s
                - [s2]: s

            [s3]: s
                - [s4]: s
                -> [s5]: s // symmetric
                +> [s6]: s // outgoing
                -> <a3> // outgoing & explicit
                <- <a4>

            <a1>

            (1) [s1]
            ----
            (2) s

            <a2>

            (1) [s3]
            ----
            (2) [s2]
                <- [s7] // symmetric
                <+ [s8] // incoming
                <- <a5> // incoming & explicit
                -> <a6>
            """)
        let touchingA2 = derived(g).filter { $0.hasPrefix("<a2> ") || $0.hasSuffix(" <a2>") }
        #expect(touchingA2 == [
            "<a2> attack [s1]", "<a2> attack <a1>", "[s4] attack <a2>", "[s5] attack <a2>", "<a4> attack <a2>",
            "<a2> attack [s7]", "<a2> attack <a6>", "<a2> support [s2]",
        ])
    }

    @Test func anArgumentWhoseConclusionAttacksAPremiseAttacksThatArgument() {
        let g = graph("""
            <A>: a.

            (1) [P]: p.
            ----
            (2) [C]: c.
              -> [Q]

            <B>: b.

            (1) [Q]: q.
            ----
            (2) [D]: d.
            """)
        #expect(listed(g) == ["[C] attack [Q]"])
        #expect(derived(g) == [
            "<A> support [C]", "<B> support [D]",
            "[C] attack <B>",  // C attacks B's premise Q
            "<A> attack [Q]",  // A concludes C, which attacks Q
            "<A> attack <B>",  // both at once
        ])
    }

    @Test func contradictoryAndContraryConclusionsAndPremisesAttackBothWays() {
        let text = """
            [C]: c.
              >< [Q]: q.

            <A>: a.

            (1) [P]: p.
            ----
            (2) [C]

            <B>: b.

            (1) [Q]
            ----
            (2) [D]: d.
            """
        let expected: Set = ["<A> support [C]", "<B> support [D]", "[C] attack <B>", "<A> attack [Q]", "<A> attack <B>"]
        #expect(derived(graph(text)) == expected)
        // Strict mode: `-` between statements is contrary, which is symmetric too.
        let strict = graph("===\nmodel: {mode: strict}\n===\n\n" + text.replacingOccurrences(of: "><", with: "-"))
        #expect(listed(strict) == ["[Q] contrary [C]"])
        // Attacking A's conclusion is not attacking A: Argdown derives no [Q] attack <A>.
        #expect(derived(strict) == expected)
    }

    @Test func anUndercutFromAnArgumentIsInheritedByTheArgumentItself() {
        let g = graph("""
            <A>: a.

            (1) [P]: p.
            ----
            (2) [C]: c.

            <B>: b.

            (1) [Q]: q.
            ----
            (2) [R]: r.
            ----
            (3) [D]: d.

            <A>
              _> <B>
            """)
        // `<A> _> <B>` starts at A's conclusion and aims at B's last inference (#1, before (3)).
        #expect(listed(g) == ["[C] undercut <B> #1"])
        #expect(derived(g) == [
            "<A> support [C]", "<B> support [D]", "<A> undercut <B> #1",
        ])
    }

    @Test func supportOfAPremiseSupportsTheArgument() {
        let g = graph("""
            [E]: e.
              +> [P]: p.

            <A>: a.

            (1) [P]
            ----
            (2) [C]: c.
            """)
        #expect(derived(g) == ["<A> support [C]", "[E] support <A>"])
    }

    @Test func derivedRelationsAreNotListedAndNotDerivedFromAgain() {
        // <A> → <B> → <C> through conclusions used as premises: each argument supports the next, but <A> does not
        // support <C> (Argdown derives one step).
        let g = graph("""
            <A>

            (1) p.
            ----
            (2) [X]: x.

            <B>

            (1) [X]
            ----
            (2) [Y]: y.

            <C>

            (1) [Y]
            ----
            (2) z.
            """)
        #expect(g.listedRelations.isEmpty)
        #expect(derived(g) == [
            "<A> support [X]", "<B> support [Y]", "<C> support [Untitled 2]", "<A> support <B>", "<B> support <C>",
        ])
    }
}
