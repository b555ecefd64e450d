import ArgdownSyntax
import ArgumentModel
import Foundation
import Testing
@testable import ArgumentAnalysis

/// One notion of what a map shows (``MapConnections``), and the analyses that walk it, on
/// Tests/fixtures/premise-connections.argdown (two reconstructed arguments object to [Pool] through their
/// conclusions: <Noise>, undercut by [Hours]; <Cost>, whose premise [Afford] [Grant] attacks). The expected connections are the fixture's comment,
/// worked out by hand.
@Suite struct MapConnectionsTests {
    static let expected: Set<String> = [
        "[Play] support [Pool]", "[No money] attack [Pool]", "[Annoy] attack [Pool]",
        "[Grant] attack [Afford]", "[Hours] undercut <Noise>",
        "<Cost> conclusion [No money]", "<Noise> conclusion [Annoy]",
        "[Price] premise <Cost>", "[Afford] premise <Cost>", "[Loud] premise <Noise>", "[Neighbours] premise <Noise>",
    ]

    static func graph() throws -> ArgumentGraph {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("fixtures/premise-connections.argdown")
        return ArgdownReader.read(try String(contentsOf: url, encoding: .utf8)).graph
    }

    static func describe(_ c: MapConnection, _ g: ArgumentGraph) -> String {
        let kind = c.kind == .relation ? c.type.rawValue : c.kind.rawValue
        return "\(g[c.from].bracketedTitle) \(kind) \(g[c.to].bracketedTitle)"
    }

    @Test func theConnectionsAreTheHandWrittenOnes() throws {
        let g = try Self.graph()
        let c = MapConnections(g)
        #expect(Set(c.all.map { Self.describe($0, g) }) == Self.expected)
        #expect(c.all.count == Self.expected.count, "each connection once")
        // The derived attack through the premise is Argdown's, not the map's: only `.all` has it.
        let all = Set(MapConnections(g, derived: .all).all.map { Self.describe($0, g) })
        #expect(all.subtracting(Self.expected) == ["[Grant] attack <Cost>", "<Cost> attack [Pool]", "<Noise> attack [Pool]"])
        let none = Set(MapConnections(g, derived: .none, premiseLinks: false).all.map { Self.describe($0, g) })
        #expect(none == Self.expected.filter { !$0.contains(" premise ") && !$0.contains(" conclusion ") })
        // Both ways: the premises of <Cost> enter it, [Afford] leaves for it.
        let cost = try #require(g.argument(titled: "Cost")), afford = try #require(g.statement(titled: "Afford"))
        #expect(c.incoming(cost).filter { $0.kind == .premise }.map { g[$0.from].title } == ["Price", "Afford"])
        #expect(c.outgoing(afford).map { Self.describe($0, g) } == ["[Afford] premise <Cost>"])
        #expect(g.nodes.allSatisfy { c.isConnected($0.id) })
    }

    @Test func theOutlineHangsEachPremiseUnderItsArgument() throws {
        let tree = Outline.tree(try Self.graph())
        #expect(tree == """
            [Pool]: The town should build a pool.
              + [Play]: Children need somewhere to play in summer.
              - [No money]: The town has no money for a pool.
                + <Cost>
                  + [Price]: A pool costs ten million.
                  + [Afford]: The town cannot afford ten million.
                    - [Grant]: A state grant pays half of the cost.
              - [Annoy]: A pool would annoy the neighbours.
                + <Noise>
                  _ [Hours]: A pool that closes at eight annoys nobody.
                  + [Loud]: Pools are loud.
                  + [Neighbours]: Loud places annoy the neighbours.

            """)
    }

    @Test func lintCallsNoPremiseDisconnectedAndCountsBothAnswers() throws {
        let g = try Self.graph()
        let found = Linter.lint(g)
        #expect(!found.contains { $0.code == LintCode.disconnected.rawValue })
        // The undercut answers <Noise>, the attack on [Afford] answers <Cost>.
        #expect(!found.contains { $0.code == LintCode.unansweredObjection.rawValue }, "\(found.map(\.message))")
        let unsupported = found.filter { $0.code == LintCode.unsupportedClaim.rawValue }.map(\.message)
        let premises = unsupported.filter { $0.contains("is a premise of an argument") }.compactMap { $0.split(separator: " ").first }
        #expect(Set(premises) == ["[Price]", "[Afford]", "[Loud]", "[Neighbours]"], "\(unsupported)")
        #expect(unsupported.count == 5 && unsupported.contains { $0.hasPrefix("[Play] is a reason") })
    }

    @Test func aMapWithoutTheFrontMatterHasNoPremiseAsMainConclusion() throws {
        // Without `mainConclusion`, lint finds the claims nothing argues from: a supported premise is not one.
        let g = ArgdownReader.read("""
            [C]: c.
              <+ <A>

            <A>

            (1) [P]: p.
            ----
            (2) [C]

            [P]
              <+ [R]: r.
              <- [O]: o.
            """).graph
        #expect(UnansweredObjectionRule.mainConclusions(g, MapConnections(g)).map { g[$0].title } == ["C"])
        #expect(!Linter.lint(g).contains { $0.code == LintCode.unansweredObjection.rawValue })
        #expect(MainConclusion.of(g).map { g[$0].title } == "C")
    }

    @Test func anArgumentWhoseConclusionSupportsItsOwnPremiseIsCircular() {
        let g = ArgdownReader.read("""
            <A>

            (1) [P]: p.
            ----
            (2) [C]: c.

            [C]
              +> [P]
            """).graph
        let circular = Linter.lint(g).filter { $0.code == LintCode.circularSupport.rawValue }.map(\.message)
        #expect(circular.count == 1 && circular[0].contains("<A> → [C] → [P] → <A>"), "\(circular)")
    }

    @Test func statsCountTheChainThroughAnArgument() throws {
        let stats = MapStatistics.of(try Self.graph())
        // [Price] → <Cost> → [No money]: two supportive connections (before, premises did not count: 1).
        #expect(stats.depth == 2)
        #expect(stats.mainConclusions == 1)
        let reasons = Dictionary(uniqueKeysWithValues: stats.claims.map { ($0.title, $0.reasons) })
        #expect(reasons["Pool"] == 1 && reasons["No money"] == 1 && reasons["Afford"] == 0)
    }

    @Test func objectionsAreAnsweredByTheUndercutAndTheDefeatedPremise() throws {
        let g = try Self.graph()
        let pool = try #require(g.statement(titled: "Pool"))
        let found = Objections.of(pool, in: g).map { o in
            "\(g[o.edge.node].bracketedTitle): " + o.rebuttals.map { "\(g[$0.node].bracketedTitle) via \($0.via.map { g[$0].bracketedTitle } ?? "-")" }.joined(separator: ", ")
        }
        // Each objection is the conclusion of an argument: the attack on the argument's premise answers one, the
        // undercut of the argument the other.
        #expect(found == ["[No money]: [Grant] via [Afford]", "[Annoy]: [Hours] via <Noise>"])
    }

    @Test func theIdentifyKeySaysWhatAPremisePassageDoes() {
        let g = ArgdownReader.read("""
            [C]: Wages should rise. {quote: "wages should rise"}
              <+ <A>

            <A>

            (1) [P]: Prices rose. {quote: "prices rose"}
            ----
            (2) [C]
            """).graph
        let key = ExerciseGenerator.make(.identify, from: g, seed: 1).answerKey
        #expect(key.contains("= [P]: supports <A>"), "\(key)")
        #expect(!key.contains("stands alone"), "\(key)")
    }
}
