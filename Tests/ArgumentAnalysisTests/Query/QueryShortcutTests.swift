import ArgumentModel
import Testing

@testable import ArgumentAnalysis

@Suite struct SupportersAndObjectionsTests {
    let g = QueryFixtures.letters
    func id(_ t: String) -> NodeID { g.statement(titled: t) ?? g.argument(titled: t) ?? NodeID(-1) }
    func title(_ n: NodeID) -> String { g[n].title }

    @Test func directSupporters() {
        let s = Supporters.of(id("Beta"), in: g)
        #expect(s.map { title($0.node) } == ["Alpha", "Peace"])
        #expect(s.map(\.distance) == [1, 1])
    }

    @Test func transitiveSupportersByDistanceThroughTheCycle() {
        let s = Supporters.of(id("Beta"), in: g, transitive: true)
        // 1: Alpha, Peace; 2: Gamma (→ Alpha → Beta); 3: Beta itself round the cycle, Delta (→ Gamma → Alpha → Beta).
        #expect(s.map { title($0.node) } == ["Alpha", "Peace", "Gamma", "Beta", "Delta"])
        #expect(s.map(\.distance) == [1, 1, 2, 3, 3])
        #expect(s[4].chain.map { title($0.to) } == ["Gamma", "Alpha", "Beta"])
    }

    @Test func objectionsWithRebuttals() {
        let o = Objections.of(id("Gamma"), in: g)
        #expect(o.map { "\(title($0.edge.node)) \($0.edge.type)" } == ["Epsilon attack"])
        #expect(o[0].rebuttals.map { "\(title($0.node)) \($0.type)" } == ["Golf contradictory"])
        // Contradictory seen from both ends; the claim itself is not its objection's rebuttal.
        #expect(Objections.of(id("Epsilon"), in: g).map { title($0.edge.node) } == ["Golf"])
        #expect(Objections.of(id("Epsilon"), in: g)[0].rebuttals == [])
        #expect(Objections.of(id("Golf"), in: g).map { title($0.edge.node) } == ["Epsilon"])
        #expect(Objections.of(id("Peace"), in: g).map { "\(title($0.edge.node)) \($0.edge.type)" } == ["Foxtrot undercut"])
        #expect(Objections.of(id("Alpha"), in: g) == [])
    }
}

@Suite struct ShortestChainsTests {
    let g = QueryFixtures.letters
    func id(_ t: String) -> NodeID { g.statement(titled: t) ?? g.argument(titled: t) ?? NodeID(-1) }
    func render(_ chain: [ProofStep]) -> String {
        chain.map { "\(g[$0.from].title) \($0.reversed ? "<" : "")\($0.type)\($0.reversed ? "" : ">") \(g[$0.to].title)" }
            .joined(separator: " | ")
    }

    @Test func forwardFollowsRelationDirection() {
        #expect(ShortestChains.find(from: id("Hotel"), to: id("Alpha"), in: g).map(render) == [
            "Hotel rephrase> Delta | Delta support> Gamma | Gamma support> Alpha",
        ])
        // Contradictory is walked both ways even forwards.
        #expect(ShortestChains.find(from: id("Golf"), to: id("Alpha"), in: g).map(render) == [
            "Golf contradictory> Epsilon | Epsilon attack> Gamma | Gamma support> Alpha",
        ])
        #expect(ShortestChains.find(from: id("Alpha"), to: id("Golf"), in: g).isEmpty)
        #expect(ShortestChains.find(from: id("Deltoid"), to: id("Alpha"), in: g).isEmpty)
        #expect(ShortestChains.find(from: id("Alpha"), to: id("Alpha"), in: g) == [[]])
    }

    @Test func undirectedWalksEitherWay() {
        #expect(ShortestChains.find(from: id("Alpha"), to: id("Golf"), in: g, direction: .undirected).map(render) == [
            "Alpha <support Gamma | Gamma <attack Epsilon | Epsilon <contradictory Golf",
        ])
    }

    @Test func allShortestChainsInRelationOrderUpToTheLimit() {
        var b = GraphBuilder()
        let s = b.node(.statement, title: "S"), a = b.node(.statement, title: "A")
        let c = b.node(.statement, title: "B"), t = b.node(.statement, title: "T")
        b.addRelation(from: s, to: a, type: .support)
        b.addRelation(from: s, to: c, type: .support)
        b.addRelation(from: a, to: t, type: .support)
        b.addRelation(from: c, to: t, type: .attack)
        b.addRelation(from: s, to: s, type: .support)
        let graph = b.build()
        let chains = ShortestChains.find(from: s, to: t, in: graph)
        #expect(chains.map { $0.map { "\(graph[$0.to].title):\($0.type)" } } == [["A:support", "T:support"], ["B:support", "T:attack"]])
        #expect(ShortestChains.find(from: s, to: t, in: graph, limit: 1).count == 1)
        #expect(ShortestChains.find(from: s, to: t, in: graph, types: [.support]).count == 1)
    }
}

@Suite struct MapStatisticsTests {
    @Test func countsOnTheLettersMap() {
        let s = MapStatistics.of(QueryFixtures.letters)
        #expect((s.statements, s.arguments, s.reconstructedArguments) == (9, 1, 0))
        #expect(s.relations == ["support": 5, "attack": 1, "undercut": 1, "contradictory": 1, "entails": 0, "contrary": 0, "rephrase": 1])
        #expect(s.derivedRelations.values.allSatisfy { $0 == 0 })
        #expect(s.claims.map(\.reasons) == [1, 2, 2, 0, 0, 0, 0, 0, 0])
        #expect(s.claims.map(\.objections) == [0, 0, 1, 0, 1, 0, 1, 0, 0])
        #expect(abs(s.reasonsPerClaim - 5.0 / 9) < 1e-9)
        #expect(abs(s.objectionsPerClaim - 3.0 / 9) < 1e-9)
        #expect(s.unsupportedClaims == 6)
        #expect(s.mostContested.map(\.title) == ["Gamma", "Epsilon", "Golf"])
        // The cycle Alpha→Beta→Gamma→Alpha is one component; Delta and Peace feed it: depth 1, no sink.
        #expect(s.depth == 1)
        #expect(s.mainConclusions == 0)
    }

    @Test func depthIsTheLongestChainAndCyclesAreSafe() {
        var b = GraphBuilder()
        let n = ["A", "B", "C", "D", "E", "F"].map { b.node(.statement, title: $0) }
        for (x, y) in [(0, 1), (1, 2), (2, 3), (4, 5), (5, 4), (5, 0)] {
            b.addRelation(from: n[x], to: n[y], type: .support)
        }
        let s = MapStatistics.of(b.build())
        #expect(s.depth == 4)  // {E,F} → A → B → C → D
        #expect(s.mainConclusions == 1)
    }

    @Test func derivedSupportsCount() {
        let s = MapStatistics.of(QueryFixtures.derived)
        // Arg → Y, Arg → Next, Next → V, Z → Next (derived: Z entails Next's premise Y); Z entails Y.
        #expect(s.derivedRelations["support"] == 4)
        #expect(s.derivedRelations["attack"] == 2)  // Arg → W (its conclusion Y is contrary to W), W → Next
        #expect(s.relations["entails"] == 1)
        // Premise links count (issue 16: a premise supports its argument): X → Arg → Y → Next → V. Y is a premise
        // of Next, so it is no sink: V is the only main conclusion. (Before: depth 2, Y and V.)
        #expect(s.depth == 4)
        #expect(s.mainConclusions == 1)
    }

    @Test func corpusSumsTheMaps() {
        let s = MapStatistics.corpus([("a.argdown", QueryFixtures.letters), ("b.argdown", QueryFixtures.derived)])
        #expect(s.files == ["a.argdown", "b.argdown"])
        #expect((s.statements, s.arguments, s.reconstructedArguments) == (14, 3, 2))
        #expect(s.relations["support"] == 5)
        #expect(s.derivedRelations["support"] == 4)
        #expect(s.depth == 4)  // b.argdown's X → Arg → Y → Next → V
        #expect(s.claims.count == 14)
        #expect(s.claims.last?.file == "b.argdown")
        // Objections are the attacks a map shows (listed ones; the derived attack of <Arg> on W restates Y's
        // contrariety, so it is not a second objection): W and Y each have one, from their contrariety.
        // Y: reasons Z and Arg. Ties (one objection, no reason) keep corpus order: Epsilon, Golf (first file), then W.
        #expect(s.mostContested.map(\.title) == ["Gamma", "Y", "Epsilon", "Golf", "W"])
    }
}
