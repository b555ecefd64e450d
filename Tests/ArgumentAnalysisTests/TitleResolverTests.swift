import ArgumentModel
import Testing

@testable import ArgumentAnalysis

/// The one title resolver: exact by default, loose only with `.fuzzy`, "did you mean" when nothing matches.
@Suite struct TitleResolverTests {
    /// Statements `[511012]`, `[War caused revolution]`, `[War needs order]`, `[Soviet power]`, and an argument
    /// `<Soviet power>` sharing the last title.
    static let graph: ArgumentGraph = {
        var b = GraphBuilder()
        for title in ["511012", "War caused revolution", "War needs order", "Soviet power"] {
            _ = b.node(.statement, title: title)
        }
        _ = b.node(.argument, title: "Soviet power")
        return b.build()
    }()

    func title(_ typed: String, _ matching: TitleMatching = .exact) throws -> String {
        Self.graph[try TitleResolver(Self.graph, matching: matching).resolve(typed)].bracketedTitle
    }

    func failure(_ typed: String, _ matching: TitleMatching = .exact) -> TitleResolver.Failure? {
        do {
            _ = try TitleResolver(Self.graph, matching: matching).resolve(typed)
            return nil
        } catch {
            return error
        }
    }

    @Test func aNumberNeverFindsALongerNumberContainingIt() {
        // Issue 15.5: `[1012]` must never answer for `[511012]`; it is only suggested.
        #expect(failure("[1012]") == .unknown("[1012]", suggestions: ["[511012]"]))
        #expect(failure("1012") == .unknown("1012", suggestions: ["[511012]"]))
        #expect(failure("1012")?.description == "no claim or argument is titled '1012'; did you mean [511012]?")
    }

    @Test func exactTitlesWithOrWithoutBrackets() throws {
        #expect(try title("[511012]") == "[511012]")
        #expect(try title("  War needs order ") == "[War needs order]")
        #expect(try title("[Soviet power]") == "[Soviet power]")
        #expect(try title("<Soviet power>") == "<Soviet power>")
        #expect(try title("<Soviet power") == "<Soviet power>")  // an unclosed bracket still says the kind
        // Without brackets the title names a statement and an argument: say which.
        #expect(failure("Soviet power") == .ambiguous("Soviet power", candidates: ["[Soviet power]", "<Soviet power>"]))
    }

    @Test func caseIsIgnoredOnlyWhenThatIsUnambiguous() throws {
        #expect(try title("war NEEDS order") == "[War needs order]")
        var b = GraphBuilder()
        _ = b.node(.statement, title: "War")
        _ = b.node(.statement, title: "war")
        let twins = b.build()
        #expect(twins[try TitleResolver(twins).resolve("war")].title == "war")  // the exact one wins
        #expect(throws: TitleResolver.Failure.ambiguous("WAR", candidates: ["[War]", "[war]"])) {
            try TitleResolver(twins).resolve("WAR")
        }
    }

    @Test func partsAndTyposAreOnlySuggestedByDefault() {
        #expect(failure("[War caused]") == .unknown("[War caused]", suggestions: ["[War caused revolution]"]))
        #expect(failure("[Soviet powr]") == .unknown("[Soviet powr]", suggestions: ["[Soviet power]"]))
        // Close by edits first, then by prefix, then by part.
        #expect(failure("war") == .unknown("war", suggestions: ["[War caused revolution]", "[War needs order]"]))
        #expect(failure("needs") == .unknown("needs", suggestions: ["[War needs order]"]))
        #expect(failure("Kornilov") == .unknown("Kornilov", suggestions: []))
        #expect(failure("Kornilov")?.description == "no claim or argument is titled 'Kornilov'")
        #expect(failure("  ") == .empty)
    }

    @Test func fuzzyTakesAPrefixAPartOrTheClosestTitle() throws {
        #expect(try title("[War caused]", .fuzzy) == "[War caused revolution]")
        #expect(try title("needs", .fuzzy) == "[War needs order]")
        #expect(try title("1012", .fuzzy) == "[511012]")
        #expect(try title("[Soviet powr]", .fuzzy) == "[Soviet power]")
        #expect(failure("[war]", .fuzzy) == .ambiguous("[war]", candidates: ["[War caused revolution]", "[War needs order]"]))
        #expect(failure("[war]", .fuzzy)?.description
            == "'[war]' matches more than one title: [War caused revolution], [War needs order]; type one of them exactly")
        #expect(failure("Kornilov", .fuzzy) == .unknown("Kornilov", suggestions: []))
    }

    @Test func plainNamesAreExactToo() throws {
        // ICCMA 2023 arguments 1...12: `0` is no argument (it used to find `10` as a substring), `1` is not `10`.
        let names = (1...12).map(String.init)
        let resolver = TitleResolver(names: names)
        #expect(throws: TitleResolver.Failure.self) { try resolver.index(of: "0") }
        #expect(try resolver.index(of: "1") == 0)
        #expect(try resolver.index(of: "10") == 9)
        #expect(try resolver.index(of: "[10]") == 9)
        #expect(throws: TitleResolver.Failure.unknown("0", suggestions: ["1", "2", "3", "10"])) { try resolver.index(of: "0") }
        #expect(TitleResolver.Failure.unknown("0", suggestions: ["1"]).description(naming: resolver.noun)
            == "no argument is titled '0'; did you mean 1?")
        // Fuzzy: `0` is part of `10` only, so it is taken; `1` stays exact.
        let fuzzy = TitleResolver(names: names, matching: .fuzzy)
        #expect(try fuzzy.index(of: "0") == 9)
        #expect(try fuzzy.index(of: "1") == 0)
        // A name that is itself bracketed is found as typed.
        #expect(try TitleResolver(names: ["a", "[a]"]).index(of: "[a]") == 1)
    }
}
