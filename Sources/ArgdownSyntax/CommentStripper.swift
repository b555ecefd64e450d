import ArgumentModel

/// Removes Argdown's three comment forms (`// ...`, `/* ... */`, `<!-- ... -->`) by overwriting them with spaces.
///
/// The result has exactly the bytes of the input, so every offset still points at the same place in the file.
/// Line breaks inside a multi-line comment become spaces too: like Argdown, a comment is skipped whole, and the
/// text before and after it joins into one line. A `\` escapes the next byte (`\/\/` is not a comment), and `//`
/// right after a `:` is a URL (`https://...`), not a comment. Complexity: O(n), no allocation beyond the copy.
enum CommentStripper {
    /// A comment that has no end.
    struct Unterminated {
        /// Byte offset of the opening `/*` or `<!--`.
        var offset: Int
        /// The opener as written.
        var opener: String
        /// The closer that is missing.
        var closer: String
    }

    /// The text with comments blanked, and the comment left open at the end of the file, if any.
    static func strip(_ input: [UInt8]) -> (bytes: [UInt8], unterminated: Unterminated?) {
        var out = input
        let n = input.count
        var i = 0
        var unterminated: Unterminated?
        while i < n {
            // Only `\`, `/` and the `!` of `<!--` can start something: bytes between them are skipped eight at a
            // time. The `!` is looked for rather than the `<`, which starts every `<+`, `<-` and `<Title>` of a map.
            let from = i
            i = ByteScan.first(anyOf: (0x5C, 0x2F, 0x21, 0x5C, 0x2F, 0x21), in: input, from: i, to: n)
            guard i < n else { break }
            let b = input[i]
            // "<!--" whose `<` was not passed over (escaped, or the end of a comment): it starts at the `<`.
            if b == 0x21, i > from, input[i - 1] == 0x3C, i + 2 < n, input[i + 1] == 0x2D, input[i + 2] == 0x2D {
                var j = i + 3
                var closed = false
                while j + 2 < n {
                    if input[j] == 0x2D && input[j + 1] == 0x2D && input[j + 2] == 0x3E { closed = true; break }
                    j += 1
                }
                let end = closed ? j + 3 : n
                if !closed { unterminated = Unterminated(offset: i - 1, opener: "<!--", closer: "-->") }
                for k in (i - 1)..<end { out[k] = 0x20 }
                i = end
                continue
            }
            if b == 0x5C { // backslash: the next byte is literal
                i += 2
                continue
            }
            if b == 0x2F, i + 1 < n { // '/'
                let next = input[i + 1]
                if next == 0x2F, !(i > 0 && input[i - 1] == 0x3A) { // "//" not after ':'
                    var j = i
                    while j < n, input[j] != 0x0A, !(input[j] == 0x0D && j + 1 < n && input[j + 1] == 0x0A) {
                        out[j] = 0x20
                        j += 1
                    }
                    i = j
                    continue
                }
                if next == 0x2A { // "/*"
                    var j = i + 2
                    var closed = false
                    while j + 1 < n {
                        if input[j] == 0x2A && input[j + 1] == 0x2F { closed = true; break }
                        j += 1
                    }
                    let end = closed ? j + 2 : n
                    if !closed { unterminated = Unterminated(offset: i, opener: "/*", closer: "*/") }
                    for k in i..<end { out[k] = 0x20 }
                    i = end
                    continue
                }
            }
            i += 1
        }
        return (out, unterminated)
    }
}
