/// Word-overlap similarity between two claims, the measure `argmap grade` aligns nodes by.
///
/// Both texts are normalised the same way: lower-cased, split into words at every character that is not a letter or
/// digit (so punctuation, quotes and dashes disappear; `workers'` and `workers` meet), common English stop words
/// dropped (``stopWords``), and each remaining word reduced by a light suffix rule (``stem(_:)``: plural `s`/`es`,
/// `ing`, `ed`, `ly`, a final `e`, possessive `s`), and for alignment (``conceptWords(_:)``) folded through the shipped
/// ``Synonyms`` list. The similarity of two texts is the Dice coefficient of their word sets,
/// `2·|A∩B| / (|A| + |B|)`: 1 for the same words in any order, 0 for no word in common. Two texts with no content
/// words at all (e.g. both empty) have similarity 0, never a match.
public enum TextSimilarity {
    /// Words that carry no content of their own; they are ignored when comparing texts.
    public static let stopWords: Set<String> = [
        "a", "about", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at",
        "be", "because", "been", "before", "being", "between", "both", "but", "by", "can", "could", "did", "do",
        "does", "doing", "down", "during", "each", "even", "few", "for", "from", "further", "had", "has", "have",
        "having", "he", "her", "here", "hers", "him", "his", "how", "i", "if", "in", "into", "is", "it", "its",
        "itself", "just", "me", "more", "most", "my", "of", "off", "on", "once", "only", "or", "other", "our",
        "ours", "out", "over", "own", "same", "she", "should", "so", "some", "such", "than", "that", "the",
        "their", "theirs", "them", "then", "there", "these", "they", "this", "those", "through", "to", "too",
        "under", "until", "up", "very", "was", "we", "were", "what", "when", "where", "which", "while", "who",
        "whom", "why", "will", "with", "would", "you", "your", "yours", "s", "t",
    ]

    /// The normalised content words of `text`, in first-occurrence order, without repeats.
    /// Complexity: O(length of text).
    public static func contentWords(_ text: String) -> [String] {
        // An apostrophe ends a word: "party's" leaves "party" + "s" (a stop word), so possessives vanish.
        var seen: Set<String> = []
        return allWords(text).filter { !stopWords.contains($0) }.map(stem).filter { seen.insert($0).inserted }
    }

    /// A light English suffix rule: `ies` → `y`, then one of `ing`, `ed`, `es` (after s, x, z, ch, sh), `s`
    /// (not after `s` or `u`) is removed when at least three letters remain; then `ly` (four letters left) and a
    /// final `e` (four letters left) go. It only has to make `defeated` meet `defeat`, `soviets` meet `soviet`,
    /// `seize` meet `seized` and `swiftly` meet `swift`; it never has to be a real stemmer. O(length).
    public static func stem(_ word: String) -> String {
        var word = suffixless(word)
        if word.hasSuffix("ly"), word.count >= 6 { word.removeLast(2) }
        if word.hasSuffix("e"), word.count >= 5, !word.hasSuffix("ee") { word.removeLast() }
        return word
    }

    /// The inflection rule of ``stem(_:)``.
    private static func suffixless(_ word: String) -> String {
        let w = Array(word)
        func drop(_ n: Int) -> String { String(w.dropLast(n)) }
        if word.hasSuffix("ies"), w.count >= 5 { return drop(3) + "y" }
        if word.hasSuffix("ing"), w.count >= 6 { return drop(3) }
        if word.hasSuffix("ed"), w.count >= 5 { return drop(2) }
        if word.hasSuffix("es"), w.count >= 5,
            ["s", "x", "z"].contains(w[w.count - 3]) || word.dropLast(2).hasSuffix("ch") || word.dropLast(2).hasSuffix("sh") {
            return drop(2)
        }
        if word.hasSuffix("s"), w.count >= 4, !word.hasSuffix("ss"), !word.hasSuffix("us") { return drop(1) }
        return word
    }

    /// One word as the comparison sees it: lower-cased and stemmed (no synonym folding).
    public static func normalisedWord(_ word: String) -> String { stem(word.lowercased()) }

    /// ``contentWords(_:)`` with each word replaced by its ``Synonyms`` group representative (repeats dropped):
    /// the words the alignment engine compares. Complexity: O(length of text).
    public static func conceptWords(_ text: String) -> [String] {
        var seen: Set<String> = []
        return contentWords(text).map(Synonyms.representative).filter { seen.insert($0).inserted }
    }

    /// Every word of `text`, lower-cased, in order, stop words kept (for finding one quote inside another).
    /// Complexity: O(length of text).
    public static func allWords(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        for scalar in text.unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                current.unicodeScalars.append(contentsOf: String(scalar).lowercased().unicodeScalars)
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    /// The Dice coefficient of the content words of `a` and `b`, in 0...1. Complexity: O(|a| + |b|).
    public static func similarity(_ a: String, _ b: String) -> Double {
        similarity(words: contentWords(a), contentWords(b))
    }

    /// The Dice coefficient of two already-normalised word lists (treated as sets).
    public static func similarity(words a: [String], _ b: [String]) -> Double {
        let sa = Set(a), sb = Set(b)
        guard !sa.isEmpty || !sb.isEmpty else { return 0 }
        return 2 * Double(sa.intersection(sb).count) / Double(sa.count + sb.count)
    }
}
