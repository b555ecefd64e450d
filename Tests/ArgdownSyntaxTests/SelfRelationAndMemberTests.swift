import ArgumentModel
import Testing
@testable import ArgdownSyntax

/// Self-relations are kept (issue 15), occurrences remember where they stand (Argdown's member roles), and
/// `isInGroup` data moves a node into a section as in Argdown.
@Suite struct SelfRelationAndMemberTests {
    private func read(_ text: String) -> ReadResult { ArgdownReader.read(text, file: "self.argdown") }

    private func lines(_ g: ArgumentGraph, derived: Bool) -> [String] {
        g.relations.filter { $0.isDerived == derived }.map { "\(g[$0.from].bracketedTitle) \($0.type.rawValue) \(g[$0.to].bracketedTitle)" }
    }

    @Test func aStatementRelatedToItselfIsKeptWithoutAWarning() throws {
        let result = read("[A]: a.\n  + [A]\n  - [A]\n")
        #expect(result.diagnostics.isEmpty)
        #expect(lines(result.graph, derived: false) == ["[A] support [A]", "[A] attack [A]"])
        let relation = try #require(result.graph.listedRelations.first)
        #expect(relation.range?.start.line == 2)
    }

    @Test func anArgumentAttackingItsOwnConclusionIsASelfAttackOfTheConclusion() {
        let g = read("<K>: k.\n\n(1) p.\n----\n(2) [C]: c.\n\n<K>\n  -> [C]\n").graph
        #expect(lines(g, derived: false) == ["[C] attack [C]"])
    }

    @Test func anArgumentSupportingItsOwnConclusionIsItsImplicitSupportOnly() {
        let g = read("[C]: c.\n  <+ <K>\n\n<K>: k.\n\n(1) p.\n----\n(2) [C]\n").graph
        #expect(g.listedRelations.isEmpty)
        #expect(lines(g, derived: true) == ["<K> support [C]"])
    }

    @Test func occurrencesRememberTopLevelAndRelationLines() throws {
        let g = read("[A]: a.\n  + [B]: b.\n    - <X>\n\n* [C]: c.\n\n<X>: x.\n\n(1) [B]\n----\n(2) d.\n").graph
        func contexts(_ title: String, _ kind: NodeKind = .statement) throws -> [OccurrenceContext?] {
            g[try #require(g.node(kind, titled: title))].occurrences.map(\.context)
        }
        #expect(try contexts("A") == [.topLevel])
        #expect(try contexts("B") == [.relation, nil])  // then as a pcs member
        #expect(try contexts("C") == [.topLevel])        // a list item stands at the top level
        #expect(try contexts("X", .argument) == [.relation, .topLevel])
    }

    @Test func isInGroupMovesANodeIntoOrOutOfASection() throws {
        let g = read("""
            # S1

            [A]: a.

            [B]: b. {isInGroup: false}

            [C]: c.

            # S2

            [A] {isInGroup: true}

            [B]: b.

            [C]
            """).graph
        func section(_ title: String) throws -> String? {
            let id = try #require(g.statement(titled: title))
            return g[id].section.map { g.sections[$0.index].title }
        }
        #expect(try section("A") == "S2")  // isInGroup: true on a later reference wins
        #expect(try section("B") == "S2")  // the definition with isInGroup: false does not place it
        #expect(try section("C") == "S1")  // by default: the first definition's section
    }
}
