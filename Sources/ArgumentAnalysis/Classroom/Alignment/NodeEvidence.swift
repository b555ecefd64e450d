import ArgumentModel

/// What the alignment engine knows about one node before looking at structure: its kind, its title (for the
/// title bonus), the texts it may be written as (its own, or its title when it has none, plus accepted
/// alternatives), and the passage it quotes.
///
/// Accepted alternatives live in the node's data under `accept`, a string or a list of strings: `[Title]` or
/// `<Title>` is another title that names this node (a student node with that title pairs with it outright);
/// any other string is another wording of the claim (compared like the node's own text).
public struct NodeEvidence: Sendable {
    /// Statement or argument.
    public var kind: NodeKind
    /// The title lower-cased, nil for a generated `Untitled N` title.
    public var title: String?
    /// Accepted other titles, lower-cased.
    public var acceptedTitles: Set<String>
    /// The concept words (``TextSimilarity/conceptWords(_:)``) of each wording, as sets: own text first, then
    /// accepted ones.
    public var wordings: [Set<String>]
    /// Every word of the `quote`, in order (nil without a quote).
    public var quote: [String]?

    /// The evidence of `node`. Complexity: O(length of its texts).
    public init(_ node: Node) {
        kind = node.kind
        title = node.isUntitled ? nil : node.title.lowercased()
        var titles: Set<String> = []
        var texts = [NodeAlignment.comparisonText(node)]
        let accept = node.data["accept"]
        for value in accept?.arrayValue ?? (accept.map { [$0] } ?? []) {
            guard let s = value.stringValue else { continue }
            if let t = Self.bracketed(s) { titles.insert(t.lowercased()) } else { texts.append(s) }
        }
        acceptedTitles = titles
        wordings = texts.map { Set(TextSimilarity.conceptWords($0)) }.filter { !$0.isEmpty }
        quote = node.quote.map(TextSimilarity.allWords).flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The title inside `[...]` or `<...>`, or nil when `s` is not bracketed.
    static func bracketed(_ s: String) -> String? {
        let t = s.trimmingCharactersInSet()
        guard t.count >= 3, (t.hasPrefix("[") && t.hasSuffix("]")) || (t.hasPrefix("<") && t.hasSuffix(">")) else { return nil }
        return String(t.dropFirst().dropLast()).trimmingCharactersInSet()
    }
}

/// How strongly two nodes' words, quotes and titles say they are the same node, before structure.
public struct LexicalEvidence: Hashable, Sendable {
    /// 0 ... 1.
    public var value: Double
    /// The strongest signal.
    public var method: NodeMatch.Method
    /// The best Dice similarity of the two nodes' wordings (shown in reports).
    public var text: Double

    /// Bonus for the same title: a title alone (0.3) stays below the default threshold, so a student who reuses a
    /// key title for another claim is not paired by it unless text or structure agree.
    public static let titleBonus = 0.3
    /// Factor when both nodes quote and their quotes are different passages (Dice of quote words < 0.2).
    public static let otherPassageFactor = 0.5
    /// Factor when a statement is paired with an argument.
    public static let otherKindFactor = 0.9

    /// Compares `a` with `b` (symmetric). Complexity: O(wordings × words).
    public init(_ a: NodeEvidence, _ b: NodeEvidence) {
        var text = 0.0
        for x in a.wordings {
            for y in b.wordings { text = max(text, 2 * Double(x.intersection(y).count) / Double(x.count + y.count)) }
        }
        self.text = text
        value = text
        method = .text
        if let qa = a.quote, let qb = b.quote {
            let q = Self.quoteSimilarity(qa, qb)
            if q > value {
                value = q
                method = .quote
            }
            if q < 0.2 { value *= Self.otherPassageFactor }
        }
        if let ta = a.title, let tb = b.title {
            if ta == tb {
                value = min(1, value + Self.titleBonus)
                method = .title
            } else if a.acceptedTitles.contains(tb) || b.acceptedTitles.contains(ta) {
                value = 1
                method = .accepted
            }
        }
        if a.kind != b.kind { value *= Self.otherKindFactor }
    }

    /// 1 when one quote's words appear, in order and together, inside the other's (at least three words) or
    /// their content words have Dice ≥ 0.8 (the same passage); otherwise that Dice.
    /// Complexity: O(|a|·|b|) at worst.
    public static func quoteSimilarity(_ a: [String], _ b: [String]) -> Double {
        let (short, long) = a.count <= b.count ? (a, b) : (b, a)
        if short.count >= 3, long.count >= short.count {
            for start in 0...(long.count - short.count) where long[start] == short[0] {
                if Array(long[start..<(start + short.count)]) == short { return 1 }
            }
        }
        let dice = TextSimilarity.similarity(words: TextSimilarity.contentWords(a.joined(separator: " ")),
                                             TextSimilarity.contentWords(b.joined(separator: " ")))
        return dice >= 0.8 ? 1 : dice
    }
}
