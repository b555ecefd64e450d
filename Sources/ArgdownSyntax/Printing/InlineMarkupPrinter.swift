import ArgumentModel

/// Writes a plain text and its ``TextRange``s back as Argdown inline markup (`**bold**`, `_italic_`,
/// `[text](url)`, tags and mentions as written) with every other character escaped, so that the reader gives
/// back the same text and ranges. Ranges the syntax cannot express (crossing ones, a bold that ends inside a word,
/// a tag range that is not a tag) are written as plain text. Complexity: O(length + ranges · log ranges).
struct InlineMarkupPrinter {
    let bytes: [UInt8]
    let atLineStart: Bool
    let shortcodes: [String: String]
    let longestShortcode: Int
    /// Tags that may be written in the text (others are written as plain text); nil: none.
    let writableTags: Set<String>?

    init(_ text: String, atLineStart: Bool, settings: InlineSettings = .standard, writableTags: Set<String>? = nil) {
        bytes = Array(text.utf8)
        self.atLineStart = atLineStart
        self.writableTags = writableTags
        shortcodes = settings.shortcodes
        longestShortcode = settings.longestShortcode
    }

    /// The markup, and the tags written in it, in order (so the caller does not repeat them after the text).
    func print(_ ranges: [TextRange]) -> (text: String, tags: [String]) {
        let usable = usableRanges(ranges)
        var starts: [Int: [TextRange]] = [:]
        for r in usable { starts[r.start, default: []].append(r) }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 8)
        var open: [(range: TextRange, marker: [UInt8])] = []
        var tags: [String] = []
        var p = 0
        while p <= bytes.count {
            while let top = open.last, top.range.end == p {
                out += top.marker
                open.removeLast()
            }
            if p == bytes.count { break }
            var atomicEnd: Int?
            for r in starts[p] ?? [] {
                switch r.kind {
                case .bold, .italic:
                    let marker = marker(for: r.kind, inside: open.last?.marker.first)
                    out += marker
                    open.append((r, marker))
                case .link(let url):
                    out += Array("[".utf8) + Array(ArgdownEscaping.title(string(r.start, r.end)).utf8)
                    out += Array("](".utf8) + Self.escapeURL(url) + [0x29]
                    atomicEnd = r.end
                case .tag(let tag):
                    out += bytes[r.start..<r.end]
                    if !tags.contains(tag) { tags.append(tag) }
                    atomicEnd = r.end
                case .mention:
                    out += bytes[r.start..<r.end]
                    atomicEnd = r.end
                }
            }
            if let end = atomicEnd {
                p = end
                continue
            }
            // A marker written right after this character (a range closing or opening at p + 1) is not a blank.
            let markupFollows = starts[p + 1] != nil || open.contains { $0.range.end == p + 1 }
            appendPlain(at: p, into: &out, insideEmphasis: open.map { $0.marker[0] }, markupFollows: markupFollows)
            p += 1
        }
        return (String(decoding: out, as: UTF8.self), tags)
    }

    /// `**`/`_` for bold/italic, or `__`/`*` when the enclosing marker uses the same character (the reader would
    /// take it as that marker's end).
    private func marker(for kind: TextRange.Kind, inside enclosing: UInt8?) -> [UInt8] {
        if kind == .bold { return enclosing == 0x2A ? [0x5F, 0x5F] : [0x2A, 0x2A] }
        return enclosing == 0x5F ? [0x2A] : [0x5F]
    }

    /// One plain character, escaped where the reader would otherwise see syntax.
    private func appendPlain(at p: Int, into out: inout [UInt8], insideEmphasis: [UInt8], markupFollows: Bool) {
        let c = bytes[p]
        let next: UInt8? = p + 1 < bytes.count ? bytes[p + 1] : nil
        if c == 0x0A || c == 0x0D {
            out.append(0x20)
            return
        }
        var escape = false
        switch c {
        case 0x5C, 0x5B, 0x5D, 0x3C, 0x3E, 0x7B, 0x7D, 0x23, 0x40: escape = true // \ [ ] < > { } # @
        case 0x2F: escape = next == 0x2F || next == 0x2A || markupFollows // "//", "/*", "/**bold**"
        case 0x2A, 0x5F: escape = markupFollows || next.map { !Self.isBlank($0) } ?? false || insideEmphasis.contains(c)
        case 0x2E, 0x3A: escape = startsShortcode(at: p)
        default: break
        }
        if p == 0 && atLineStart && c < 0x80 && (Self.isDigit(c) || ArgdownEscaping.isASCIIPunctuation(Unicode.Scalar(c))) {
            escape = true
        }
        if escape { out.append(0x5C) }
        out.append(c)
    }

    /// Whether a shortcode (`.v.`, `:+1:`) of the table starts at `p`.
    private func startsShortcode(at p: Int) -> Bool {
        let c = bytes[p]
        var k = p + 1
        while k < bytes.count, bytes[k] != c, !Self.isBlank(bytes[k]), k - p < longestShortcode { k += 1 }
        guard k < bytes.count, bytes[k] == c, k > p + 1 else { return false }
        return shortcodes[String(decoding: bytes[p...k], as: UTF8.self)] != nil
    }

    // MARK: Choosing the ranges that can be written

    /// The ranges that fit, trimmed of blanks, writable, properly nested, in writing order (outer first).
    private func usableRanges(_ ranges: [TextRange]) -> [TextRange] {
        var candidates: [TextRange] = []
        for var r in ranges where r.fits(length: bytes.count) {
            // The reader never starts or ends a range with a blank (it folds blanks and trims link texts).
            while r.start < r.end, Self.isBlank(bytes[r.start]) { r.start += 1 }
            while r.end > r.start, Self.isBlank(bytes[r.end - 1]) { r.end -= 1 }
            guard r.start < r.end else { continue }
            switch r.kind {
            case .bold, .italic:
                candidates.append(r)
            case .link(let url):
                if !url.isEmpty { candidates.append(r) }
            case .tag(let tag):
                if writableTags?.contains(tag) == true && isWrittenTag(r, tag) { candidates.append(r) }
            case .mention(let kind, let title):
                let written = (kind == .statement ? "@[" : "@<") + title + (kind == .statement ? "]" : ">")
                if string(r.start, r.end) == written && ArgdownEscaping.title(title) == title && !title.isEmpty {
                    candidates.append(r)
                }
            }
        }
        candidates.sort { $0.start != $1.start ? $0.start < $1.start : $0.end > $1.end }
        let emphasisStarts = Set(candidates.filter { $0.kind == .bold || $0.kind == .italic }.map(\.start))
        var out: [TextRange] = []
        var stack: [TextRange] = []
        for r in candidates {
            while let top = stack.last, top.end <= r.start { stack.removeLast() }
            if let top = stack.last {
                let topIsAtomic = !(top.kind == .bold || top.kind == .italic)
                if topIsAtomic || r.end > top.end { continue } // inside a link/tag/mention, or crossing
            }
            if r.kind == .bold || r.kind == .italic, !closes(at: r.end, emphasisStarts: emphasisStarts) { continue }
            out.append(r)
            stack.append(r)
        }
        return out
    }

    /// Whether a closing marker before `e` is read as one: the reader needs a blank, the end, a marker or one of
    /// `) } , ! ? ; -` (and `.`, `:` when not escaped) after it.
    private func closes(at e: Int, emphasisStarts: Set<Int>) -> Bool {
        guard e < bytes.count else { return true }
        switch bytes[e] {
        case 0x20, 0x09, 0x0A, 0x0D, 0x29, 0x2C, 0x21, 0x3F, 0x3B, 0x2D: return true
        case 0x2E, 0x3A: return !startsShortcode(at: e)
        default: return emphasisStarts.contains(e)
        }
    }

    /// Whether the text at `r` is the tag `tag` as the reader reads one (`#tag` or `#(tag)`, at a word start).
    private func isWrittenTag(_ r: TextRange, _ tag: String) -> Bool {
        guard r.start == 0 || Self.isBlank(bytes[r.start - 1]) else { return false }
        let written = string(r.start, r.end)
        if written == "#" + tag {
            return !tag.isEmpty && tag.utf8.allSatisfy(Self.isTagByte)
                && (r.end == bytes.count || !Self.isTagByte(bytes[r.end]))
        }
        return written == "#(" + tag + ")" && !tag.contains(")") && !tag.contains("\\") && !tag.isEmpty
            && tag.trimmingBlanks == tag
    }

    private func string(_ from: Int, _ to: Int) -> String { String(decoding: bytes[from..<to], as: UTF8.self) }

    /// A link target for between `(` `)`: `\`, `(`, `)`, `<`, `>` and comment openers escaped, line breaks as spaces.
    static func escapeURL(_ url: String) -> [UInt8] {
        let u = Array(url.utf8)
        var out: [UInt8] = []
        for (i, c) in u.enumerated() {
            let next: UInt8? = i + 1 < u.count ? u[i + 1] : nil
            if c == 0x0A || c == 0x0D { out.append(0x20); continue }
            if c == 0x5C || c == 0x28 || c == 0x29 || c == 0x3C || c == 0x3E
                || (c == 0x2F && (next == 0x2A || (next == 0x2F && !(i > 0 && u[i - 1] == 0x3A))))
            {
                out.append(0x5C)
            }
            out.append(c)
        }
        return out
    }

    static func isBlank(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0D || c == 0x0A }
    static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
    static func isTagByte(_ c: UInt8) -> Bool { Bytes.isTagByte(c) }
}

extension String {
    /// The string without leading and trailing spaces and tabs.
    fileprivate var trimmingBlanks: String {
        var s = Substring(self)
        while s.first == " " || s.first == "\t" { s.removeFirst() }
        while s.last == " " || s.last == "\t" { s.removeLast() }
        return String(s)
    }
}
