import ArgumentModel
import Testing

@testable import ArgumentAnalysis

/// Answers of every operator on ``QueryFixtures/letters``, worked out by hand from its picture.
@Suite struct QueryEngineTests {
    let engine = QueryEngine(QueryFixtures.letters)

    /// The titles answering `query`, one string per row (`Title` or `Title,Title` for several columns).
    func answers(_ query: String) throws -> [String] {
        let g = QueryFixtures.letters
        return try engine.evaluate(query).rows.map { $0.map { g[$0].title }.joined(separator: ",") }
    }

    @Test func singleRelation() throws {
        #expect(try answers("?x supports [Beta]") == ["Alpha", "Peace"])
        #expect(try answers("[Alpha] supports ?y") == ["Beta"])
        #expect(try answers("?x attacks [Gamma]") == ["Epsilon"])
        #expect(try answers("?x undercuts <Peace>") == ["Foxtrot"])
        #expect(try answers("[Hotel] rephrases ?x") == ["Delta"])
        #expect(try answers("?x rephrases [Hotel]") == [])
    }

    @Test func contradictoryIsSymmetric() throws {
        #expect(try answers("[Golf] contradictory ?x") == ["Epsilon"])
        #expect(try answers("[Epsilon] contradictory ?x") == ["Golf"])
        #expect(try answers("?x contradictory [Golf]") == ["Epsilon"])
        #expect(try answers("[Golf] ^contradictory ?x") == ["Epsilon"])
    }

    @Test func contradictsIsAttacksUndercutsContradictory() throws {
        #expect(try answers("?x contradicts [Gamma]") == ["Epsilon"])
        #expect(try answers("?x contradicts [Epsilon]") == ["Golf"])
        #expect(try answers("?x contradicts <Peace>") == ["Foxtrot"])
        #expect(try answers("?x contradicts [Alpha]") == [])
    }

    @Test func inverse() throws {
        #expect(try answers("?x ^supports [Gamma]") == ["Alpha"])
        #expect(try answers("[Beta] ^supports ?x") == ["Alpha", "Peace"])
        #expect(try answers("[Alpha] ^^supports ?x") == ["Beta"])
    }

    @Test func sequence() throws {
        #expect(try answers("[Delta] supports/supports ?x") == ["Alpha"])
        #expect(try answers("?x supports/supports [Alpha]") == ["Beta", "Delta"])
        #expect(try answers("[Hotel] rephrases/supports ?x") == ["Gamma"])
        #expect(try answers("[Golf] contradictory/attacks ?x") == ["Gamma"])
    }

    @Test func inverseOfSequenceReversesTheOrder() throws {
        // ^(supports/supports) from Alpha: who supports what supports Alpha: Beta → Gamma → Alpha, Delta → Gamma → Alpha.
        #expect(try answers("[Alpha] ^(supports/supports) ?x") == ["Beta", "Delta"])
        // ^(rephrases/supports) from Gamma: Hotel rephrases Delta, Delta supports Gamma.
        #expect(try answers("[Gamma] ^(rephrases/supports) ?x") == ["Hotel"])
        #expect(try answers("[Gamma] ^supports/^rephrases ?x") == ["Hotel"])
    }

    @Test func alternative() throws {
        #expect(try answers("?x supports|attacks [Gamma]") == ["Beta", "Delta", "Epsilon"])
        #expect(try answers("[Hotel] rephrases|supports ?x") == ["Delta"])
        #expect(try answers("[Golf] (supports|contradictory)/attacks ?x") == ["Gamma"])
    }

    @Test func oneOrMoreOnACycleTerminates() throws {
        #expect(try answers("?x supports+ [Gamma]") == ["Alpha", "Beta", "Gamma", "Delta", "Peace"])
        #expect(try answers("[Alpha] supports+ ?x") == ["Alpha", "Beta", "Gamma"])
        #expect(try answers("[Delta] supports+ ?x") == ["Alpha", "Beta", "Gamma"])
        #expect(try answers("[Foxtrot] supports+ ?x") == [])
    }

    @Test func zeroOrMoreIncludesTheNodeItself() throws {
        #expect(try answers("[Delta] supports* ?x") == ["Alpha", "Beta", "Gamma", "Delta"])
        #expect(try answers("[Foxtrot] supports* ?x") == ["Foxtrot"])
        #expect(try answers("?x supports* [Deltoid]") == ["Deltoid"])
        #expect(try answers("[Foxtrot] supports* [Foxtrot]") == [""])
        #expect(try answers("[Foxtrot] supports+ [Foxtrot]") == [])
    }

    @Test func zeroOrOne() throws {
        #expect(try answers("[Delta] supports? ?x") == ["Gamma", "Delta"])
        #expect(try answers("[Foxtrot] supports? ?x") == ["Foxtrot"])
        #expect(try answers("?x supports? [Alpha]") == ["Alpha", "Gamma"])
    }

    @Test func alternativesAndSequencesInsideClosures() throws {
        // Hotel rephrases Delta, then supports to Gamma, Alpha, Beta (and round the cycle).
        #expect(try answers("[Hotel] (rephrases|supports)+ ?x") == ["Alpha", "Beta", "Gamma", "Delta"])
        // (attacks/supports)*: Epsilon itself; Epsilon attacks Gamma, Gamma supports Alpha; Alpha attacks nothing.
        #expect(try answers("[Epsilon] (attacks/supports)* ?x") == ["Alpha", "Epsilon"])
        // (supports/supports)* from Alpha: two steps at a time round a 3-cycle reaches all three.
        #expect(try answers("[Alpha] (supports/supports)* ?x") == ["Alpha", "Beta", "Gamma"])
        // Closure of an inverse of an alternative: who reaches Gamma by supports or attacks.
        #expect(try answers("[Gamma] (^(supports|attacks))+ ?x") == ["Alpha", "Beta", "Gamma", "Delta", "Epsilon", "Peace"])
        #expect(try answers("[Gamma] ^(supports|attacks)+ ?x") == ["Alpha", "Beta", "Gamma", "Delta", "Epsilon", "Peace"])
        // Symmetric relation in a closure: Golf ↔ Epsilon back and forth.
        #expect(try answers("[Golf] contradictory* ?x") == ["Epsilon", "Golf"])
        #expect(try answers("[Golf] contradictory+ ?x") == ["Epsilon", "Golf"])
    }

    @Test func sameVariableOnBothEnds() throws {
        #expect(try answers("?x supports+ ?x") == ["Alpha", "Beta", "Gamma"])
        #expect(try answers("?x supports* ?x").count == 10)
        #expect(try answers("?x contradictory ?x") == [])
    }

    @Test func bothEndsFree() throws {
        #expect(try answers("?x attacks ?y") == ["Epsilon,Gamma"])
        #expect(try answers("?x contradictory ?y") == ["Epsilon,Golf", "Golf,Epsilon"])
        #expect(try answers("?x supports/supports ?y") == [
            "Alpha,Gamma", "Beta,Alpha", "Gamma,Beta", "Delta,Alpha", "Peace,Gamma",
        ])
    }

    @Test func joinsOnSharedVariables() throws {
        #expect(try answers("?x supports ?y, ?y supports [Gamma]") == ["Alpha,Beta", "Peace,Beta"])
        #expect(try answers("?y supports [Gamma], ?x supports ?y") == ["Beta,Alpha", "Beta,Peace"])
        // Nodes that contradict something and are contradicted: worked out edge by edge.
        #expect(try answers("?x contradicts ?y, ?z contradicts ?x") == [
            "Epsilon,Gamma,Golf", "Epsilon,Golf,Golf", "Golf,Epsilon,Epsilon",
        ])
        #expect(try answers("?x supports [Beta], ?x is statement") == ["Alpha"])
        #expect(try answers("?a supports ?b, ?b supports ?c, ?c supports ?a") == [
            "Alpha,Beta,Gamma", "Beta,Gamma,Alpha", "Gamma,Alpha,Beta",
        ])
    }

    @Test func tagTerms() throws {
        #expect(try answers("#econ supports [Gamma]") == [""])
        #expect(try answers("#war supports [Gamma]") == [])
        #expect(try answers("#war supports+ [Gamma]") == [""])
        #expect(try answers("?x contradicts #econ") == ["Golf"])
        #expect(try answers("#econ contradicts ?x") == ["Gamma", "Golf"])  // Epsilon attacks Gamma, is contradictory to Golf
        #expect(try engine.evaluate("#econ supports ?x").variables == ["x"])
    }

    @Test func filters() throws {
        #expect(try answers("?x has #econ") == ["Delta", "Epsilon"])
        #expect(try answers("?x has #ECON") == ["Delta", "Epsilon"])
        #expect(try answers("?x is argument") == ["Peace"])
        #expect(try answers("?x text ~ \"COLLAPS\"") == ["Delta", "Hotel"])
        #expect(try answers("?x text ~ \"alp\"") == ["Alpha"])
        #expect(try answers("?x supports+ [Gamma], ?x is statement, ?x has #war") == ["Alpha"])
        #expect(try answers("?x is statement, ?x is argument") == [])
    }

    @Test func negationAsFailure() throws {
        #expect(try answers("?x is statement, not ?y supports ?x") == [
            "Delta", "Epsilon", "Foxtrot", "Golf", "Hotel", "Deltoid",
        ])
        #expect(try answers("not ?y supports ?x, ?x is statement") == [
            "Delta", "Epsilon", "Foxtrot", "Golf", "Hotel", "Deltoid",
        ])
        #expect(try answers("?x is statement, not (?y supports ?x, ?y is argument)") == [
            "Alpha", "Gamma", "Delta", "Epsilon", "Foxtrot", "Golf", "Hotel", "Deltoid",
        ])
        #expect(try answers("?x is statement, not ?x has #econ, not ?x supports* [Gamma]") == [
            "Foxtrot", "Golf", "Hotel", "Deltoid",
        ])
        // Contested claims nobody defends: attacked, and no attacker is itself contradicted.
        #expect(try answers("?x contradicts ?y, not ?z contradicts ?x") == ["Foxtrot,Peace"])
        #expect(try answers("not [Alpha] attacks ?x") == [""])
        #expect(try answers("not [Epsilon] attacks ?x") == [])
    }

    @Test func nestedNegation() throws {
        // Statements none of whose supporters is a statement: Alpha, Beta and Gamma each have a statement supporter.
        #expect(try answers("?x is statement, not (?y supports ?x, not ?y is argument)") == [
            "Delta", "Epsilon", "Foxtrot", "Golf", "Hotel", "Deltoid",
        ])
        // Variables only inside `not` are not columns.
        #expect(try engine.evaluate("?x is argument, not ?y undercuts ?x").variables == ["x"])
        #expect(try answers("?x is argument, not ?y undercuts ?x") == [])
    }

    @Test func nestedClosuresWithEmptyLoopsTerminate() throws {
        #expect(try answers("[Foxtrot] (supports*)* ?x") == ["Foxtrot"])
        #expect(try answers("[Delta] (supports*)+ ?x") == ["Alpha", "Beta", "Gamma", "Delta"])
        #expect(try answers("[Delta] (supports?)* ?x") == ["Alpha", "Beta", "Gamma", "Delta"])
        #expect(try answers("[Delta] (supports?)? ?x") == ["Gamma", "Delta"])
        #expect(try answers("[Hotel] (rephrases*/supports*)* ?x") == ["Alpha", "Beta", "Gamma", "Delta", "Hotel"])
    }

    @Test func closureWorkIsBoundedByTheEdgesReached() throws {
        // A dense cyclic map: 200 nodes, each supporting the next five (mod 200). `?x supports+ [N0]` reaches every
        // node; each (node, state) pair is expanded once, so the adjacency entries scanned are at most
        // states × relations (the inverse of `supports+` has two states), never a multiple per path.
        var b = GraphBuilder()
        let ids = (0..<200).map { b.node(.statement, title: "N\($0)") }
        for i in 0..<200 { for k in 1...5 { b.addRelation(from: ids[i], to: ids[(i + k) % 200], type: .support) } }
        let graph = b.build()
        let result = try QueryEngine(graph).evaluate("?x supports+ [N0]")
        #expect(result.rows.count == 200)
        #expect(result.edgesTraversed <= 2 * graph.relations.count)
        #expect(result.edgesTraversed >= graph.relations.count)
    }

    @Test func titlesAreExactIgnoringCaseOnlyWhenUnambiguous() throws {
        #expect(try answers("?x supports [GAMMA]") == ["Beta", "Delta"])
        #expect(throws: QueryError("no claim or argument is titled '[gam]'; did you mean [Gamma]?",
                                   column: 13, candidates: ["[Gamma]"])) {
            try engine.evaluate("?x supports [gam]")
        }
        // `[Del]` is a part of two titles: suggested, never taken.
        #expect(throws: QueryError("no claim or argument is titled '[Del]'; did you mean [Delta], [Deltoid]?",
                                   column: 14, candidates: ["[Delta]", "[Deltoid]"])) {
            try engine.evaluate("?x supports+ [Del]")
        }
    }

    @Test func fuzzyTitlesMayBeAbbreviated() throws {
        let fuzzy = QueryEngine(QueryFixtures.letters, titles: .fuzzy)
        let g = QueryFixtures.letters
        #expect(try fuzzy.evaluate("?x supports [gam]").rows.map { g[$0[0]].title } == ["Beta", "Delta"])
        #expect(try fuzzy.evaluate("?x undercuts <pea>").rows.map { g[$0[0]].title } == ["Foxtrot"])
        #expect(try fuzzy.evaluate("?x supports [Gamm]").rows.map { g[$0[0]].title } == ["Beta", "Delta"])
    }

    @Test func ambiguousFuzzyTitleIsAnErrorListingCandidates() {
        #expect(throws: QueryError("'[Del]' matches more than one title: [Delta], [Deltoid]; type one of them exactly",
                                   column: 14, candidates: ["[Delta]", "[Deltoid]"])) {
            try QueryEngine(QueryFixtures.letters, titles: .fuzzy).evaluate("?x supports+ [Del]")
        }
    }

    @Test func unknownTitleIsAnErrorAtItsColumn() throws {
        do {
            _ = try engine.evaluate("[Zulu] supports ?x")
            Issue.record("expected an error")
        } catch {
            #expect(error.column == 1)
            #expect(error.message.contains("no claim or argument is titled '[Zulu]'"))
        }
    }

    @Test func explainGivesAShortestPathPerPattern() throws {
        let g = QueryFixtures.letters
        let result = try engine.evaluate("[Delta] supports+ ?x, ?x supports [Beta]", explain: true)
        #expect(result.rows.map { $0.map { g[$0].title } } == [["Alpha"]])
        let proof = try #require(result.proofs.first)
        #expect(proof.count == 2)
        // Delta → Gamma → Alpha (two supports), then Alpha → Beta.
        #expect(proof[0].steps.map { "\(g[$0.from].title)-\($0.type.rawValue)->\(g[$0.to].title)" } == [
            "Delta-support->Gamma", "Gamma-support->Alpha",
        ])
        #expect(proof[1].steps.map(\.type) == [.support])
        let zero = try engine.evaluate("[Foxtrot] supports* ?x", explain: true)
        #expect(zero.proofs == [[PatternProof(pattern: zero.proofs[0][0].pattern, steps: [], subject: NodeID(5), object: NodeID(5))]])
        let inverse = try engine.evaluate("[Golf] ^contradictory ?x", explain: true)
        #expect(inverse.proofs[0][0].steps == [
            ProofStep(from: NodeID(6), to: NodeID(4), relation: RelationID(6), type: .contradictory, reversed: false),
        ])
        let back = try engine.evaluate("[Gamma] ^attacks ?x", explain: true)
        #expect(back.proofs[0][0].steps == [
            ProofStep(from: NodeID(2), to: NodeID(4), relation: RelationID(4), type: .attack, reversed: true),
        ])
    }
}

/// The mapping of relation names to relation types, including derived (implicit) supports and strict mode.
@Suite struct QueryRelationMappingTests {
    let engine = QueryEngine(QueryFixtures.derived)

    func answers(_ query: String) throws -> [String] {
        try engine.evaluate(query).rows.map { $0.map { QueryFixtures.derived[$0].title }.joined(separator: ",") }
    }

    @Test func implicitSupportsCount() throws {
        // <Arg> supports its conclusion [Y] and <Next> (whose premise is Y); [Z] entails [Y], so it supports <Next>.
        #expect(try answers("?x supports [Y]") == ["Z", "Arg"])
        #expect(try answers("<Arg> supports ?x") == ["Y", "Next"])
        // A premise supports its argument (issue 16): [Y] is <Next>'s premise, [X] <Arg>'s.
        #expect(Set(try answers("?x supports+ <Next>")) == ["Arg", "Z", "Y", "X"])
        let relationsOnly = try QueryEngine(QueryFixtures.derived, premiseSupports: false).evaluate("?x supports+ <Next>")
        #expect(Set(relationsOnly.rows.map { QueryFixtures.derived[$0[0]].title }) == ["Arg", "Z"])
    }

    @Test func premiseAndConclusionLinks() throws {
        #expect(try answers("?p premise <Next>") == ["Y"])
        #expect(try answers("?p premise <Arg>") == ["X"])
        #expect(try answers("<Arg> conclusion ?c") == ["Y"])
        // <Arg> supports <Next> (implicitly) but <Next> is not its conclusion.
        #expect(Set(try answers("?a conclusion ?c")) == ["Arg,Y", "Next,V"])
        #expect(try answers("[X] premise/conclusion ?c") == ["Y"])
        // `premise` is walked even when `supports` leaves premises out.
        let strict = try QueryEngine(QueryFixtures.derived, premiseSupports: false).evaluate("?p premise <Next>")
        #expect(strict.rows.map { QueryFixtures.derived[$0[0]].title } == ["Y"])
    }

    @Test func contraryIsASymmetricAttack() throws {
        // [W] is contrary to [Y], the premise of <Next>: it attacks <Next> too (implicitly).
        #expect(try answers("[W] attacks ?x") == ["Y", "Next"])
        #expect(try answers("[Y] attacks ?x") == ["W"])
        #expect(try answers("?x contradicts [Y]") == ["W"])
    }
}
