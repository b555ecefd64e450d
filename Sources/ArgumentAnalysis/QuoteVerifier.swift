import ArgumentModel

/// Checks argmap's `quote` data against the source text they claim to quote (argdown.md §7).
///
/// A quote matches when it is a verbatim substring of the source: curly quotes, dashes and whitespace are compared
/// exactly, except that the source's line breaks count as spaces (a quote may run across a wrapped line).
public enum QuoteVerifier {
    /// Where one quote was found in the source.
    public struct Match: Hashable, Sendable, Codable {
        /// The node that carries the quote.
        public var node: NodeID
        /// 1-based line of the quote's first character in the source.
        public var line: Int
        /// 1-based column (Unicode scalars).
        public var column: Int
    }

    /// Finds every node's `quote` in `source` (named `sourcePath` in messages). Quotes that are not verbatim
    /// substrings become `quote-not-in-source` errors at the node, naming the closest passage.
    ///
    /// O(q · n) for q quotes and a source of n characters in the worst case; a first-character filter makes the
    /// search close to linear on prose.
    public static func verify(_ graph: ArgumentGraph, source: String, sourcePath: String) -> (matches: [Match], diagnostics: [Diagnostic]) {
        let text = SourceIndex(source)
        var matches: [Match] = []
        var diagnostics: [Diagnostic] = []
        for node in graph.nodes {
            guard let quote = node.quote else { continue }
            let needle = Array(quote.unicodeScalars)
            if let offset = text.firstOccurrence(of: needle) {
                let (line, column) = text.lineAndColumn(ofScalar: offset)
                matches.append(Match(node: node.id, line: line, column: column))
            } else {
                diagnostics.append(notFound(node, quote: quote, in: text, sourcePath: sourcePath))
            }
        }
        return (matches, diagnostics)
    }

    private static func notFound(_ node: Node, quote: String, in text: SourceIndex, sourcePath: String) -> Diagnostic {
        var message = "the quote of \(node.bracketedTitle) is not in \(sourcePath) word for word"
        if let passage = text.closestPassage(to: quote) {
            message += "; the closest passage is at \(sourcePath):\(passage.line):\(passage.column): “\(passage.excerpt)”"
        }
        return Diagnostic(.error, code: QuoteDiagnosticCode.quoteNotInSource, message, at: node.range)
    }
}

/// The source text as Unicode scalars with line breaks folded to spaces, and the offsets where lines start.
private struct SourceIndex {
    /// The scalars, `\r\n` and `\n` each folded to one space.
    let scalars: [Unicode.Scalar]
    /// The offset (in `scalars`) where each line starts.
    let lines: LineStarts
    /// Start offsets and normalised forms of the words, for the closest-passage search.
    let words: [(offset: Int, end: Int, word: String)]

    init(_ source: String) {
        let input = Array(source.unicodeScalars)
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(input.count)
        var lineStarts = [0]
        var index = 0
        while index < input.count {
            let scalar = input[index]
            index += 1
            guard scalar == "\n" || scalar == "\r" else {
                scalars.append(scalar)
                continue
            }
            if scalar == "\r", index < input.count, input[index] == "\n" { index += 1 }
            scalars.append(" ")
            lineStarts.append(scalars.count)
        }
        self.scalars = scalars
        self.lines = LineStarts(offsets: lineStarts)
        self.words = Self.words(in: scalars)
    }

    /// The offset of the first occurrence of `needle`, or nil. Empty quotes are never found.
    func firstOccurrence(of needle: [Unicode.Scalar]) -> Int? {
        guard let first = needle.first, needle.count <= scalars.count else { return nil }
        var index = 0
        let last = scalars.count - needle.count
        while index <= last {
            if scalars[index] == first {
                var k = 1
                while k < needle.count, scalars[index + k] == needle[k] { k += 1 }
                if k == needle.count { return index }
            }
            index += 1
        }
        return nil
    }

    /// The 1-based line and column of a scalar offset. O(log lines).
    func lineAndColumn(ofScalar offset: Int) -> (Int, Int) { lines.lineAndColumn(ofUnitOffset: offset) }

    /// The window of source words sharing the most words with `quote` (same length in words), with its position
    /// and a short excerpt. O(w) for w source words, by sliding the window and updating the overlap.
    func closestPassage(to quote: String) -> (line: Int, column: Int, excerpt: String)? {
        let wanted = Self.words(in: Array(quote.unicodeScalars)).map(\.word)
        guard !wanted.isEmpty, !words.isEmpty else { return nil }
        var need: [String: Int] = [:]
        for word in wanted { need[word, default: 0] += 1 }
        let width = min(wanted.count, words.count)
        var have: [String: Int] = [:]
        var overlap = 0
        func add(_ word: String) {
            have[word, default: 0] += 1
            if have[word, default: 0] <= need[word, default: 0] { overlap += 1 }
        }
        func remove(_ word: String) {
            if have[word, default: 0] <= need[word, default: 0] { overlap -= 1 }
            have[word, default: 0] -= 1
        }
        for i in 0..<width { add(words[i].word) }
        var best = (overlap: overlap, start: 0)
        if words.count > width {
            for start in 1...(words.count - width) {
                remove(words[start - 1].word)
                add(words[start + width - 1].word)
                if overlap > best.overlap { best = (overlap, start) }
            }
        }
        guard best.overlap > 0 else { return nil }
        let from = words[best.start].offset
        let to = words[best.start + width - 1].end
        var excerpt = String(String.UnicodeScalarView(scalars[from..<max(from, to)]))
        if excerpt.count > 120 { excerpt = String(excerpt.prefix(117)) + "…" }
        let (line, column) = lineAndColumn(ofScalar: from)
        return (line, column, excerpt)
    }

    /// The words of `scalars` (runs of letters and digits), lowercased, with where each starts and ends. O(n).
    private static func words(in scalars: [Unicode.Scalar]) -> [(offset: Int, end: Int, word: String)] {
        var words: [(offset: Int, end: Int, word: String)] = []
        var start: Int?
        var current = String.UnicodeScalarView()
        for (index, scalar) in scalars.enumerated() {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                if start == nil { start = index }
                current.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            } else if let begin = start {
                words.append((begin, index, String(current)))
                start = nil
                current = String.UnicodeScalarView()
            }
        }
        if let begin = start { words.append((begin, scalars.count, String(current))) }
        return words
    }
}
