import Testing

@testable import ArgumentAnalysis

@Suite struct QueryParserTests {
    @Test func precedenceOfPathOperators() throws {
        let q = try Query.parse("?x ^supports*/attacks|rephrases+ [A]")
        guard case .pattern(let p) = q.clauses[0] else { Issue.record("not a pattern"); return }
        // `|` binds loosest, then `/`; `^` applies to the modified element.
        #expect(p.path == .alternative(
            .sequence(.inverse(.zeroOrMore(.predicate(.supports))), .predicate(.attacks)),
            .oneOrMore(.predicate(.rephrases))))
        #expect(p.path.description == "^supports*/attacks|rephrases+")
    }

    @Test func parenthesesAndCanonicalText() throws {
        let q = try Query.parse("  [A]  ^( supports / attacks )?  ?y ,?y is argument,not(?y has #(big tag), ?y text ~ \"a \\\"b\\\"\")")
        #expect(q.description == "[A] ^(supports/attacks)? ?y, ?y is argument, not (?y has #(big tag), ?y text ~ \"a \\\"b\\\"\")")
        #expect(q.variables == ["y"])
    }

    @Test func questionMarkBeforeAVariableIsTheVariable() throws {
        let q = try Query.parse("[A] supports ?x")
        #expect(q.clauses == [.pattern(TriplePattern(.node("[A]"), .predicate(.supports), .variable("x"), subjectColumn: 1, objectColumn: 14))])
        let optional = try Query.parse("[A] supports? ?x")
        guard case .pattern(let p) = optional.clauses[0] else { return }
        #expect(p.path == .zeroOrOne(.predicate(.supports)))
    }

    /// (query, column, words the message must contain)
    static let errors: [(String, Int, String)] = [
        ("", 1, "expected a pattern"),
        ("?x supports+ [Gamma", 14, "unterminated title: expected ']'"),
        ("?x support [Gamma]", 4, "unknown relation 'support'"),
        ("?x support [Gamma]", 4, "did you mean 'supports'?"),
        ("?x supports", 12, "expected a node ([Title] or <Title>), a variable (?x) or a tag (#tag) after the path, or '/' or '|' to continue it, found the end of the query"),
        ("?x supports [A],", 17, "expected a pattern, a filter or 'not'"),
        ("?x is claim", 7, "expected 'statement' or 'argument' after 'is', found 'claim'"),
        ("?x (supports [A]", 14, "expected ')' closing '('"),
        ("[A] supports ?x ?y", 17, "expected ',' between patterns or the end of the query, found '?'"),
        ("? supports [A]", 2, "expected a variable name after '?'"),
        ("?x ^ [A]", 6, "expected a relation name (supports, attacks, undercuts, contradictory, rephrases, contradicts, premise, conclusion), '^' or '(', found '['"),
        ("?x supports ^attacks [A]", 13, "a tag (#tag) after the path, or '/' or '|' to continue it, found '^'"),
        ("?x supports / [A]", 15, "expected a relation name"),
        ("?x has econ", 8, "expected a tag (#tag) after 'has'"),
        ("?x text \"w\"", 9, "expected '~' after 'text'"),
        ("?x text ~ w", 11, "expected a quoted string"),
        ("?x text ~ \"w", 11, "unterminated string"),
        ("supports [A]", 1, "expected a node ([Title] or <Title>), a variable (?x) or a tag (#tag), found 'supports'"),
        ("not (?x supports [A]", 21, "expected ',' or ')' closing 'not ('"),
        ("?x supports [ ]", 13, "empty title"),
        ("?x supports||attacks [A]", 13, "expected a relation name"),
    ]

    @Test(arguments: errors)
    func syntaxErrorsPointAtTheColumn(query: String, column: Int, words: String) {
        do {
            _ = try Query.parse(query)
            Issue.record("\(query) parsed")
        } catch {
            #expect(error.column == column, "\(query): \(error)")
            #expect(error.message.contains(words), "\(query): \(error.message)")
        }
    }

    @Test func renderedErrorHasACaretUnderTheColumn() {
        let error = QueryError("expected x", column: 4)
        #expect(error.rendered(query: "?x support [A]") == "query:1:4: error: expected x [query-syntax]\n1 | ?x support [A]\n  |    ^")
        // Over several lines: the line of the column, and the column within it.
        let text = "?x supports [A],\n?y supprts ?x"
        do {
            _ = try Query.parse(text)
            Issue.record("parsed")
        } catch {
            #expect(error.column == 21)
            #expect(error.rendered(query: text).hasPrefix("query:2:4: error: unknown relation 'supprts'"))
            #expect(error.rendered(query: text).hasSuffix("\n2 | ?y supprts ?x\n  |    ^"))
        }
    }
}
