import ArgumentModel
import Testing
@testable import ArgumentAnalysis

/// Queries the libFuzzer target `fuzz-query` found, kept so the bugs stay fixed. See docs/fuzzing.md.
@Suite struct QueryFuzzRegressionTests {
    /// The printed (canonical) form of a query parses back to the same query.
    private func expectPrintedParses(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let query = try Query.parse(text)
        let printed = query.description
        let again = try Query.parse(printed)
        #expect(again.description == printed, sourceLocation: sourceLocation)
        #expect(again.clauses.map(\.description) == query.clauses.map(\.description), sourceLocation: sourceLocation)
    }

    /// A `#(...)` tag with a character `#name` cannot read (a NUL, found by fuzzing; or `.`) printed as `#name`.
    @Test func tagsWithOtherCharactersPrintInParentheses() throws {
        try expectPrintedParses("<Hunger> ^supports/rephrases+ #(doube\u{0}tag)")
        try expectPrintedParses("?x supports #(a.b)")
        #expect(try Query.parse("?x supports #(a.b)").description == "?x supports #(a.b)")
        #expect(try Query.parse("?x supports #(plain)").description == "?x supports #plain")
    }

    /// An escaped closing bracket or backslash in a title printed unescaped, so the title ended early.
    @Test func titlesPrintWithEscapes() throws {
        try expectPrintedParses(#"[a\]b] supports <c\>d\\e>"#)
        #expect(try Query.parse(#"[a\]b] supports ?x"#).description == #"[a\]b] supports ?x"#)
    }

    /// Stacked modifiers printed as `(((p?)?)?)`: the parentheses pushed a query within the parser's 256-operator
    /// bound over it, so the printed query no longer parsed. Found by `fuzz-query`.
    @Test func stackedModifiersPrintWithoutParentheses() throws {
        let stacked = "?a (supports|^attacks)" + String(repeating: "?", count: 200) + "+/undercuts? #main"
        try expectPrintedParses(stacked)
        #expect(try Query.parse("?a supports?+* ?b").description == "?a supports?+* ?b")
        #expect(try Query.parse("?a (^supports)* ?b").description == "?a (^supports)* ?b")
        #expect(try Query.parse("?a ^supports* ?b").description == "?a ^supports* ?b")
    }
}
