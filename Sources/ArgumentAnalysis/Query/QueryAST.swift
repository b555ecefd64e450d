import ArgumentModel

/// A relation name of the query language, standing for one or more `RelationType`s.
///
/// | name | relation types | direction |
/// |---|---|---|
/// | `supports` | support, entails (listed and derived: an argument supports its main conclusion) | as written |
/// | `attacks` | attack, contrary | attack as written; contrary both ways |
/// | `undercuts` | undercut | as written |
/// | `contradictory` | contradictory | both ways (symmetric) |
/// | `rephrases` | rephrase | as written |
/// | `contradicts` | attacks ∪ undercuts ∪ contradictory | as its parts |
/// | `premise` | a premise of a reconstructed argument → the argument (computed from its pcs) | as written |
/// | `conclusion` | a reconstructed argument → its main conclusion (its derived support) | as written |
///
/// `supports` includes premise links unless the engine is told otherwise (``QueryEngine/init(_:titles:premiseSupports:)``).
public enum RelationPredicate: String, CaseIterable, Sendable, Hashable {
    /// `support` or `entails`, listed or derived.
    case supports
    /// `attack`, or the symmetric `contrary`.
    case attacks
    /// `undercut`.
    case undercuts
    /// `contradictory` (symmetric).
    case contradictory
    /// `rephrase`.
    case rephrases
    /// `attacks`, `undercuts` or `contradictory`.
    case contradicts
    /// A premise → its reconstructed argument (not a relation of the model: computed from the argument's pcs).
    case premise
    /// A reconstructed argument → its main conclusion.
    case conclusion

    /// The bits an edge may carry to match this name (see ``PathSearcher/bit(_:)``).
    public var stepMask: UInt16 {
        switch self {
        case .premise: PathSearcher.premiseBit
        case .conclusion: PathSearcher.conclusionBit
        default: relationTypes.reduce(UInt16(0)) { $0 | PathSearcher.bit($1) }
        }
    }

    /// The relation types an edge may have to match this name (none for `premise`, which is no relation; `support`
    /// for `conclusion`, of which only an argument's support of its main conclusion matches).
    public var relationTypes: Set<RelationType> {
        switch self {
        case .supports: [.support, .entails]
        case .attacks: [.attack, .contrary]
        case .undercuts: [.undercut]
        case .contradictory: [.contradictory]
        case .rephrases: [.rephrase]
        case .contradicts: [.attack, .contrary, .undercut, .contradictory]
        case .premise: []
        case .conclusion: [.support]
        }
    }
}

/// A property path (SPARQL 1.1 style) over relation names.
public indirect enum PathExpression: Hashable, Sendable, CustomStringConvertible {
    /// One relation name: one edge of the matching types.
    case predicate(RelationPredicate)
    /// `^p`: `p` walked backwards.
    case inverse(PathExpression)
    /// `p/q`: `p` then `q`.
    case sequence(PathExpression, PathExpression)
    /// `p|q`: `p` or `q`.
    case alternative(PathExpression, PathExpression)
    /// `p*`: zero or more `p` (reachability, includes the start node).
    case zeroOrMore(PathExpression)
    /// `p+`: one or more `p`.
    case oneOrMore(PathExpression)
    /// `p?`: zero or one `p`.
    case zeroOrOne(PathExpression)

    /// The path in canonical, fully parenthesised-where-needed query syntax.
    public var description: String { render(precedence: 0) }

    // 0: alternative, 1: sequence, 2: inverse, 3: modified (`p*`, stacked as `p?+`), 4: primary. Stacked modifiers
    // print without parentheses, so printing never multiplies the operators the parser counts against its bound.
    private func render(precedence: Int) -> String {
        let (text, own): (String, Int) = switch self {
        case .predicate(let p): (p.rawValue, 4)
        case .inverse(let p): ("^" + p.render(precedence: 2), 2)
        case .sequence(let a, let b): (a.render(precedence: 1) + "/" + b.render(precedence: 2), 1)
        case .alternative(let a, let b): (a.render(precedence: 0) + "|" + b.render(precedence: 1), 0)
        case .zeroOrMore(let p): (p.render(precedence: 3) + "*", 3)
        case .oneOrMore(let p): (p.render(precedence: 3) + "+", 3)
        case .zeroOrOne(let p): (p.render(precedence: 3) + "?", 3)
        }
        return own < precedence ? "(" + text + ")" : text
    }
}

/// The subject or object of a pattern.
public enum QueryTerm: Hashable, Sendable, CustomStringConvertible {
    /// A node as the user typed it, brackets included (`[War]`, `<Kornilov`), resolved with ``TitleResolver``.
    case node(String)
    /// A variable `?name` (the name without `?`).
    case variable(String)
    /// `#tag`: any node carrying the tag (an anonymous variable; it is not a column of the result).
    case tag(String)

    /// The term in query syntax.
    public var description: String {
        switch self {
        case .node(let t):
            // The title between its brackets, with `\` and the closing bracket escaped as the parser reads them.
            if let open = t.first, let close = t.last, t.count >= 2 {
                String(open) + t.dropFirst().dropLast().escaping([close, "\\"]) + String(close)
            } else {
                t
            }
        case .variable(let v): "?" + v
        case .tag(let t):
            // `#name` reads only letters, digits, `_` and `-`; any other tag needs the `#(...)` form.
            !t.isEmpty && t.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }) ? "#" + t : "#(\(t))"
        }
    }
}

/// `SUBJECT PATH OBJECT`, with the 1-based columns where its parts start (for error messages).
public struct TriplePattern: Hashable, Sendable, CustomStringConvertible {
    /// The start of the path.
    public var subject: QueryTerm
    /// The path.
    public var path: PathExpression
    /// The end of the path.
    public var object: QueryTerm
    /// Column of the subject in the query text.
    public var subjectColumn: Int
    /// Column of the object in the query text.
    public var objectColumn: Int

    /// Creates a pattern.
    public init(_ subject: QueryTerm, _ path: PathExpression, _ object: QueryTerm, subjectColumn: Int = 1, objectColumn: Int = 1) {
        self.subject = subject
        self.path = path
        self.object = object
        self.subjectColumn = subjectColumn
        self.objectColumn = objectColumn
    }

    /// The pattern in query syntax.
    public var description: String { "\(subject) \(path) \(object)" }
}

/// A test on one variable's node.
public enum QueryFilter: Hashable, Sendable, CustomStringConvertible {
    /// `?x is statement` / `?x is argument`.
    case kind(variable: String, NodeKind)
    /// `?x has #tag`.
    case hasTag(variable: String, tag: String)
    /// `?x text ~ "word"`: case-insensitive substring of the title or the text.
    case text(variable: String, contains: String)

    /// The filtered variable's name.
    public var variable: String {
        switch self {
        case .kind(let v, _), .hasTag(let v, _), .text(let v, _): v
        }
    }

    /// The filter in query syntax.
    public var description: String {
        switch self {
        case .kind(let v, let k): "?\(v) is \(k.rawValue)"
        case .hasTag(let v, let t): "?\(v) has \(QueryTerm.tag(t))"
        case .text(let v, let s): "?\(v) text ~ \"\(s.escapingQuotes())\""
        }
    }
}

/// One conjunct of a query.
public indirect enum QueryClause: Hashable, Sendable, CustomStringConvertible {
    /// A path pattern.
    case pattern(TriplePattern)
    /// A filter on a variable.
    case filter(QueryFilter)
    /// `not CLAUSE` or `not (C1, C2, ...)`: holds when the inner clauses have no solution extending the row
    /// (negation as failure; variables seen only inside are existential).
    case not([QueryClause])

    /// The clause in query syntax.
    public var description: String {
        switch self {
        case .pattern(let p): p.description
        case .filter(let f): f.description
        case .not(let inner):
            inner.count == 1 ? "not " + inner[0].description : "not (" + inner.map(\.description).joined(separator: ", ") + ")"
        }
    }
}

/// A parsed query: clauses that must all hold (`,` is "and").
public struct Query: Hashable, Sendable, CustomStringConvertible {
    /// The conjuncts, in the order written.
    public var clauses: [QueryClause]
    /// The query text it was parsed from (for error carets).
    public var text: String

    /// Creates a query from clauses.
    public init(clauses: [QueryClause], text: String = "") {
        self.clauses = clauses
        self.text = text
    }

    /// The query in canonical syntax.
    public var description: String { clauses.map(\.description).joined(separator: ", ") }

    /// The result columns: named variables of positive clauses, in order of first appearance.
    public var variables: [String] {
        var seen: [String] = []
        func note(_ v: String) { if !seen.contains(v) { seen.append(v) } }
        for clause in clauses {
            switch clause {
            case .pattern(let p):
                if case .variable(let v) = p.subject { note(v) }
                if case .variable(let v) = p.object { note(v) }
            case .filter(let f): note(f.variable)
            case .not: break
            }
        }
        return seen
    }
}

extension StringProtocol {
    /// `"` and `\` escaped with a backslash, as inside a query string.
    fileprivate func escapingQuotes() -> String { escaping(["\"", "\\"]) }

    /// Each of `characters` preceded by a backslash, as the query parser reads strings and titles.
    fileprivate func escaping(_ characters: Set<Character>) -> String {
        var out = ""
        for c in self {
            if characters.contains(c) { out.append("\\") }
            out.append(c)
        }
        return out
    }
}
