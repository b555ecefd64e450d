import ArgumentModel
import Testing

@testable import ArgumentAnalysis

/// Query errors and title failures as diagnostics: their codes, places and suggestions.
@Suite struct QueryDiagnosticTests {
    @Test func aSyntaxErrorPointsAtItsLineAndScalarColumn() {
        // `Ä` is one character but two bytes: the second line starts at byte 18, and `supprts` at byte 21.
        let text = "?x supports [Ä],\n?y supprts ?x"
        do {
            _ = try Query.parse(text)
            Issue.record("parsed")
        } catch {
            let diagnostic = error.diagnostic(in: text)
            #expect(diagnostic.code == "query-syntax")
            #expect(diagnostic.range == SourceRange(file: "query", at: SourcePosition(line: 2, column: 4, offset: 21)))
            #expect(diagnostic.suggestion == nil)
            #expect(error.rendered(query: text).hasSuffix("[query-syntax]\n2 | ?y supprts ?x\n  |    ^"))
        }
    }

    @Test func anUnknownTitleSuggestsTheClosest() {
        do {
            _ = try QueryEngine(QueryFixtures.letters).evaluate("?x supports [gam]")
            Issue.record("answered")
        } catch {
            let diagnostic = error.diagnostic(in: "?x supports [gam]")
            #expect(diagnostic.has(QueryDiagnosticCode.unknownTitle))
            #expect(diagnostic.suggestion == "[Gamma]")
            #expect(diagnostic.headline
                == "query:1:13: error: no claim or argument is titled '[gam]'; did you mean [Gamma]? [unknown-title]")
        }
        do {
            _ = try QueryEngine(QueryFixtures.letters, titles: .fuzzy).evaluate("?x supports+ [Del]")
            Issue.record("answered")
        } catch {
            #expect(error.code == .ambiguousTitle)
            #expect(error.diagnostic(in: "?x supports+ [Del]").suggestion == nil)
        }
    }

    @Test func titleFailuresHaveTheirCodes() {
        #expect(TitleResolver.Failure.empty.diagnostic().headline == "error: an empty title names no claim or argument [blank-title]")
        let unknown = TitleResolver.Failure.unknown("0", suggestions: ["1", "10"]).diagnostic(naming: "argument")
        #expect(unknown.headline == "error: no argument is titled '0'; did you mean 1, 10? [unknown-title]")
        #expect(unknown.suggestion == "1")
        #expect(TitleResolver.Failure.ambiguous("w", candidates: ["[W]", "[w]"]).code == .ambiguousTitle)
    }

    @Test func aBlankTitleInAQueryIsABlankTitle() {
        #expect(throws: QueryError("empty title", column: 13)) { try Query.parse("?x supports [ ]") }
        do {
            _ = try Query.parse("?x supports [ ]")
        } catch {
            #expect(error.code == .blankTitle)
        }
    }
}
