import ArgumentModel

/// A bold or italic marker that was opened and not yet closed.
struct OpenMarker {
    /// `*` or `_`.
    var byte: UInt8
    /// `**`/`__` (bold) rather than `*`/`_` (italic).
    var double: Bool
    /// Offset in the element's text where the range starts.
    var start: Int
    /// Offset of the marker in the source.
    var source: Int

    var width: Int { double ? 2 : 1 }
}

extension ArgdownParser {
    /// Whether a closing marker may end at `k`: Argdown closes `**`, `__`, `*`, `_` only before a blank, the end of
    /// the line, or one of `) } _ . , ! ? ; : - *`.
    @inline(__always) private func closesEmphasis(at k: Int, end: Int) -> Bool {
        guard k < end else { return true }
        switch b[k] {
        case Bytes.space, Bytes.tab, Bytes.cr, 0x29, 0x7D, 0x5F, 0x2E, 0x2C, 0x21, 0x3F, 0x3B, 0x3A, 0x2D, 0x2A: return true
        default: return false
        }
    }

    /// `*` or `_` at `i`: closes the innermost open marker of the same kind, opens bold (`**`, `__`) or italic
    /// (`*`, `_`) when a non-blank follows, or is text — in the order of Argdown's lexer (ends before starts, bold
    /// before italic). Returns the offset after what was read.
    mutating func scanEmphasis(at i: Int, end e: Int, into acc: inout InlineText) -> Int {
        let c = b[i]
        let double = i + 1 < e && b[i + 1] == c
        if let top = acc.openMarkers.last, top.byte == c {
            if top.double && double && closesEmphasis(at: i + 2, end: e) {
                closeMarker(&acc)
                return i + 2
            }
            if !top.double && closesEmphasis(at: i + 1, end: e) {
                closeMarker(&acc)
                return i + 1
            }
        }
        let width = double && i + 2 < e && !Bytes.isBlank(b[i + 2]) ? 2 : 1
        if i + width < e, !Bytes.isBlank(b[i + width]) {
            acc.flushSpace()
            acc.openMarkers.append(OpenMarker(byte: c, double: width == 2, start: acc.bytes.count, source: i))
            return i + width
        }
        acc.append(c)
        return i + 1
    }

    @inline(__always) private func closeMarker(_ acc: inout InlineText) {
        let m = acc.openMarkers.removeLast()
        if acc.bytes.count > m.start {
            acc.ranges.append(TextRange(m.double ? .bold : .italic, start: m.start, end: acc.bytes.count))
        }
    }

    /// `[text](url)` at `i`: the link text goes into the text with a link range; anything else is a literal `[`.
    mutating func scanLink(at i: Int, end e: Int, into acc: inout InlineText) -> Int {
        if let close = find(0x5D, from: i + 1, end: e), close > i + 1, close + 1 < e, b[close + 1] == 0x28,
            let paren = find(0x29, from: close + 2, end: e), paren > close + 2
        {
            let text = decodeTitle(i + 1, close)
            let url = decodeTitle(close + 2, paren)
            if !text.isEmpty && !url.isEmpty {
                acc.flushSpace()
                let from = acc.bytes.count
                for byte in text.utf8 { acc.append(byte) }
                acc.ranges.append(TextRange(.link(url: url), start: from, end: acc.bytes.count))
                return paren + 1
            }
        }
        acc.append(b[i])
        return i + 1
    }

    /// `.` or `:` at `i`: a shortcode (`.v.`, `:+1:`) becomes its character; otherwise the byte is text. Like
    /// Argdown's lexer, a `.x.` / `:x:` candidate that is no shortcode is passed over whole, so its closing
    /// delimiter does not start another candidate. Each byte is looked at a bounded number of times.
    mutating func scanShortcode(at i: Int, end e: Int, into acc: inout InlineText) -> Int {
        let c = b[i]
        if i >= acc.noShortcodeBefore {
            var k = i + 1
            while k < e, b[k] != c, !Bytes.isBlank(b[k]) { k += 1 }
            if k < e, b[k] == c, k > i + 1 {
                if k + 1 - i <= inline.longestShortcode,
                    let unicode = inline.shortcodes[String(decoding: b[i...k], as: UTF8.self)]
                {
                    for byte in unicode.utf8 { acc.append(byte) }
                    return k + 1
                }
                acc.noShortcodeBefore = k + 1
            }
        }
        acc.append(c)
        return i + 1
    }

    /// Ends an element's text: markers still open are an `unclosed-emphasis` error (one, at the outermost) and go
    /// back into the text as written; ranges are put in Argdown's order (by start, outer before inner). O(length + ranges · log markers).
    mutating func closeUnbalanced(_ acc: inout InlineText) {
        if !acc.openMarkers.isEmpty {
            // One error per element, at the outermost marker (a flood of them would say nothing more).
            let m = acc.openMarkers[0]
            let marker = String(repeating: String(UnicodeScalar(m.byte)), count: m.width)
            let what = m.double ? "bold" : "italic"
            let escaped = String(repeating: "\\" + String(UnicodeScalar(m.byte)), count: m.width)
            let more = acc.openMarkers.count > 1 ? " (\(acc.openMarkers.count - 1) more marker\(acc.openMarkers.count > 2 ? "s" : "") after it stay open too)" : ""
            diagnose(.error, .unclosedEmphasis,
                "this `\(marker)` starts \(what) text that is never closed\(more); close it with `\(marker)` right after the last \(what) word, or write `\(escaped)` if the characters are text",
                m.source, m.source + m.width)
            let markers = acc.openMarkers
            var out: [UInt8] = []
            out.reserveCapacity(acc.bytes.count + 2 * markers.count)
            var prev = 0
            for m in markers {
                out += acc.bytes[prev..<m.start]
                out += [UInt8](repeating: m.byte, count: m.width)
                prev = m.start
            }
            out += acc.bytes[prev...]
            // Width of the markers inserted at offsets < x (or <= x).
            var prefix: [Int] = [0]
            for m in markers { prefix.append(prefix[prefix.count - 1] + m.width) }
            func shift(_ x: Int, inclusive: Bool) -> Int {
                var lo = 0, hi = markers.count
                while lo < hi {
                    let mid = (lo + hi) / 2
                    if markers[mid].start < x || (inclusive && markers[mid].start == x) { lo = mid + 1 } else { hi = mid }
                }
                return x + prefix[lo]
            }
            acc.ranges = acc.ranges.map {
                TextRange($0.kind, start: shift($0.start, inclusive: true), end: shift($0.end, inclusive: false))
            }
            acc.bytes = out
            acc.openMarkers = []
            acc.hasContent = true
        }
        if acc.ranges.count > 1 {
            acc.ranges = acc.ranges.enumerated().sorted { a, b in
                if a.element.start != b.element.start { return a.element.start < b.element.start }
                if a.element.end != b.element.end { return a.element.end > b.element.end }
                return a.offset > b.offset // same span: the marker opened first (closed last) is the outer one
            }.map(\.element)
        }
    }
}
