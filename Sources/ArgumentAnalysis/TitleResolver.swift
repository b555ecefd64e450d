import ArgumentModel

/// How closely a typed title must match a title of the map.
public enum TitleMatching: String, Sendable, CaseIterable {
    /// The title as written, or else the one title equal to it ignoring case. Never a part of a title:
    /// `1012` does not find `511012`.
    case exact
    /// As ``exact``, then an unambiguous case-insensitive prefix, then an unambiguous part, then the one closest
    /// title within a few edits. What the command line's `--fuzzy` asks for.
    case fuzzy
}

/// Turns what a user typed (`"Soviet power"`, `"[Soviet power]"`, `"<Kornilov>"`, ICCMA's `"3"`) into one node
/// of a graph, or one argument of a list of names. The one title resolver of the package: the query commands,
/// the query language's `[T]` / `<T>`, `render --focus`, `evaluate --explain` and `solve -a` all use it.
///
/// Rules, tried in order, stopping at the first that finds anything:
/// 1. the exact title (Argdown titles are case-sensitive, so `[War]` and `[war]` are two statements);
/// 2. the title equal to the typed one ignoring case (when two titles differ only in case, that is ambiguous);
/// 3. with ``TitleMatching/fuzzy`` only: an unambiguous case-insensitive prefix, then an unambiguous part, then
///    the single closest title within max(2, length / 3) edits.
///
/// Brackets restrict the kind: `[..]` statements, `<..>` arguments (an unclosed `[..` / `<..` too). More than
/// one match is an error listing the candidates; no match is an error suggesting the titles within a few edits
/// and those containing the typed text ("did you mean ...?").
public struct TitleResolver: Sendable {
    /// Why a title could not be resolved.
    public enum Failure: Error, Equatable, Sendable, CustomStringConvertible {
        /// Nothing (or only blanks) was typed.
        case empty
        /// No title matches; the closest titles, as they would be typed, best first (maybe none).
        case unknown(String, suggestions: [String])
        /// Several titles match equally well.
        case ambiguous(String, candidates: [String])

        /// The message for a map: "no claim or argument is titled ...".
        public var description: String { description(naming: "claim or argument") }

        /// The diagnostic code: `blank-title`, `unknown-title` or `ambiguous-title`.
        public var code: QueryDiagnosticCode {
            switch self {
            case .empty: .blankTitle
            case .unknown: .unknownTitle
            case .ambiguous: .ambiguousTitle
            }
        }

        /// The failure as a diagnostic (message of ``description(naming:)``, at `range` when the title was typed
        /// into a file), for `DiagnosticFormatter`. An unknown title's closest match, as it would be typed, is
        /// the diagnostic's `Diagnostic/suggestion`.
        public func diagnostic(naming noun: String = "claim or argument", at range: SourceRange? = nil) -> Diagnostic {
            var suggestion: String?
            if case .unknown(_, let suggestions) = self { suggestion = suggestions.first }
            return Diagnostic(.error, code: code, description(naming: noun), at: range, suggestion: suggestion)
        }

        /// The message, calling the things that have titles `noun` ("argument" for an ICCMA framework).
        public func description(naming noun: String) -> String {
            switch self {
            case .empty:
                "an empty title names no \(noun)"
            case .unknown(let t, let suggestions):
                suggestions.isEmpty
                    ? "no \(noun) is titled '\(t)'"
                    : "no \(noun) is titled '\(t)'; did you mean \(suggestions.joined(separator: ", "))?"
            case .ambiguous(let t, let candidates):
                "'\(t)' matches more than one title: \(candidates.joined(separator: ", ")); type one of them exactly"
            }
        }
    }

    /// What the titles belong to.
    private enum Source: Sendable {
        case graph(ArgumentGraph)
        case names([String])
    }

    private let source: Source
    /// How closely typed titles must match.
    public let matching: TitleMatching

    /// What the titles name, for messages: "claim or argument" in a map, "argument" in a framework.
    public var noun: String {
        if case .names = source { "argument" } else { "claim or argument" }
    }

    /// A resolver over the statements and arguments of `graph`.
    public init(_ graph: ArgumentGraph, matching: TitleMatching = .exact) {
        source = .graph(graph)
        self.matching = matching
    }

    /// A resolver over plain names (an abstract framework's arguments); ``index(of:)`` answers positions in
    /// `names`. Brackets around a typed name are dropped when the name itself has none.
    public init(names: [String], matching: TitleMatching = .exact) {
        source = .names(names)
        self.matching = matching
    }

    /// The node the user meant (for a resolver over a graph).
    /// Complexity: O(1) on average for an exact title; O(nodes × title length) otherwise.
    public func resolve(_ typed: String) throws(Failure) -> NodeID {
        NodeID(try index(of: typed))
    }

    /// The position of the node or name the user meant.
    /// Complexity: as ``resolve(_:)``; O(names × name length) for a resolver over names.
    public func index(of typed: String) throws(Failure) -> Int {
        let trimmed = typed.trimmingCharactersInSet()
        guard !trimmed.isEmpty else { throw .empty }
        let (query, kinds) = Self.split(trimmed)
        // The forms a title may equal: for plain names the typed text itself, brackets and all, comes first.
        var forms = [query]
        if case .names = source, query != trimmed { forms.insert(trimmed, at: 0) }
        if let exact = try unique(exactMatches(forms, kinds: kinds), typed) { return exact }
        let allowed = allowedIndices(kinds)
        let folded = forms.map { $0.lowercased() }
        let titles = allowed.map { title($0).lowercased() }
        if let same = try unique(allowed.indices.filter { folded.contains(titles[$0]) }.map { allowed[$0] }, typed) {
            return same
        }

        let part = query.lowercased()
        let prefixed = allowed.indices.filter { titles[$0].hasPrefix(part) }.map { allowed[$0] }
        let containing = allowed.indices.filter { !titles[$0].hasPrefix(part) && titles[$0].contains(part) }.map { allowed[$0] }
        var budget = Int.max
        let close = EditDistance.nearest(to: part, among: titles.map(EditDistance.key), count: 3, budget: &budget)
        if matching == .fuzzy {
            if let found = try unique(prefixed, typed) { return found }
            if let found = try unique(containing, typed) { return found }
            if let first = close.first, close.count == 1 || first.distance < close[1].distance { return allowed[first.index] }
        }
        // Not found: the titles within a few edits, then those starting with or containing the typed text.
        var suggestions: [Int] = []
        for i in close.map({ allowed[$0.index] }) + prefixed + containing where suggestions.count < 5 && !suggestions.contains(i) {
            suggestions.append(i)
        }
        throw .unknown(typed, suggestions: suggestions.map(shown))
    }

    /// `[Title]` → (`Title`, statements); `<Title>` → (`Title`, arguments); an unclosed `[Title` or `<Title` the
    /// same; anything else → (itself, both kinds).
    private static func split(_ typed: String) -> (String, [NodeKind]) {
        for (open, close, kind) in [("[", "]", NodeKind.statement), ("<", ">", .argument)] where typed.hasPrefix(open) {
            var inner = typed.dropFirst()
            if inner.hasSuffix(close) { inner = inner.dropLast() }
            let title = String(inner).trimmingCharactersInSet()
            return title.isEmpty ? (typed, [.statement, .argument]) : (title, [kind])
        }
        return (typed, [.statement, .argument])
    }

    /// One match is the answer; several are ambiguous; none lets the next rule try. Throws on several.
    private func unique(_ matches: [Int], _ typed: String) throws(Failure) -> Int? {
        if matches.count > 1 { throw .ambiguous(typed, candidates: matches.prefix(12).map(shown)) }
        return matches.first
    }

    /// The positions whose title equals one of `forms` exactly.
    private func exactMatches(_ forms: [String], kinds: [NodeKind]) -> [Int] {
        switch source {
        case .graph(let graph):
            return kinds.compactMap { graph.node($0, titled: forms[0]) }.map(\.index).sorted()
        case .names(let names):
            for form in forms {
                let found = names.indices.filter { names[$0] == form }
                if !found.isEmpty { return found }
            }
            return []
        }
    }

    /// The positions of the kinds asked for (every name, for plain names).
    private func allowedIndices(_ kinds: [NodeKind]) -> [Int] {
        switch source {
        case .graph(let graph):
            kinds.count == 2 ? Array(graph.nodes.indices) : graph.nodes.indices.filter { kinds.contains(graph.nodes[$0].kind) }
        case .names(let names): Array(names.indices)
        }
    }

    /// The title at a position, without brackets.
    private func title(_ i: Int) -> String {
        switch source {
        case .graph(let graph): graph.nodes[i].title
        case .names(let names): names[i]
        }
    }

    /// The title at a position as the user would type it: `[Title]`, `<Title>`, or the plain name.
    private func shown(_ i: Int) -> String {
        switch source {
        case .graph(let graph): graph.nodes[i].bracketedTitle
        case .names(let names): names[i]
        }
    }
}

extension String {
    /// The string without leading and trailing whitespace.
    func trimmingCharactersInSet() -> String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s = s.dropFirst() }
        while let l = s.last, l.isWhitespace { s = s.dropLast() }
        return String(s)
    }
}
