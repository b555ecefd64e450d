import Foundation
import Testing

/// A small Argdown map for the query commands, written to a temporary folder.
///
/// Nodes in order of first occurrence: [Beta] [Alpha] <Peace> [Foxtrot] [Gamma] [Delta] [Epsilon] [Golf] [Deltoid].
/// Supports: Alpha → Beta, Peace → Beta, Beta → Gamma, Delta → Gamma, Gamma → Alpha (a cycle Alpha → Beta →
/// Gamma → Alpha). Epsilon attacks Gamma; Golf and Epsilon are contradictory; Foxtrot undercuts <Peace>.
enum QueryMapFixture {
    static let text = """
        [Beta]: Beta is true.
          <+ [Alpha]: Alpha is true. #war
          <+ <Peace>: Peace is the reason.
            <_ [Foxtrot]: Foxtrot undercuts it.

        [Gamma]: Gamma is true.
          <+ [Beta]
          <+ [Delta]: Economic collapse drives the crisis. #econ
          <- [Epsilon]: Epsilon objects. #econ
            >< [Golf]: Golf denies Epsilon.
          +> [Alpha]

        [Deltoid]: Unrelated.

        """

    /// The fixture's path (written once per test process).
    static let path: String = {
        // A failure to make the folder shows as the tests' failure to read the file.
        let folder = (try? ScratchFolders.make("argmap-query")) ?? URL(fileURLWithPath: "/nonexistent")
        let file = folder.appendingPathComponent("map.argdown")
        try? Data(text.utf8).write(to: file)
        return file.path
    }()

}

/// Query errors are reported before the map is read, so these need no parser.
@Suite struct QueryCommandErrorTests {
    @Test func syntaxErrorPointsAtTheColumnWithACaret() throws {
        let r = try CLI.run(["query", QueryMapFixture.path, "?x supports+ [Gamma"])
        #expect(r.status == 1)
        #expect(r.stdout == "")
        #expect(r.stderr == "query:1:14: error: unterminated title: expected ']' to close '[' [query-syntax]\n1 | ?x supports+ [Gamma\n  |              ^\n")
    }

    @Test func unknownRelationSuggestsTheName() throws {
        let r = try CLI.run(["query", QueryMapFixture.path, "?x support [Gamma]"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("query:1:4: error: unknown relation 'support'"))
        #expect(r.stderr.contains("did you mean 'supports'?"))
    }

    @Test func missingFileIsAnError() throws {
        let r = try CLI.run(["stats", "/nonexistent/map.argdown"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("/nonexistent/map.argdown: no such file"))
    }

    @Test func helpTeachesTheLanguage() throws {
        let r = try CLI.run(["query", "--help"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("argmap query map.argdown '?x supports+ [Soviet power]'"))
        for command in ["supporters", "objections", "path", "stats"] {
            let help = try CLI.run([command, "--help"])
            #expect(help.status == 0)
            #expect(help.stdout.contains("argmap \(command) "))
        }
    }
}

/// The query commands on ``QueryMapFixture``; answers worked out from its picture.
@Suite struct QueryCommandMapTests {
    let map = QueryMapFixture.path

    @Test func textTable() throws {
        let r = try CLI.run(["query", map, "?x supports [Beta]"])
        #expect(r.status == 0)
        #expect(r.stdout == "?x\n-------\n[Alpha]\n<Peace>\n(2 answers)\n")
    }

    @Test func twoColumnsAndNoAnswers() throws {
        let r = try CLI.run(["query", map, "?x attacks ?y"])
        #expect(r.stdout == "?x         ?y\n------------------\n[Epsilon]  [Gamma]\n(1 answer)\n")
        #expect(try CLI.run(["query", map, "[Deltoid] supports ?x"]).stdout == "no answers\n")
    }

    @Test func csvOfATransitiveClosureOnACycle() throws {
        let r = try CLI.run(["query", map, "?x supports+ [Gamma]", "--format", "csv"])
        #expect(r.stdout == "x\n[Beta]\n[Alpha]\n<Peace>\n[Gamma]\n[Delta]\n")
        let yesNo = try CLI.run(["query", map, "[Golf] contradicts [Epsilon]", "--format", "csv"])
        #expect(yesNo.stdout == "holds\ntrue\n")
    }

    @Test func explainPrintsAShortestProof() throws {
        let r = try CLI.run(["query", map, "[Delta] supports+ [Alpha]", "--explain"])
        #expect(r.stdout == "yes\n  because [Delta] -support-> [Gamma] -support-> [Alpha]\n")
        let rows = try CLI.run(["query", map, "?x supports [Beta], ?x is statement", "--explain"])
        #expect(rows.stdout == "?x = [Alpha]\n  because [Alpha] -support-> [Beta]\n(1 answer)\n")
    }

    @Test func negationAndFilters() throws {
        let r = try CLI.run(["query", map, "?c is statement, not ?r supports ?c", "--format", "csv"])
        #expect(r.stdout == "c\n[Foxtrot]\n[Delta]\n[Epsilon]\n[Golf]\n[Deltoid]\n")
        let tagged = try CLI.run(["query", map, "?x has #econ, ?x text ~ \"collapse\"", "--format", "csv"])
        #expect(tagged.stdout == "x\n[Delta]\n")
    }

    @Test func json() throws {
        let r = try CLI.run(["query", map, "?x contradicts [gam]", "--fuzzy", "--format", "json", "--explain"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(object["count"] as? Int == 1)
        #expect(object["holds"] as? Bool == true)
        #expect(object["query"] as? String == "?x contradicts [gam]")
        let answers = try #require(object["answers"] as? [[String: Any]])
        let x = try #require((answers[0]["bindings"] as? [String: Any])?["x"] as? [String: Any])
        #expect(x["title"] as? String == "Epsilon")
        #expect(x["kind"] as? String == "statement")
        let proof = try #require((answers[0]["proofs"] as? [[String: Any]])?.first?["path"] as? [[String: Any]])
        #expect(proof.map { $0["type"] as? String } == ["attack"])
    }

    @Test func dotHighlightsTheAnswers() throws {
        let r = try CLI.run(["query", map, "?x contradicts [Gamma]", "--format", "dot"])
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("digraph "))
        #expect(r.stdout.contains("label=<<B>query: ?x contradicts [Gamma]</B>>"))
        // The answer filled, the pattern's other end on the path, a neighbour as grey context, the proof thick.
        #expect(r.stdout.contains("\"s-epsilon\" [id=\"s-epsilon\", class=\"statement tag-econ query-match\""))
        #expect(r.stdout.contains("\"s-gamma\" [id=\"s-gamma\", class=\"statement query-path\""))
        #expect(r.stdout.contains("\"s-golf\" [id=\"s-golf\", class=\"statement query-context\""))
        #expect(r.stdout.contains("class=\"attack query-proof\""))
        #expect(!r.stdout.contains("Deltoid"))
    }

    @Test func svgRendersTheHighlightedMap() throws {
        let r = try CLI.run(["query", map, "?x contradicts [Gamma]", "--format", "svg"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("<svg"))
        // Graphviz writes `-` in attribute values as `&#45;`.
        #expect(r.stdout.contains("<g id=\"s&#45;epsilon\" class=\"node statement tag&#45;econ query&#45;match\">"))
        #expect(!r.stdout.contains("Deltoid"))
    }

    @Test func ambiguousTitleListsCandidates() throws {
        // Exact titles: a part of two titles suggests both; with --fuzzy it is ambiguous between them.
        let exact = try CLI.run(["query", map, "?x supports [Del]"])
        #expect(exact.status == 1)
        #expect(exact.stderr.contains("query:1:13: error: no claim or argument is titled '[Del]'; did you mean [Delta], [Deltoid]?"))
        let r = try CLI.run(["query", map, "?x supports [Del]", "--fuzzy"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("query:1:13: error: '[Del]' matches more than one title: [Delta], [Deltoid]"))
        let s = try CLI.run(["supporters", map, "del", "--fuzzy"])
        #expect(s.status == 1)
        #expect(s.stderr == "error: 'del' matches more than one title: [Delta], [Deltoid]; type one of them exactly [ambiguous-title]\n")
        let unknown = try CLI.run(["objections", map, "[Gama]"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr == "error: no claim or argument is titled '[Gama]'; did you mean [Gamma]? [unknown-title]\n")
    }

    @Test func supporters() throws {
        let r = try CLI.run(["supporters", map, "beta"])
        #expect(r.stdout == "Supporters of [Beta]:\nsupporter  relation\n-------------------\n[Alpha]    support\n<Peace>    support\n")
        let transitive = try CLI.run(["supporters", map, "beta", "--transitive"])
        #expect(transitive.stdout == """
            Supporters of [Beta] (transitive):
            distance  supporter  chain
            ---------------------------------------------------------------------
            1         [Alpha]    -support->
            1         <Peace>    -support->
            2         [Gamma]    -support-> [Alpha] -support->
            3         [Beta]     -support-> [Gamma] -support-> [Alpha] -support->
            3         [Delta]    -support-> [Gamma] -support-> [Alpha] -support->

            """)
        let none = try CLI.run(["supporters", map, "Deltoid"])
        #expect(none.stdout == "Nothing supports [Deltoid].\n")
    }

    @Test func transitiveSupportersAsJSON() throws {
        let r = try CLI.run(["supporters", map, "[Beta]", "--transitive", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let list = try #require(object["supporters"] as? [[String: Any]])
        // 1: Alpha, Peace; 2: Gamma; 3: Beta (round the cycle) and Delta.
        #expect(list.map { ($0["node"] as? [String: Any])?["title"] as? String } == ["Alpha", "Peace", "Gamma", "Beta", "Delta"])
        #expect(list.map { $0["distance"] as? Int } == [1, 1, 2, 3, 3])
    }

    @Test func objectionsWithRebuttals() throws {
        let r = try CLI.run(["objections", map, "gamma"])
        #expect(r.stdout == "Objections to [Gamma]:\n  [Epsilon] (attack)\n      rebutted by [Golf] (contradictory)\n")
        let peace = try CLI.run(["objections", map, "<Peace>"])
        #expect(peace.stdout == "Objections to <Peace>:\n  [Foxtrot] (undercut)\n      no rebuttal\n")
        #expect(try CLI.run(["objections", map, "Delta"]).stdout == "No objections to [Delta].\n")
    }

    @Test func pathFollowsDirectionsUnlessUndirected() throws {
        let r = try CLI.run(["path", map, "delta", "beta"])
        #expect(r.stdout == "Shortest chain from [Delta] to [Beta] (3 steps):\n  1. [Delta] -support-> [Gamma] -support-> [Alpha] -support-> [Beta]\n")
        let none = try CLI.run(["path", map, "alpha", "epsilon"])
        #expect(none.stdout == "No chain from [Alpha] to [Epsilon] following relation directions; try --undirected.\n")
        let undirected = try CLI.run(["path", map, "alpha", "epsilon", "--undirected"])
        #expect(undirected.stdout == "Shortest chain from [Alpha] to [Epsilon] (2 steps):\n  1. [Alpha] <-support- [Gamma] <-attack- [Epsilon]\n")
        let json = try CLI.run(["path", map, "delta", "beta", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["length"] as? Int == 3)
        #expect(object["direction"] as? String == "forward")
    }

    @Test func stats() throws {
        let r = try CLI.run(["stats", map])
        #expect(r.stdout.contains("claims 8, arguments 1 (0 reconstructed)\n"))
        #expect(r.stdout.contains("relations: support 5, attack 1, undercut 1, contradictory 1\n"))
        #expect(r.stdout.contains("implicit relations: none\n"))
        #expect(r.stdout.contains("depth 1 (longest support chain), main conclusions 0\n"))
        #expect(r.stdout.hasSuffix("most contested:\n  [Gamma]: 1 objection, 2 reasons\n  [Epsilon]: 1 objection, 0 reasons\n  [Golf]: 1 objection, 0 reasons\n"))
        let json = try CLI.run(["stats", map, map, "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["statements"] as? Int == 16)
        #expect(object["reasonsPerClaim"] as? Double == 0.625)
        #expect(object["objectionsPerClaim"] as? Double == 0.375)
        #expect(object["unsupportedClaims"] as? Int == 10)
        // A folder is searched for maps: the fixture's folder holds just this one.
        let folder = URL(fileURLWithPath: map).deletingLastPathComponent().path
        let fromFolder = try CLI.run(["stats", folder, "--format", "json"])
        let counted = try #require(try JSONSerialization.jsonObject(with: Data(fromFolder.stdout.utf8)) as? [String: Any])
        #expect(counted["statements"] as? Int == 8)
        #expect(counted["files"] as? [String] == [map])
    }
}
