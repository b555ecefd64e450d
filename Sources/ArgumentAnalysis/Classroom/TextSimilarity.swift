/// Word-overlap similarity between two claims, the measure `argmap grade` aligns nodes by.
///
/// Both texts are normalised the same way: lower-cased, split into words at every character that is not a letter or
/// digit (so punctuation, quotes and dashes disappear; `workers'` and `workers` meet), common English stop words
/// dropped (``stopWords``), and each remaining word reduced by a light suffix rule (``stem(_:)``: plural `s`/`es`,
/// `ing`, `ed`, possessive `s`). The similarity of two texts is the Dice coefficient of their word sets,
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
        var words: [String] = []
        var seen: Set<String> = []
        var current = ""
        func flush() {
            defer { current = "" }
            guard !current.isEmpty, !stopWords.contains(current) else { return }
            let stemmed = stem(current)
            if seen.insert(stemmed).inserted { words.append(stemmed) }
        }
        for scalar in text.unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                current.unicodeScalars.append(contentsOf: String(scalar).lowercased().unicodeScalars)
            } else {
                // Anything else ends the word: an apostrophe leaves "party" + "s" (a stop word), so possessives vanish.
                flush()
            }
        }
        flush()
        return words
    }

    /// A light English suffix rule: `ies` → `y`, then one of `ing`, `ed`, `es` (after s, x, z, ch, sh), `s`
    /// (not after `s` or `u`) is removed when at least three letters remain. It only has to make `defeated` meet
    /// `defeat` and `soviets` meet `soviet`; it never has to be a real stemmer.
    public static func stem(_ word: String) -> String {
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
