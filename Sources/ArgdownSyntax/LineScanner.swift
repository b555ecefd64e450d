import ArgumentModel

/// One physical line of the (comment-stripped) text, with its indentation measured.
struct Line {
    /// Offset of the first byte of the line.
    var start: Int
    /// Offset just past the last byte that is not part of the line ending (`\n` or `\r\n`) or trailing blanks.
    var end: Int
    /// Offset of the next line's first byte (or the end of the text).
    var next: Int
    /// Number of leading spaces and tabs (a tab counts as one).
    var indent: Int
    /// Offset of the first non-blank byte (== `end` on a blank line).
    var content: Int
    /// Whether the line holds only blanks.
    var isBlank: Bool { content >= end }
}

/// Byte classes and line-level recognisers used by the parser. All functions are O(length of what they inspect).
enum Bytes {
    static let newline: UInt8 = 0x0A
    static let cr: UInt8 = 0x0D
    static let space: UInt8 = 0x20
    static let tab: UInt8 = 0x09
    static let backslash: UInt8 = 0x5C

    @inline(__always) static func isBlank(_ b: UInt8) -> Bool { b == space || b == tab || b == cr }
    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    /// A byte that would make a relation symbol before it a longer, unknown one (`++`, `->>`, `-=`).
    @inline(__always) static func continuesSymbol(_ b: UInt8) -> Bool {
        b == 0x2B || b == 0x2D || b == 0x5F || b == 0x3E || b == 0x3D || b == 0x7E
    }
    /// A byte the inline scanner copies as it is: none of blanks, `\\`, `#`, `{`, `@`, `*`, `_`, `[`, `.`, `:`.
    @inline(__always) static func isPlainText(_ b: UInt8) -> Bool { plainBit(b) != 0 }

    /// 1 for a byte ``isPlainText(_:)`` accepts, else 0: looked up in two 64-bit masks (bit `b` of the first for
    /// bytes below 0x40, bit `b - 0x40` of the second for the rest of ASCII) rather than a `switch`, which compiles
    /// to an indirect jump per byte of text.
    @inline(__always) static func plainBit(_ b: UInt8) -> UInt64 {
        // Tab, LF, CR, space, '#', '*', '.', ':'.
        let low: UInt64 = 1 << 0x09 | 1 << 0x0A | 1 << 0x0D | 1 << 0x20 | 1 << 0x23 | 1 << 0x2A | 1 << 0x2E | 1 << 0x3A
        // '@', '[', '\\', '_', '{'.
        let high: UInt64 = 1 << (0x40 - 64) | 1 << (0x5B - 64) | 1 << (0x5C - 64) | 1 << (0x5F - 64) | 1 << (0x7B - 64)
        let special = ((b < 0x40 ? low : high) >> UInt64(b & 63)) & (b < 0x80 ? 1 : 0)
        return special ^ 1
    }

    /// The end of the run of text at `from` (before `to`) that the inline scanner copies as it is: plain bytes
    /// (``isPlainText(_:)``) and single spaces between them. Eight bytes at a time while they are letters, bytes
    /// above 0x7F and spaces each followed by one of those (most of a text), else byte by byte with one predictable
    /// branch per byte (a branch on the byte's class mispredicts at every word boundary). O(length of the run).
    static func plainRunEnd(in bytes: [UInt8], from: Int, to: Int) -> Int {
        bytes.withUnsafeBytes { raw in
            var k = from
            while k < to {
                if k + 8 < to {
                    let w = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: k, as: UInt64.self))
                    let letters = letterWordBits(w)
                    let spaces = spaceWordBits(w)
                    if letters | spaces == highBits {
                        // Each space must be followed by a letter: the next lane's, or the byte after the word.
                        let after: UInt64 = isLetterOrHigh(raw[k + 8]) ? 0x80 << 56 : 0
                        if spaces & ~((letters >> 8) | after) == 0 {
                            k += 8
                            continue
                        }
                    }
                }
                // Byte by byte to the end of this word (or the run).
                let stop = min(to, k + 8)
                while k < stop {
                    let c = raw[k]
                    let next = k + 1 < to ? raw[k + 1] : newline
                    // A plain byte, or a space with a plain byte after it.
                    if plainBit(c) | (c == space ? plainBit(next) : 0) == 0 { return k }
                    k += 1
                }
            }
            return k
        }
    }

    private static var highBits: UInt64 { 0x8080_8080_8080_8080 }

    /// The high bit of every byte of `w` that is an ASCII letter or above 0x7F (all plain bytes).
    @inline(__always) private static func letterWordBits(_ w: UInt64) -> UInt64 {
        // Folded to lower case and to seven bits, a letter is 0x61...0x7A: adding 0x1F sets the high bit from 0x61
        // on, adding 0x05 from 0x7B on (no carry leaves a byte: both sums stay below 0x100).
        let t = (w | 0x2020_2020_2020_2020) & 0x7F7F_7F7F_7F7F_7F7F
        let letters = (t &+ 0x1F1F_1F1F_1F1F_1F1F) & ~(t &+ 0x0505_0505_0505_0505) & highBits
        return letters | (w & highBits)
    }

    /// The high bit of every byte of `w` that is a space.
    @inline(__always) private static func spaceWordBits(_ w: UInt64) -> UInt64 {
        let x = w ^ 0x2020_2020_2020_2020
        return ~(((x & ~highBits) &+ ~highBits) | x) & highBits
    }

    /// Whether `b` is an ASCII letter or above 0x7F.
    @inline(__always) private static func isLetterOrHigh(_ b: UInt8) -> Bool {
        b >= 0x80 || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A)
    }

    @inline(__always) static func isTagByte(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x2D || b == 0x5F
            || b >= 0x80
    }
}

/// The relation symbols of argdown.md §4, longest first so `<+` wins over `<` and `+>` over `+`.
enum RelationSymbol: String, CaseIterable {
    case supportedBy = "<+", attackedBy = "<-", undercutBy = "<_"
    case supports = "+>", attacks = "->", undercuts = "_>", contradicts = "><"
    case plusChild = "+", minusChild = "-", underscoreChild = "_"

    /// The relation type and whether the child line is the relation's source (`+ X`: X → parent).
    var meaning: (type: RelationTypeName, childIsSource: Bool) {
        switch self {
        case .supportedBy, .plusChild: (.support, true)
        case .attackedBy, .minusChild: (.attack, true)
        case .undercutBy, .underscoreChild: (.undercut, true)
        case .supports: (.support, false)
        case .attacks: (.attack, false)
        case .undercuts: (.undercut, false)
        case .contradicts: (.contradictory, false)
        }
    }

    static let ordered: [RelationSymbol] = [
        .supportedBy, .attackedBy, .undercutBy, .supports, .attacks, .undercuts, .contradicts,
        .plusChild, .minusChild, .underscoreChild,
    ]
}

/// The listed relation types a relation line can produce.
enum RelationTypeName { case support, attack, undercut, contradictory }

extension ArgdownParser {
    // The line-level recognisers are static functions of `Bytes` over the bytes alone, and the parser's methods of
    // the same names forward to them: a non-mutating method of the parser that is not inlined gets a copy of the
    // whole parser struct (about 500 bytes) when a mutating method calls it, twice per line of a map.

    /// ``line(at:)`` through a one-line cache: the inline scanner reads the line after an element to see whether the
    /// element's text goes on, and the driver then reads the same line again.
    mutating func cachedLine(at start: Int) -> Line {
        if lineCache.from == start { return lineCache.line }
        let l = line(at: start)
        lineCache = (start, l)
        return l
    }

    /// ``Bytes/line(at:in:source:)`` of the stripped text.
    @inline(__always) func line(at start: Int) -> Line { Bytes.line(at: start, in: b, source: source.bytes) }

    /// ``Bytes/relationSymbol(at:lineEnd:in:)`` of the stripped text.
    @inline(__always) func relationSymbol(at p: Int, lineEnd: Int) -> (RelationSymbol, Int)? {
        Bytes.relationSymbol(at: p, lineEnd: lineEnd, in: b)
    }

    /// ``Bytes/unknownSymbol(at:lineEnd:in:)`` of the stripped text.
    @inline(__always) func unknownSymbol(at p: Int, lineEnd: Int) -> Int? { Bytes.unknownSymbol(at: p, lineEnd: lineEnd, in: b) }

    /// ``Bytes/pcsNumber(at:lineEnd:in:)`` of the stripped text.
    @inline(__always) func pcsNumber(at p: Int, lineEnd: Int) -> (Int, Int)? { Bytes.pcsNumber(at: p, lineEnd: lineEnd, in: b) }

    /// ``Bytes/headingLevel(_:in:)`` of the stripped text.
    @inline(__always) func headingLevel(_ line: Line) -> (Int, Int)? { Bytes.headingLevel(line, in: b) }

    /// ``Bytes/listMarker(at:lineEnd:in:)`` of the stripped text.
    @inline(__always) func listMarker(at p: Int, lineEnd: Int) -> Int? { Bytes.listMarker(at: p, lineEnd: lineEnd, in: b) }

    /// ``Bytes/startsInference(_:in:)`` of the stripped text.
    @inline(__always) func startsInference(_ line: Line) -> Bool { Bytes.startsInference(line, in: b) }

    /// ``Bytes/isStructural(_:inPCS:in:)`` of the stripped text, with the pcs being read.
    @inline(__always) func isStructural(_ line: Line) -> Bool { Bytes.isStructural(line, inPCS: pcs != nil, in: b) }
}

extension Bytes {
    /// The line of `b` starting at `start`, or the first line after it that is not comment-only. O(length of the
    /// lines read).
    ///
    /// A line that held only comments (blank in the stripped `b`, but not blank in the `source` bytes) is not an
    /// empty line, as in Argdown: it neither ends a block nor a relation tree, so every reader of lines steps over it.
    static func line(at start: Int, in b: [UInt8], source: [UInt8]) -> Line {
        var s = start
        while true {
            let l = physicalLine(at: s, in: b)
            guard l.isBlank, l.next > s, holdsComment(l, source: source) else { return l }
            s = l.next
        }
    }

    /// Whether the (stripped-blank) line `l` held a comment in the `source` bytes: any byte that is not a blank or
    /// a line break. O(line length).
    private static func holdsComment(_ l: Line, source raw: [UInt8]) -> Bool {
        for k in l.start..<l.next where !isBlank(raw[k]) && raw[k] != newline { return true }
        return false
    }

    /// The physical line of `b` starting at `start`. O(line length).
    @inline(__always) private static func physicalLine(at start: Int, in b: [UInt8]) -> Line {
        let n = b.count
        var i = start
        var indent = 0
        while i < n, b[i] == space || b[i] == tab {
            indent += 1
            i += 1
        }
        let content = i
        i = ByteScan.first(newline, in: b, from: i, to: n)
        let next = i < n ? i + 1 : n
        var end = i
        while end > content, isBlank(b[end - 1]) { end -= 1 }
        return Line(start: start, end: end, next: next, indent: indent, content: content)
    }

    /// The relation symbol at `p` and the offset after it. As in Argdown, the symbol may touch what follows
    /// (`+[B]`, `-><C>`), except that a lone `_` needs a blank or the line end after it (`_word_` is italic text).
    /// A symbol followed by another symbol character (`++`, `+>>`, `--`) is not one.
    static func relationSymbol(at p: Int, lineEnd: Int, in b: [UInt8]) -> (RelationSymbol, Int)? {
        guard p < lineEnd else { return nil }
        // The candidates the bytes at `p` allow, longest first (the order of `RelationSymbol.ordered`): at most one
        // two-byte symbol, then at most one one-byte symbol. Decided on the first two bytes, without walking every
        // symbol's text, since every line of a map asks.
        let second: UInt8 = p + 1 < lineEnd ? b[p + 1] : 0
        let long: RelationSymbol?, short: RelationSymbol?
        switch b[p] {
        case 0x3C: // <
            long = second == 0x2B ? .supportedBy : second == 0x2D ? .attackedBy : second == 0x5F ? .undercutBy : nil
            short = nil
        case 0x2B: (long, short) = (second == 0x3E ? .supports : nil, .plusChild) // +
        case 0x2D: (long, short) = (second == 0x3E ? .attacks : nil, .minusChild) // -
        case 0x5F: (long, short) = (second == 0x3E ? .undercuts : nil, .underscoreChild) // _
        case 0x3E: (long, short) = (second == 0x3C ? .contradicts : nil, nil) // >
        default: return nil
        }
        if let long, let k = symbolEnds(long, at: p + 2, lineEnd: lineEnd, in: b) { return (long, k) }
        if let short, let k = symbolEnds(short, at: p + 1, lineEnd: lineEnd, in: b) { return (short, k) }
        return nil
    }

    /// `k` when `symbol`, ending just before `k`, really ends there: at the line end, before a blank, or (except a
    /// lone `_`) before a byte that does not continue a symbol.
    @inline(__always) private static func symbolEnds(_ symbol: RelationSymbol, at k: Int, lineEnd: Int, in b: [UInt8]) -> Int? {
        if k >= lineEnd || b[k] == space || b[k] == tab { return k }
        return symbol != .underscoreChild && !continuesSymbol(b[k]) ? k : nil
    }

    /// A run of 1–3 symbol characters followed by a blank that is not a relation symbol (`=>`, `++`, `<>` ...).
    static func unknownSymbol(at p: Int, lineEnd: Int, in b: [UInt8]) -> Int? {
        var k = p
        while k < lineEnd, k - p < 4, [0x2B, 0x2D, 0x5F, 0x3C, 0x3E, 0x3D, 0x7E].contains(b[k]) { k += 1 }
        guard k > p, k - p <= 3, k < lineEnd, b[k] == space || b[k] == tab else { return nil }
        return k
    }

    /// `(n)` at the start of a line's content (any indentation; as in Argdown, text may touch the `)`): the number
    /// and the offset after `)`.
    @inline(__always) static func pcsNumber(at p: Int, lineEnd: Int, in b: [UInt8]) -> (Int, Int)? {
        guard p < lineEnd, b[p] == 0x28 else { return nil }
        var k = p + 1
        var value = 0
        while k < lineEnd, isDigit(b[k]), k - p <= 9 {
            value = value * 10 + Int(b[k] - 0x30)
            k += 1
        }
        guard k > p + 1, k < lineEnd, b[k] == 0x29 else { return nil }
        return (value, k + 1)
    }

    /// A heading `#... ` at the start of a line's content (any indentation, as in Argdown): its level and the offset
    /// after the blank.
    @inline(__always) static func headingLevel(_ line: Line, in b: [UInt8]) -> (Int, Int)? {
        var k = line.content
        while k < line.end, b[k] == 0x23 { k += 1 }
        let level = k - line.content
        guard level > 0, k < line.end, b[k] == space || b[k] == tab else { return nil }
        return (level, k)
    }

    /// A list marker `* ` or `12. `: the offset after it.
    @inline(__always) static func listMarker(at p: Int, lineEnd: Int, in b: [UInt8]) -> Int? {
        guard p < lineEnd else { return nil }
        if b[p] == 0x2A, p + 1 < lineEnd, b[p + 1] == space || b[p + 1] == tab { return p + 1 }
        var k = p
        while k < lineEnd, isDigit(b[k]), k - p < 9 { k += 1 }
        if k > p, k + 1 < lineEnd, b[k] == 0x2E, b[k + 1] == space || b[k + 1] == tab { return k + 1 }
        return nil
    }

    /// Whether the line starts with `--` (an inference line inside a pcs).
    @inline(__always) static func startsInference(_ line: Line, in b: [UInt8]) -> Bool {
        line.content + 1 < line.end && b[line.content] == 0x2D && b[line.content + 1] == 0x2D
    }

    /// Whether `line` starts something new (and so does not continue the text above); `inPCS`: a premise-conclusion
    /// structure is being read, so a `--` line is its inference.
    static func isStructural(_ line: Line, inPCS: Bool, in b: [UInt8]) -> Bool {
        if line.isBlank { return true }
        let p = line.content, e = line.end
        if headingLevel(line, in: b) != nil { return true }
        if pcsNumber(at: p, lineEnd: e, in: b) != nil { return true }
        if inPCS, line.end - line.content >= 2, b[p] == 0x2D, b[p + 1] == 0x2D { return true }
        if relationSymbol(at: p, lineEnd: e, in: b) != nil { return true }
        if line.indent > 0, unknownSymbol(at: p, lineEnd: e, in: b) != nil { return true }
        if listMarker(at: p, lineEnd: e, in: b) != nil { return true }
        return false
    }
}
