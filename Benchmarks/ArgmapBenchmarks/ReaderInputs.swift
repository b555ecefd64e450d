import ArgumentModel

/// The Argdown texts the `reader` benchmark reads: a data-rich map and the pathological shapes of issue 15, each
/// generated as text (not through the printer) so that every construct the reader handles appears in it.
enum ReaderInputs {
    /// An input shape; ``text(_:size:)`` makes the text for a size (statements, repeats, levels, bytes or blocks).
    enum Shape: String, CaseIterable {
        /// A map of `size` statements: `{...}` data on most, inline and block data, tags, pcs, comments, sections.
        case map
        /// One line of `size` repeats of `@[A] @<B> @[` (mentions, one never closed).
        case mentions
        /// One relation tree `size` levels deep, each line indented one more space (bytes grow with size²).
        case nesting
        /// One statement whose text is one line of `size` bytes (words with mentions and tags among them).
        case longline
        /// One statement followed by `size` lines that each hold a data block `{kN: N}`.
        case datablocks

        /// The sizes measured by default (the largest is the issue's).
        var defaultSizes: [Int] {
            switch self {
            case .map: [25_000, 50_000, 100_000]
            case .mentions: [7_500, 15_000, 30_000]
            case .nesting: [5_000, 10_000, 20_000]
            case .longline: [2_500_000, 5_000_000, 10_000_000]
            case .datablocks: [25_000, 50_000, 100_000]
            }
        }

        /// What `size` counts, for the table.
        var unit: String {
            switch self {
            case .map: "statements"
            case .mentions: "repeats"
            case .nesting: "levels"
            case .longline: "bytes"
            case .datablocks: "blocks"
            }
        }
    }

    /// The text of `shape` at `size`. Deterministic.
    static func text(_ shape: Shape, size: Int) -> String {
        switch shape {
        case .map: return dataRichMap(statements: size)
        case .mentions:
            return "[M]: " + String(repeating: "@[A] @<B> @[", count: size) + "\n"
        case .nesting:
            var text = "[L0]: Root.\n"
            text.reserveCapacity(size * (size / 2 + 24))
            for k in 1...max(1, size) { text += String(repeating: " ", count: k) + "<+ [L\(k)]: Level \(k).\n" }
            return text
        case .longline:
            var text = "[Long]: "
            text.reserveCapacity(size + 64)
            var k = 0
            while text.utf8.count < size {
                k += 1
                text += k % 50 == 0 ? "@[Claim \(k % 7)] " : k % 70 == 0 ? "#tag\(k % 5) " : "word\(k % 13) "
            }
            return text + "\n"
        case .datablocks:
            var text = "[D]: A statement with many data blocks.\n"
            text.reserveCapacity(size * 16)
            for k in 0..<size { text += "{k\(k): \(k)}\n" }
            return text
        }
    }

    /// A map of `statements` statements, about 110 bytes each (11 MB for 100,000): sections with `isGroup` data,
    /// relation trees of claims with inline flow data (numbers, bools, null, quoted strings, nested maps and
    /// sequences) on most and block data on some, tags, line and block comments, and a reconstructed argument
    /// with a premise-conclusion structure for every group.
    static func dataRichMap(statements: Int) -> String {
        var rng = SplitMix64(seed: 1517)
        let words = ["reason", "evidence", "policy", "cost", "benefit", "risk", "study", "claim", "tax", "growth",
                     "market", "climate", "energy", "health", "data", "trust", "law", "vote", "price", "school"]
        func sentence(_ count: Int) -> String {
            var parts: [String] = []
            for _ in 0..<count { parts.append(words[rng.below(words.count)]) }
            return parts.joined(separator: " ").capitalizedFirst + "."
        }
        func data(_ k: Int) -> String {
            switch k % 5 {
            case 0: return " {weight: 0.\(k % 9 + 1), n: \(k % 1000), ok: true}"
            case 1: return " {basis: quote, quote: \"\(sentence(3))\", year: \(1900 + k % 120)}"
            case 2: return " {source: 'Smith \(k % 97)', pages: [\(k % 40), \(k % 40 + 3)], note: null}"
            case 3: return " {meta: {checked: false, by: \"rev\(k % 11)\"}, score: -\(k % 17).5}"
            default: return ""
            }
        }
        var text = "===\ntitle: Generated data-rich map\nmodel: {mode: loose}\n===\n\n"
        text.reserveCapacity(statements * 120)
        var claim = 0, group = 0
        while claim < statements {
            group += 1
            text += "# Group \(group) {isGroup: true}\n\n"
            if group % 3 == 0 { text += "// line comment on group \(group)\n" }
            let root = claim + 1
            claim += 1
            text += "[Claim \(root)]: \(sentence(5)) #topic\(group % 9)\(data(claim))\n"
            var level = 1
            for _ in 0..<(6 + rng.below(4)) where claim < statements {
                claim += 1
                let symbol = rng.chance(0.7) ? "<+" : "<-"
                let indent = String(repeating: "  ", count: level)
                if claim % 7 == 0 {
                    text += "\(indent)\(symbol) [Claim \(claim)]: \(sentence(4)) /* note */ {\n"
                        + "\(indent)    basis: statistic\n\(indent)    values: [1, 2.5, \(claim % 9)]\n\(indent)  }\n"
                } else {
                    let tag = claim % 4 == 0 ? " #(open question)" : ""
                    text += "\(indent)\(symbol) [Claim \(claim)]: \(sentence(4 + rng.below(3)))\(tag)\(data(claim))\n"
                }
                level = rng.chance(0.5) ? min(level + 1, 4) : max(1, level - rng.below(2))
            }
            text += "\n<Argument \(group)>: \(sentence(4)) {isCanonical: true}\n\n"
            text += "(1) [Claim \(root)]\n(2) [Claim \(max(1, claim - 1))] {weight: 2}\n----\n(3) [Claim \(claim)]\n\n"
        }
        return text
    }
}

extension String {
    /// The string with its first character upper-cased.
    fileprivate var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
