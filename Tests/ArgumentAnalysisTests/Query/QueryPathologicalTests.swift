import ArgumentModel
import Testing

@testable import ArgumentAnalysis

/// Hostile queries: 100,000 nested levels of each operator are a clear error, not a stack overflow (the parser,
/// printer and path compiler recurse along the nesting, which the parser bounds).
@Suite struct QueryPathologicalTests {
    static let depth = 100_000

    static let hostile: [String] = [
        "?x " + String(repeating: "(", count: depth) + "supports" + String(repeating: ")", count: depth) + " ?y",
        "?x " + String(repeating: "^", count: depth) + "supports ?y",
        "?x supports" + String(repeating: "*", count: depth) + " ?y",
        "?x supports" + Array(repeating: "/supports", count: depth).joined() + " ?y",
        "?x supports" + Array(repeating: "|attacks", count: depth).joined() + " ?y",
        String(repeating: "not ", count: depth) + "?x supports ?y",
        String(repeating: "not (", count: depth) + "?x supports ?y" + String(repeating: ")", count: depth),
        "?x " + String(repeating: "(", count: depth),
    ]

    @Test(arguments: hostile.indices)
    func deepNestingIsAnError(index: Int) {
        let text = Self.hostile[index]
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            #expect(throws: QueryError.self) { try Query.parse(text) }
        }
        #expect(elapsed < .seconds(20))
    }

    @Test func errorNamesTheLimit() {
        do {
            _ = try Query.parse("?x " + String(repeating: "^", count: 1000) + "supports ?y")
            Issue.record("parsed")
        } catch {
            #expect(error.message.contains("more than \(QueryParser.maxOperators) operators"))
            // Columns are 1-based: "?x " then the 257th `^`.
            #expect(error.column == 3 + QueryParser.maxOperators + 1)
        }
    }

    /// Just below the limit everything works: parse, print, parse again, evaluate.
    @Test func nestingBelowTheLimitWorks() throws {
        let n = QueryParser.maxOperators / 2
        let text = "?x " + String(repeating: "(", count: n) + "supports" + String(repeating: ")", count: n) + "+ ?y"
        let query = try Query.parse(text)
        #expect(try Query.parse(query.description).description == query.description)
        let engine = QueryEngine(QueryFixtures.letters)
        #expect(try engine.evaluate(query).rows == engine.evaluate("?x supports+ ?y").rows)
    }
}
