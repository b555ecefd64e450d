import ArgumentModel

/// Turns what a user typed (`"soviet"`, `"[Soviet power]"`, `"<Kornilov"`) into one node of a graph.
///
/// Tried in order, stopping at the first rule that finds anything: exact title; case-insensitive title;
/// unambiguous case-insensitive prefix; unambiguous case-insensitive substring. Brackets restrict the kind:
/// `[..]` statements, `<..>` arguments. More than one match is an error that lists the candidates.
public struct TitleResolver: Sendable {
    /// Why a title could not be resolved.
    public enum Failure: Error, Equatable, Sendable, CustomStringConvertible {
        case unknown(String, suggestions: [String])
        case ambiguous(String, candidates: [String])

        public var description: String {
            switch self {
            case .unknown(let t, let suggestions):
                suggestions.isEmpty
                    ? "no claim or argument is titled '\(t)'"
                    : "no claim or argument is titled '\(t)'; did you mean \(suggestions.joined(separator: ", "))?"
            case .ambiguous(let t, let candidates):
                "'\(t)' matches more than one title: \(candidates.joined(separator: ", ")); type more of the title"
            }
        }
    }

    private let graph: ArgumentGraph

    /// A resolver over `graph`.
    public init(_ graph: ArgumentGraph) { self.graph = graph }

    /// The node the user meant. Complexity: O(nodes × title length) in the worst case, O(1) for exact titles.
    public func resolve(_ typed: String) throws(Failure) -> NodeID {
        var query = typed.trimmingCharactersInSet()
        var kinds: [NodeKind] = [.statement, .argument]
        if query.hasPrefix("["), query.hasSuffix("]"), query.count >= 2 {
            kinds = [.statement]
            query = String(query.dropFirst().dropLast())
        } else if query.hasPrefix("<"), query.hasSuffix(">"), query.count >= 2 {
            kinds = [.argument]
            query = String(query.dropFirst().dropLast())
        } else if query.hasPrefix("[") || query.hasPrefix("<") {
            kinds = query.hasPrefix("[") ? [.statement] : [.argument]
            query = String(query.dropFirst())
        }
        let exact = kinds.compactMap { graph.node($0, titled: query) }
        if exact.count == 1 { return exact[0] }
        if exact.count > 1 { throw .ambiguous(typed, candidates: exact.map { graph[$0].bracketedTitle }) }
        let lowered = query.lowercased()
        let candidates = graph.nodes.filter { kinds.contains($0.kind) }
        for rule in [{ (t: String) in t == lowered }, { $0.hasPrefix(lowered) }, { $0.contains(lowered) }] {
            let found = candidates.filter { rule($0.title.lowercased()) }
            if found.count == 1 { return found[0].id }
            if found.count > 1 { throw .ambiguous(typed, candidates: found.prefix(12).map(\.bracketedTitle)) }
        }
        let limit = max(2, lowered.count / 3)
        var scored: [(distance: Int, node: Node)] = []
        for node in candidates {
            let distance = EditDistance.between(node.title.lowercased(), lowered)
            if distance <= limit { scored.append((distance, node)) }
        }
        scored.sort { a, b in a.distance != b.distance ? a.distance < b.distance : a.node.id < b.node.id }
        throw .unknown(typed, suggestions: scored.prefix(3).map { $0.node.bracketedTitle })
    }
}

/// Levenshtein distance over Unicode scalars.
public enum EditDistance {
    /// The number of single-scalar insertions, deletions and substitutions turning `a` into `b`.
    /// Complexity: O(|a| × |b|) time, O(|b|) space.
    public static func between(_ a: String, _ b: String) -> Int {
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var previous = Array(0...y.count)
        var current = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            current[0] = i
            for j in 1...y.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[y.count]
    }
}

extension String {
    func trimmingCharactersInSet() -> String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s = s.dropFirst() }
        while let l = s.last, l.isWhitespace { s = s.dropLast() }
        return String(s)
    }
}
