import ArgumentModel

/// Where an element stands, which decides the role of its occurrence.
enum ElementContext {
    case topLevel, relation, pcs

    /// The occurrence's context as the model records it (nil inside a pcs, whose role says more).
    var occurrenceContext: OccurrenceContext? {
        switch self {
        case .topLevel: .topLevel
        case .relation: .relation
        case .pcs: nil
        }
    }
}

/// What reading one element produced.
struct ParsedElement {
    var endpoint: Endpoint
    var node: NodeID?
    var kind: NodeKind?
    /// Offset just past the element's last non-blank byte.
    var end: Int
    /// Offset of the first line not read.
    var next: Int
}

extension ArgdownParser {
    /// Reads a statement or argument at `p`: `[T]: text`, `[T]`, `<T>: text`, `<T>`, or untitled text — with
    /// tags, data and continuation lines — and records its occurrence.
    mutating func parseElement(at p: Int, lineEnd: Int, context: ElementContext) -> ParsedElement {
        var kind = NodeKind.statement
        var title: String?
        var isDefinition = false
        var textStart = p
        if p < lineEnd, b[p] == 0x5B || b[p] == 0x3C {
            let isStatement = b[p] == 0x5B
            let closing = find(isStatement ? 0x5D : 0x3E, from: p + 1, end: lineEnd)
            if closing == nil, p + 1 < lineEnd, !Bytes.isBlank(b[p + 1]) {
                let shown = isStatement ? "[Title]" : "<Title>"
                diagnose(.warning, .unclosedTitle,
                    "this `\(isStatement ? "[" : "<")` has no `\(isStatement ? "]" : ">")` on its line, so it opens no title and the line is read as untitled text; close it like `\(shown): text`, or escape it as `\\\(isStatement ? "[" : "<")`",
                    p)
            }
            if let close = closing,
                !(isStatement && close + 1 < lineEnd && b[close + 1] == 0x28) // [text](url) is a link
            {
                let name = decodeTitle(p + 1, close)
                if name.isEmpty {
                    diagnose(.error, .emptyTitle,
                        "a title cannot be empty; write one between the brackets, or leave the brackets out for an untitled statement",
                        p, close + 1)
                } else {
                    kind = isStatement ? .statement : .argument
                    title = name
                    isDefinition = close + 1 < lineEnd && b[close + 1] == 0x3A
                    textStart = isDefinition ? close + 2 : close + 1
                }
            }
        }
        checkTitleAfterText(from: textStart, lineEnd: lineEnd, afterTitle: title != nil)
        var run = PlainRun()
        let read = plainText(from: textStart, lineEnd: lineEnd, run: &run) ?? inlineText(from: textStart, plainRun: run)
        let (text, next) = (read.text, read.next)
        let end = max(read.lastEnd, textStart)
        let range = source.range(p, end)

        if context == .pcs && kind == .argument {
            diagnose(.error, .argumentInPCS,
                "a premise-conclusion structure holds statements, but <\(title ?? "")> is an argument; write a statement `[Title]: text` here",
                p, end)
            return ParsedElement(endpoint: .none, node: nil, kind: nil, end: end, next: next)
        }
        let role: OccurrenceRole
        var storedText: String?
        if let title {
            if isDefinition && !text.isEmpty {
                role = context == .pcs ? .pcsMember : .definition
                storedText = text
            } else {
                role = context == .pcs ? .pcsMember : .reference
                if !isDefinition && !text.isEmpty {
                    let shown = kind == .statement ? "[\(title)]" : "<\(title)>"
                    diagnose(.warning, .textAfterReference,
                        "text after the reference \(shown) is ignored; write `\(shown): text` to define it", textStart, end)
                }
            }
        } else {
            if text.isEmpty {
                if !read.tags.isEmpty || !read.data.isEmpty {
                    diagnose(.warning, .emptyStatement,
                        "these tags or data belong to no statement or argument; put them after a title or text", p, end)
                } else if context != .topLevel {
                    diagnose(.error, .missingRelationTarget,
                        "a relation symbol must be followed by a statement or argument, like `+ [Title]`", p, max(end, p + 1))
                }
                return ParsedElement(endpoint: .none, node: nil, kind: nil, end: end, next: next)
            }
            role = context == .pcs ? .pcsMember : .untitled
            storedText = text
        }
        let id = model.occur(
            kind, title: title, role: role, text: storedText, tags: read.tags, data: read.data, range: range,
            section: currentSection, context: context.occurrenceContext, ranges: storedText == nil ? [] : read.ranges)
        return ParsedElement(endpoint: .node(id), node: id, kind: kind, end: end, next: next)
    }
}

/// An element's text as read: the folded text, its tags, data and inline ranges, where it ends and the first line
/// not read.
struct ElementText {
    var text: String
    var tags: [String] = []
    var data: DataValue = .empty
    var ranges: [TextRange] = []
    /// Offset just past the last non-blank byte read.
    var lastEnd: Int
    /// Offset of the first line not read.
    var next: Int
}

extension ArgdownParser {
    /// The text of an element from `start` with its tags, data, formatting and continuation lines (``scanInline``);
    /// `plainRun`: a run of plain text at its first text byte that ``plainText(from:lineEnd:run:)`` measured already.
    mutating func inlineText(from start: Int, plainRun: PlainRun = PlainRun()) -> ElementText {
        var acc = InlineText(start: start, formatting: true, keepTags: !inline.removeTagsFromText)
        acc.knownRun = plainRun
        swap(&acc.bytes, &textBuffer)  // one growing buffer for every element's text, not an allocation each
        let next = scanInline(from: start, into: &acc, wrap: .lines)
        let text = acc.string
        acc.bytes.removeAll(keepingCapacity: true)
        swap(&acc.bytes, &textBuffer)
        // `acc`'s last use: its tags, data and ranges move into the result rather than being copied and released.
        return ElementText(
            text: text, tags: acc.tags, data: acc.data, ranges: acc.textRanges, lastEnd: acc.lastEnd, next: next)
    }

    /// The text of the commonest element, read without ``InlineText``: from `start` to `lineEnd` only plain bytes
    /// and single spaces (``Bytes/plainRunEnd(in:from:to:)``), perhaps ending in one `.`, and a next line that
    /// does not continue it. Such a text is its bytes as written, which is what ``inlineText(from:)`` makes of it
    /// (the `.` at the end cannot start a shortcode); nil for any other text, with `run` set to the plain run
    /// measured at the text's first byte, if any, so ``inlineText(from:plainRun:)`` need not measure it again.
    /// O(line length).
    mutating func plainText(from start: Int, lineEnd: Int, run measured: inout PlainRun) -> ElementText? {
        let first = skipBlanks(start, lineEnd)
        var last = lineEnd
        if first < lineEnd {
            guard Bytes.isPlainText(b[first]) else { return nil }
            let run = Bytes.plainRunEnd(in: b, from: first + 1, to: lineEnd)
            measured = PlainRun(from: first, to: run)
            guard run == lineEnd || (run == lineEnd - 1 && b[run] == 0x2E) else { return nil }
        } else {
            last = start  // no text: the element ends where its text would start
        }
        // The line feed after any trailing blanks; what follows must not continue the text.
        let lf = endOfLine(from: lineEnd)
        let next = lf < n ? lf + 1 : n
        if next < n {
            // Read first: `isStructural(cachedLine(at:))` would copy the whole parser to call `isStructural` on.
            let following = cachedLine(at: next)
            if !isStructural(following) { return nil }
        }
        let text = first < lineEnd ? String(decoding: b[first..<lineEnd], as: UTF8.self) : ""
        return ElementText(text: text, lastEnd: last, next: next)
    }

    /// Argdown's error for a title after text on an element's first line (`Text <Title>:`, `text [T] more`):
    /// Argdown reads `[...]` and `<...>` as titles wherever they stand, and a title may only start an element.
    /// Links `[text](url)`, mentions `@[T]`, `#(tags)`, escaped brackets and `[-`/`<-` are text; the scan stops at a
    /// data block `{`, whose YAML may hold brackets. `afterTitle`: the scan starts behind the element's own title,
    /// so any title found follows it. O(line length): closing brackets are looked up through the per-line cache.
    mutating func checkTitleAfterText(from start: Int, lineEnd: Int, afterTitle: Bool) {
        var k = start
        var sawText = afterTitle
        while k < lineEnd {
            // Once text was seen, only these bytes matter: the rest of a plain line is passed over eight at a time.
            if sawText {
                k = ByteScan.first(anyOf: (0x5C, 0x7B, 0x40, 0x23, 0x5B, 0x3C), in: b, from: k, to: lineEnd)
                if k >= lineEnd { return }
            }
            let c = b[k]
            switch c {
            case Bytes.space, Bytes.tab, Bytes.cr:
                k += 1
                continue
            case Bytes.backslash:
                k += 2
            case 0x7B: // '{'
                return
            case 0x40 where k + 1 < lineEnd && (b[k + 1] == 0x5B || b[k + 1] == 0x3C): // a mention
                let close = find(b[k + 1] == 0x5B ? 0x5D : 0x3E, from: k + 2, end: lineEnd)
                k = (close ?? k + 1) + 1
            case 0x23 where k + 1 < lineEnd && b[k + 1] == 0x28: // '#(' a bracketed tag
                k = (find(0x29, from: k + 2, end: lineEnd) ?? k + 1) + 1
            case 0x5B, 0x3C: // '[' or '<'
                let isStatement = c == 0x5B
                guard k + 1 < lineEnd, b[k + 1] != 0x2D,
                    let close = find(isStatement ? 0x5D : 0x3E, from: k + 1, end: lineEnd), close > k + 1
                else {
                    k += 1
                    break
                }
                if isStatement, close + 1 < lineEnd, b[close + 1] == 0x28 { // [text](url) is a link
                    k = (find(0x29, from: close + 2, end: lineEnd) ?? close) + 1
                    break
                }
                if sawText {
                    let isDefinition = close + 1 < lineEnd && b[close + 1] == 0x3A
                    let title = String(decoding: b[k...close], as: UTF8.self)
                    diagnose(.error, .textBeforeTitle,
                        "\(title)\(isDefinition ? ":" : "") follows text on this line, but a title can only start a statement or argument (as in Argdown); move it to a line of its own, or escape the bracket as `\\\(isStatement ? "[" : "<")` if it is text",
                        k, close + 1)
                    return
                }
                k = close + 1
            default:
                k += 1
            }
            sawText = true
        }
    }
}
