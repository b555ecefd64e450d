import ArgdownSyntax
import ArgumentModel
import Testing
@testable import ArgumentAnalysis

/// Outlines and main-conclusion finding follow the relations a picture shows: listed ones and an argument's
/// derived supports, not Argdown's other implicit relations (which restate a shown path through a pcs member).
@Suite struct ShownRelationsTests {
    static let map = """
        [T]: t.
          <+ <A>: a.
          <+ [E]: e.

        <A>

        (1) [P]: p.
        ----
        (2) [T]

        [X]: x.
          -> [P]
        """

    @Test func onlyListedRelationsAndArgumentSupportsAreShown() throws {
        let g = ArgdownReader.read(Self.map).graph
        let shown = g.relations.filter(g.isShown).map { "\(g[$0.from].bracketedTitle) \($0.type.rawValue) \(g[$0.to].bracketedTitle)" }
        // Derived but not shown: [X] attack <A> (X attacks A's premise P).
        #expect(g.relations.contains { g[$0.from].title == "X" && g[$0.to].title == "A" && $0.isDerived })
        #expect(Set(shown) == ["[E] support [T]", "[X] attack [P]", "<A> support [T]"])
    }

    @Test func theOutlineDoesNotRepeatAnObjectionThroughTheArgument() {
        let g = ArgdownReader.read(Self.map).graph
        let tree = Outline.render(g)
        #expect(tree.components(separatedBy: "[X]").count == 2)  // once, under [P]
        #expect(MainConclusion.of(g) == g.statement(titled: "T"))
    }

    @Test func gradingComparesTheShownRelationsOnly() {
        let g = ArgdownReader.read(Self.map).graph
        // [E] support [T], [X] attack [P], <A> support [T], and the premise link [P] → <A> (issue 17: a premise
        // counts as a connection); not [X] attack <A>, which restates [X] attack [P].
        #expect(MapComparison.comparable(g).count == 4)
        #expect(g.relations.count > 3)
    }

    @Test func anArgumentWhoseConclusionIsRebuttedDoesNotAttackThroughIt() throws {
        // <A> is IN (its premise stands) but its conclusion [C] is OUT (rebutted by [R]); [C] attacks [P], the
        // premise of <B>. Argdown derives <A> attacks <B>; counted as an attack it would make <B> OUT, but the
        // attack exists only through [C], which is OUT: <B> stays IN.
        let g = ArgdownReader.read("""
            <A>: a.

            (1) [P1]: p1.
            ----
            (2) [C]: c.
              -> [P]
              <- [R]: r.

            <B>: b.

            (1) [P]: p.
            ----
            (2) [D]: d.
            """).graph
        #expect(g.relations.contains { g[$0.from].title == "A" && g[$0.to].title == "B" && $0.type == .attack })
        let labels = try #require(MapEvaluation(g, semantics: .grounded).labellings.first)
        func label(_ kind: NodeKind, _ title: String) -> Label? { g.node(kind, titled: title).map { labels[$0.index] } }
        #expect(label(.argument, "A") == .in)
        #expect(label(.statement, "C") == .out)
        #expect(label(.statement, "P") == .in)
        #expect(label(.argument, "B") == .in)
        #expect(label(.statement, "D") == .in)
    }
}
