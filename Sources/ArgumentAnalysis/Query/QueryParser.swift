import ArgumentModel

extension Query {
    /// Parses query text.
    ///
    /// Grammar (whitespace between tokens is free; `?` directly followed by a letter starts a variable):
    /// ```
    /// query   := clause ("," clause)*
    /// clause  := "not" (clause | "(" clause ("," clause)* ")")
    ///          | VAR "is" ("statement" | "argument") | VAR "has" TAG | VAR "text" "~" STRING
    ///          | term path term
    /// term    := "[Title]" | "<Title>" | VAR | TAG
    /// path    := seq ("|" seq)*          seq := elt ("/" elt)*
    /// elt     := "^" elt | primary ("*" | "+" | "?")*
    /// primary := NAME | "(" path ")"     NAME := supports | attacks | undercuts | contradictory | rephrases | contradicts
    ///                                    | premise | conclusion
    /// ```
    /// Complexity: O(length of the text).
    /// - Throws: ``QueryError`` with the column of the first unexpected token and what was expected there.
    public static func parse(_ text: String) throws(QueryError) -> Query {
        var parser = QueryParser(text)
        return try parser.parseQuery()
    }
}

/// Recursive-descent parser over the characters of a query.
struct QueryParser {
    private let chars: [Character]
    private let text: String
    private var pos = 0
    /// Operators read so far (`not`, `(`, `^`, `/`, `|`, `*`, `+`, `?`). The parser, the printer and the path
    /// compiler recurse along the nesting, which is at most the operator count, so that count is bounded: a hostile
    /// query would otherwise overflow the stack.
    private var operators = 0
    /// Most operators one query may hold.
    static let maxOperators = 256

    init(_ text: String) {
        self.text = text
        chars = Array(text)
    }

    static let relationNames = RelationPredicate.allCases.map(\.rawValue)
    private static let expectedPath =
        "a relation name (\(relationNames.joined(separator: ", "))), '^' or '('"
    private static let expectedTerm = "a node ([Title] or <Title>), a variable (?x) or a tag (#tag)"

    // MARK: Scanning

    private var column: Int { pos + 1 }

    private mutating func skipSpace() {
        while pos < chars.count, chars[pos].isWhitespace { pos += 1 }
    }

    private mutating func peek() -> Character? {
        skipSpace()
        return pos < chars.count ? chars[pos] : nil
    }

    private static func isNameChar(_ c: Character) -> Bool {
        c.isLetter || c.isNumber || c == "_" || c == "-"
    }

    /// The word at the cursor (letters, digits, `_`, `-`), without consuming it.
    private mutating func peekWord() -> String {
        skipSpace()
        var end = pos
        while end < chars.count, Self.isNameChar(chars[end]) { end += 1 }
        return String(chars[pos..<end])
    }

    private mutating func readWord() -> String {
        let w = peekWord()
        pos += w.count
        return w
    }

    /// Counts the operator at the cursor; throws at its column when the query holds more than ``maxOperators``.
    private mutating func enter() throws(QueryError) {
        operators += 1
        guard operators <= Self.maxOperators else {
            throw QueryError(
                "the query is too complex: more than \(Self.maxOperators) operators ('not', '(', '^', '/', '|', '*', '+', '?')",
                column: column)
        }
    }

    private func failure(_ expected: String, at col: Int? = nil) -> QueryError {
        let c = col ?? column
        let index = c - 1
        let found: String
        if index >= chars.count {
            found = "the end of the query"
        } else {
            var end = index
            if Self.isNameChar(chars[index]) {
                while end < chars.count, Self.isNameChar(chars[end]) { end += 1 }
            } else {
                end += 1
            }
            found = "'\(String(chars[index..<end]))'"
        }
        return QueryError("expected \(expected), found \(found)", column: c)
    }

    private mutating func expect(_ c: Character, _ what: String) throws(QueryError) {
        guard peek() == c else { throw failure(what) }
        pos += 1
    }

    // MARK: Clauses

    mutating func parseQuery() throws(QueryError) -> Query {
        guard peek() != nil else { throw failure("a pattern such as '?x supports [Title]'") }
        var clauses = [try parseClause()]
        while peek() == "," {
            pos += 1
            clauses.append(try parseClause())
        }
        guard peek() == nil else { throw failure("',' between patterns or the end of the query") }
        return Query(clauses: clauses, text: text)
    }

    private mutating func parseClause() throws(QueryError) -> QueryClause {
        guard peek() != nil else { throw failure("a pattern, a filter or 'not'") }
        if peekWord() == "not" {
            try enter()
            pos += 3
            if peek() == "(" {
                pos += 1
                var inner = [try parseClause()]
                while peek() == "," {
                    pos += 1
                    inner.append(try parseClause())
                }
                try expect(")", "',' or ')' closing 'not ('")
                return .not(inner)
            }
            return .not([try parseClause()])
        }
        let subjectColumn = (skipSpace(), column).1
        let subject = try parseTerm()
        if case .variable(let v) = subject {
            let save = pos
            switch readWord() {
            case "is":
                let kindColumn = (skipSpace(), column).1
                switch readWord() {
                case "statement": return .filter(.kind(variable: v, .statement))
                case "argument": return .filter(.kind(variable: v, .argument))
                default: throw failure("'statement' or 'argument' after 'is'", at: kindColumn)
                }
            case "has":
                guard peek() == "#" else { throw failure("a tag (#tag) after 'has'") }
                guard case .tag(let t) = try parseTerm() else { throw failure("a tag") }
                return .filter(.hasTag(variable: v, tag: t))
            case "text":
                try expect("~", "'~' after 'text'")
                return .filter(.text(variable: v, contains: try parseString()))
            default:
                pos = save
            }
        }
        let path = try parsePath()
        guard let next = peek(), "[<?#".contains(next) else {
            throw failure(Self.expectedTerm + " after the path, or '/' or '|' to continue it")
        }
        let objectColumn = column
        let object = try parseTerm()
        return .pattern(TriplePattern(subject, path, object, subjectColumn: subjectColumn, objectColumn: objectColumn))
    }

    private mutating func parseString() throws(QueryError) -> String {
        guard peek() == "\"" else { throw failure("a quoted string (\"word\") after '~'") }
        let start = column
        pos += 1
        var out = ""
        while pos < chars.count, chars[pos] != "\"" {
            if chars[pos] == "\\", pos + 1 < chars.count { pos += 1 }
            out.append(chars[pos])
            pos += 1
        }
        guard pos < chars.count else { throw QueryError("unterminated string: expected '\"'", column: start) }
        pos += 1
        return out
    }

    // MARK: Terms

    private mutating func parseTerm() throws(QueryError) -> QueryTerm {
        guard let c = peek() else { throw failure(Self.expectedTerm) }
        let start = column
        switch c {
        case "[", "<":
            let close: Character = c == "[" ? "]" : ">"
            pos += 1
            var title = ""
            while pos < chars.count, chars[pos] != close {
                if chars[pos] == "\\", pos + 1 < chars.count { pos += 1 }
                title.append(chars[pos])
                pos += 1
            }
            guard pos < chars.count else {
                throw QueryError("unterminated title: expected '\(close)' to close '\(c)'", column: start)
            }
            pos += 1
            guard !title.allSatisfy(\.isWhitespace) else { throw QueryError("empty title", column: start, code: .blankTitle) }
            return .node(String(c) + title + String(close))
        case "?":
            pos += 1
            let name = pos < chars.count && Self.isNameChar(chars[pos]) ? readWord() : ""
            guard !name.isEmpty else { throw QueryError("expected a variable name after '?'", column: start + 1) }
            return .variable(name)
        case "#":
            pos += 1
            if pos < chars.count, chars[pos] == "(" {
                pos += 1
                var tag = ""
                while pos < chars.count, chars[pos] != ")" {
                    tag.append(chars[pos])
                    pos += 1
                }
                guard pos < chars.count else { throw QueryError("unterminated tag: expected ')'", column: start) }
                pos += 1
                return .tag(tag.trimmingCharactersInSet())
            }
            let name = pos < chars.count && Self.isNameChar(chars[pos]) ? readWord() : ""
            guard !name.isEmpty else { throw QueryError("expected a tag name after '#'", column: start + 1) }
            return .tag(name)
        default:
            throw failure(Self.expectedTerm)
        }
    }

    // MARK: Paths

    private mutating func parsePath() throws(QueryError) -> PathExpression {
        var left = try parseSequence()
        while peek() == "|" {
            try enter()
            pos += 1
            left = .alternative(left, try parseSequence())
        }
        return left
    }

    private mutating func parseSequence() throws(QueryError) -> PathExpression {
        var left = try parseElement()
        while peek() == "/" {
            try enter()
            pos += 1
            left = .sequence(left, try parseElement())
        }
        return left
    }

    private mutating func parseElement() throws(QueryError) -> PathExpression {
        if peek() == "^" {
            try enter()
            pos += 1
            return .inverse(try parseElement())
        }
        var primary = try parsePrimary()
        while let c = peek(), c == "*" || c == "+" || c == "?" {
            // `?` directly followed by a name is the next variable, not a modifier.
            if c == "?", pos + 1 < chars.count, Self.isNameChar(chars[pos + 1]) { break }
            try enter()
            pos += 1
            primary = c == "*" ? .zeroOrMore(primary) : c == "+" ? .oneOrMore(primary) : .zeroOrOne(primary)
        }
        return primary
    }

    private mutating func parsePrimary() throws(QueryError) -> PathExpression {
        guard let c = peek() else { throw failure(Self.expectedPath) }
        if c == "(" {
            try enter()
            pos += 1
            let inner = try parsePath()
            try expect(")", "')' closing '(', or one of '/', '|', '*', '+', '?'")
            return inner
        }
        let start = column
        let word = peekWord()
        guard !word.isEmpty else { throw failure(Self.expectedPath) }
        guard let predicate = RelationPredicate(rawValue: word) else {
            let near = Self.relationNames.min { EditDistance.between($0, word) < EditDistance.between($1, word) }
            let hint = near.map { EditDistance.between($0, word.lowercased()) <= 3 ? "; did you mean '\($0)'?" : "" } ?? ""
            throw QueryError(
                "unknown relation '\(word)': expected \(Self.relationNames.joined(separator: ", "))\(hint)",
                column: start)
        }
        pos += word.count
        return .predicate(predicate)
    }
}
