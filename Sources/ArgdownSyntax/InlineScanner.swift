import ArgumentModel

/// The text of one element as it is read: escapes resolved, shortcodes replaced, data taken out, blanks and line
/// breaks folded to single spaces. With `formatting`, `**bold**`, `_italic_` and `[text](url)` lose their markers
/// and become ``TextRange``s over the plain text, and tags stay in the text as tag ranges unless `keepTags` is off;
/// mentions are kept verbatim (with a mention range).
struct InlineText {
    var bytes: [UInt8] = []
    var pendingSpace = false
    var tags: [String] = []
    var data: DataValue = .empty
    /// Inline formatting over `bytes`.
    var ranges: [TextRange] = []
    /// Bold and italic markers opened and not yet closed, innermost last.
    var openMarkers: [OpenMarker] = []
    /// Whether anything but tags was read (a text of tags only counts as no text).
    var hasContent = false
    /// Whether bold, italic and links are read (not in inference rules, which Argdown reads without them).
    let formatting: Bool
    /// Whether tags stay in the text (statements, unless `removeTagsFromText`); headings keep them out.
    let keepTags: Bool
    /// Offset just past the last non-blank byte read (for the element's range).
    var lastEnd: Int
    /// Set when an unterminated data block ended the element early.
    var stopped = false
    /// Shortcodes are not looked for before this source offset (Argdown's lexer consumed it as one candidate).
    var noShortcodeBefore = 0
    /// A run of plain text measured before the scan (by the plain-text fast path), taken as it is when reached.
    var knownRun = PlainRun()

    init(start: Int, formatting: Bool = false, keepTags: Bool = false) {
        lastEnd = start
        self.formatting = formatting
        self.keepTags = keepTags
    }

    mutating func append(_ byte: UInt8) {
        flushSpace()
        bytes.append(byte)
        hasContent = true
    }

    /// Appends a run of text bytes in one copy (the same as appending them one by one).
    mutating func append(run: ArraySlice<UInt8>) {
        flushSpace()
        bytes.append(contentsOf: run)
        hasContent = true
    }

    /// Writes a pending folded blank now (before a range starts).
    mutating func flushSpace() {
        if pendingSpace && !bytes.isEmpty { bytes.append(Bytes.space) }
        pendingSpace = false
    }

    /// The folded text ("" when only tags were read).
    var string: String { hasContent ? String(decoding: bytes, as: UTF8.self) : "" }

    /// The ranges of ``string`` (none when only tags were read).
    var textRanges: [TextRange] { hasContent ? ranges : [] }
}

/// A run of plain text bytes starting at the plain byte `from` and ending at `to`: where
/// ``Bytes/plainRunEnd(in:from:to:)`` from `from + 1` to the line's last non-blank byte ends (the same end as to
/// the line feed: only blanks stand between). `from` is -1 when no run was measured.
struct PlainRun {
    var from = -1
    var to = -1
}

/// How far an element's text may run.
enum Wrap {
    /// Over following lines until an empty line or a line that starts something new (argdown.md §1).
    case lines
    /// One line, plus following lines that start a data block `{` (headings).
    case dataOnly
    /// Only up to the given offset on the first line.
    case upTo(Int)
}

extension ArgdownParser {
    /// Offset of the `\n` ending the line that holds `p` (or the end of the text).
    @inline(__always) func endOfLine(from p: Int) -> Int { ByteScan.first(Bytes.newline, in: b, from: p, to: n) }

    /// The first unescaped `target` in `from..<end`, or nil. Cached so repeated look-ups on one line are O(1).
    mutating func find(_ target: UInt8, from: Int, end: Int) -> Int? {
        let slot: Int
        switch target {
        case 0x5D: slot = 0 // ]
        case 0x3E: slot = 1 // >
        case 0x29: slot = 2 // )
        default: slot = 3
        }
        let cached = findCache[slot]
        if slot < 3, cached.end == end, from >= cached.from, cached.result == -1 || from <= cached.result {
            return cached.result == -1 ? nil : cached.result
        }
        var k = from
        var result = -1
        while k < end {
            // Only the target, a backslash and a line feed matter: the bytes between them are passed over eight at
            // a time.
            k = ByteScan.first(anyOf: (target, Bytes.backslash, Bytes.newline, target, target, target), in: b, from: k, to: end)
            guard k < end else { break }
            let c = b[k]
            if c == Bytes.backslash { k += 2; continue }
            if c == target { result = k }
            break
        }
        findCache[slot] = FindCacheEntry(from: from, end: end, result: result)
        return result == -1 ? nil : result
    }

    /// A title between brackets: escapes resolved, blanks folded, trimmed. Inlined (as the other small
    /// recognisers called from the parser's mutating methods are): a call of a non-mutating method copied the whole
    /// parser struct (about 500 bytes) for each call.
    @inline(__always) func decodeTitle(_ from: Int, _ to: Int) -> String {
        if isPlainTitle(from, to) { return String(decoding: b[from..<to], as: UTF8.self) }
        return Self.foldedTitle(b, from, to)
    }

    /// ``decodeTitle(_:_:)`` of a title that is not plain: escapes resolved, blanks folded, trimmed. O(length).
    private static func foldedTitle(_ b: [UInt8], _ from: Int, _ to: Int) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(to - from)
        var pending = false
        var k = from
        while k < to {
            let c = b[k]
            if Bytes.isBlank(c) || c == Bytes.newline {
                pending = true
                k += 1
                continue
            }
            if pending && !out.isEmpty { out.append(Bytes.space) }
            pending = false
            if c == Bytes.backslash, k + 1 < to {
                out.append(b[k + 1])
                k += 2
                continue
            }
            out.append(c)
            k += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether `from..<to` is a title as written: no escapes, no line breaks or blanks other than single spaces
    /// between words (what most titles are), so ``decodeTitle(_:_:)`` can take the bytes as they are. O(length).
    @inline(__always) private func isPlainTitle(_ from: Int, _ to: Int) -> Bool {
        guard from < to, b[from] != Bytes.space, b[to - 1] != Bytes.space else { return false }
        var k = from
        while k < to {
            let c = b[k]
            if c == Bytes.backslash || c == Bytes.tab || c == Bytes.cr || c == Bytes.newline { return false }
            if c == Bytes.space && b[k + 1] == Bytes.space { return false }
            k += 1
        }
        return true
    }

    /// Reads text from `start` into `acc` (see ``InlineText``), continuing over lines as `wrap` allows, and
    /// returns the offset of the first line not read. Bold or italic markers still open at the end are errors
    /// (`unclosed-emphasis`) and are kept as text.
    mutating func scanInline(from start: Int, into acc: inout InlineText, wrap: Wrap) -> Int {
        let next = scanInlineText(from: start, into: &acc, wrap: wrap)
        closeUnbalanced(&acc)
        return next
    }

    private mutating func scanInlineText(from start: Int, into acc: inout InlineText, wrap: Wrap) -> Int {
        var i = start
        var e = endOfLine(from: i)
        if case .upTo(let limit) = wrap { e = min(e, limit) }
        var wordStart = start
        while true {
            while i < e {
                let c = b[i]
                switch c {
                case Bytes.space, Bytes.tab, Bytes.cr:
                    acc.pendingSpace = true
                    i += 1
                case Bytes.backslash:
                    if i + 1 < e, !Bytes.isBlank(b[i + 1]) {
                        acc.append(b[i + 1])
                        i += 2
                    } else {
                        acc.append(c)
                        i += 1
                    }
                    acc.lastEnd = i
                case 0x23 where i == wordStart || Bytes.isBlank(b[i - 1]): // '#'
                    if let (tag, after) = parseTag(at: i, end: e) {
                        acc.tags.append(tag)
                        if acc.keepTags {
                            acc.flushSpace()
                            let from = acc.bytes.count
                            acc.bytes.append(contentsOf: b[i..<after])
                            acc.ranges.append(TextRange(.tag(tag), start: from, end: acc.bytes.count))
                        } else {
                            acc.pendingSpace = acc.pendingSpace || !acc.bytes.isEmpty
                        }
                        i = after
                    } else {
                        acc.append(c)
                        i += 1
                    }
                    acc.lastEnd = i
                case 0x7B: // '{'
                    switch scanData(at: i) {
                    case .closed(let close):
                        if let value = parseDataBlock(open: i, close: close) { acc.data.merge(value) }
                        i = close + 1
                        acc.lastEnd = i
                        acc.pendingSpace = acc.pendingSpace || !acc.bytes.isEmpty
                        e = endOfLine(from: i)
                        if case .upTo(let limit) = wrap, limit >= i { e = min(e, limit) }
                    case .unterminated(let stop):
                        diagnose(.error, .unterminatedData,
                            "this data block has no closing `}`; close it, or escape the brace as `\\{` if it is text", i)
                        acc.stopped = true
                        return stop
                    }
                case 0x40 where i + 1 < e && (b[i + 1] == 0x5B || b[i + 1] == 0x3C): // '@[' or '@<'
                    let isStatement = b[i + 1] == 0x5B
                    if let close = find(isStatement ? 0x5D : 0x3E, from: i + 2, end: e), close > i + 2 {
                        let title = decodeTitle(i + 2, close)
                        let kind: NodeKind = isStatement ? .statement : .argument
                        model.mention(kind, title: title, range: source.range(i, close + 1))
                        acc.flushSpace()
                        let from = acc.bytes.count
                        acc.append(run: b[i...close])
                        acc.ranges.append(TextRange(.mention(kind, title: title), start: from, end: acc.bytes.count))
                        i = close + 1
                    } else {
                        acc.append(c)
                        i += 1
                    }
                    acc.lastEnd = i
                case 0x2A where acc.formatting, 0x5F where acc.formatting: // '*', '_'
                    i = scanEmphasis(at: i, end: e, into: &acc)
                    acc.lastEnd = i
                case 0x5B where acc.formatting: // '['
                    i = scanLink(at: i, end: e, into: &acc)
                    acc.lastEnd = i
                case 0x2E, 0x3A: // '.', ':'
                    i = scanShortcode(at: i, end: e, into: &acc)
                    acc.lastEnd = i
                default:
                    // A run of bytes none of the cases above looks at is copied in one piece, single spaces between
                    // words included (a lone space is kept as it is, as folding would keep it).
                    let k = i == acc.knownRun.from ? acc.knownRun.to : Bytes.plainRunEnd(in: b, from: i + 1, to: e)
                    acc.append(run: b[i..<k])
                    i = k
                    acc.lastEnd = i
                }
            }
            let next = e < n ? e + 1 : n
            switch wrap {
            case .upTo: return next
            case .lines, .dataOnly: break
            }
            if next >= n { return n }
            let ln = cachedLine(at: next)
            if isStructural(ln) { return next }
            if case .dataOnly = wrap, b[ln.content] != 0x7B { return next }
            if case .lines = wrap, ln.indent == 0, startsDefinition(at: ln.content, end: ln.end) {
                diagnose(.warning, .definitionContinuesText,
                    "this line continues the text above (a single line break does not end a statement), so it defines nothing; leave an empty line before it to start a new one",
                    ln.content, ln.end)
            }
            acc.pendingSpace = true
            i = ln.content
            wordStart = i
            e = endOfLine(from: i)
        }
    }

    /// Whether `[T]:` or `<T>:` starts at `p`.
    mutating func startsDefinition(at p: Int, end: Int) -> Bool {
        guard p < end, b[p] == 0x5B || b[p] == 0x3C else { return false }
        guard let close = find(b[p] == 0x5B ? 0x5D : 0x3E, from: p + 1, end: end) else { return false }
        return close + 1 < end && b[close + 1] == 0x3A
    }

    /// `#tag` or `#(tag with spaces)` at `p`: the tag and the offset after it.
    mutating func parseTag(at p: Int, end: Int) -> (String, Int)? {
        guard p + 1 < end else { return nil }
        if b[p + 1] == 0x28 {
            guard let close = find(0x29, from: p + 2, end: end) else { return nil }
            let tag = decodeTitle(p + 2, close)
            return tag.isEmpty ? nil : (tag, close + 1)
        }
        var k = p + 1
        while k < end, Bytes.isTagByte(b[k]) { k += 1 }
        guard k > p + 1 else { return nil }
        return (String(decoding: b[(p + 1)..<k], as: UTF8.self), k)
    }
}
