import ArgumentModel

/// One open level of a relation tree: the indentation of its line and the element it stands for.
struct TreeLevel {
    var indent: Int
    var endpoint: Endpoint
    /// The block's first element (or a pcs statement / inference line): relation lines attach below it.
    var isRoot: Bool
    /// 1-based line number, for messages.
    var line: Int
}

/// A premise-conclusion structure being read.
struct PCSDraft {
    /// The argument it belongs to; nil when it is a second pcs for an argument (dropped after the error).
    var owner: NodeID?
    var steps: [PCSStep] = []
    var inferenceCount = 0
    var section: SectionID?
    var lastNumber = 0
    /// Whether the last step is an inference (so a conclusion must follow).
    var endsWithInference: Bool {
        if case .inference = steps.last { return true }
        return false
    }
    var hasInference: Bool { inferenceCount > 0 }
}

/// The hand-written Argdown parser: one forward pass over the comment-stripped UTF-8 bytes, line by line.
///
/// Every byte is looked at a bounded number of times (look-ups for closing brackets are cached per line, data
/// blocks are scanned once and skipped), relation trees use an explicit stack (no recursion the input controls),
/// so parsing is O(n) plus YAML parsing of data blocks.
struct ArgdownParser {
    /// Comment-stripped bytes (same length and layout as the source).
    let b: [UInt8]
    let n: Int
    var source: SourceText
    var diagnostics: [Diagnostic] = []
    var model = ModelCollector()
    var groupDepth = 2
    /// How inline text is read (front matter `model.removeTagsFromText`, `model.shortcodes`).
    var inline = InlineSettings.standard
    /// Values of data blocks read so far, for blocks that repeat.
    var yamlCache = YAMLCache()

    // Block state.
    var stack: [TreeLevel] = []
    var blockStart = true
    /// The last element read was a lone argument description/reference: a pcs right after it belongs to it.
    var bareArgument: NodeID?
    var pcs: PCSDraft?
    var sectionStack: [(level: Int, id: SectionID)] = []
    var currentSection: SectionID?

    /// The buffer an element's text is folded into (kept between elements so it is allocated once).
    var textBuffer: [UInt8] = []
    /// The last line read through ``cachedLine(at:)``, and where the look-up started.
    var lineCache = (from: -1, line: Line(start: 0, end: 0, next: 0, indent: 0, content: 0))

    // Caches for "next closing byte on this line" look-ups.
    var findCache = [FindCacheEntry](repeating: FindCacheEntry(), count: 4)

    struct FindCacheEntry {
        var from = -1
        var end = -1
        var result = -1
    }

    init(source: SourceText, stripped: [UInt8]) {
        self.source = source
        self.b = stripped
        self.n = stripped.count
    }

    mutating func diagnose(_ severity: Severity, _ code: ArgdownDiagnosticCode, _ message: String, _ start: Int, _ end: Int? = nil) {
        // Without an end, the range covers the character at `start`: all of its UTF-8 bytes, so the end offset
        // is where the next character starts (not inside a multi-byte one).
        var next = min(n, start + 1)
        while end == nil, next < n, b[next] & 0xC0 == 0x80 { next += 1 }
        let range = source.range(start, end ?? next)
        diagnostics.append(Diagnostic(severity, code: code, message, at: range))
    }

    // MARK: Driver

    /// Parses the body (everything after the front matter) starting at `offset`.
    mutating func parseBody(from offset: Int) {
        _ = parseLines(from: offset, to: n)
        finishPCS()
    }

    /// Reads the lines from `offset` until the first unread line starting at or after `end`, and returns where that
    /// line starts (`end` itself unless a construct ran on past it). An open pcs stays open. O(bytes read).
    mutating func parseLines(from offset: Int, to end: Int) -> Int {
        var pos = offset
        var prefetcher = TitlePrefetcher()  // the titles of the next lines, asked for early (see TitlePrefetch.swift)
        while pos < end {
            prefetcher.advance(to: pos, in: b, builder: model.builder)
            let ln = cachedLine(at: pos)
            if ln.isBlank {
                blockStart = true
                pos = ln.next
                continue
            }
            pos = parseLine(ln)
        }
        return pos
    }

    /// Reads the construct starting on `ln` and returns where the next unread line starts.
    private mutating func parseLine(_ ln: Line) -> Int {
        let wasBlockStart = blockStart
        blockStart = false
        let p = ln.content, e = ln.end

        if let (level, after) = headingLevel(ln) {
            finishPCS()
            if !wasBlockStart { missingEmptyLine(ln, "a heading") }
            return parseHeading(ln, level: level, after: after)
        }
        if let (number, after) = pcsNumber(at: p, lineEnd: e) {
            if wasBlockStart, let draft = pcs, !continuesPCS(draft, number: number) { finishPCS() }
            if !wasBlockStart && pcs == nil { missingEmptyLine(ln, "a premise-conclusion structure") }
            return parsePCSStatement(ln, number: number, after: after)
        }
        if startsInference(ln), pcs != nil {
            return parseInference(ln)
        }
        if let (symbol, after) = relationSymbol(at: p, lineEnd: e) {
            return parseRelationLine(ln, symbol: symbol, after: after, wasBlockStart: wasBlockStart)
        }
        if ln.indent > 0, !stack.isEmpty, !wasBlockStart, let after = unknownSymbol(at: p, lineEnd: e) {
            return parseUnknownRelation(ln, symbolEnd: after)
        }
        if startsInference(ln) {
            diagnose(.warning, .inferenceOutsidePCS,
                "an inference line belongs inside a premise-conclusion structure, below numbered premises like `(1) ...`; this line is ignored",
                p, e)
            return ln.next
        }
        if let after = listMarker(at: p, lineEnd: e) {
            let next = parseTopElement(ln, at: skipBlanks(after, e))
            // A pcs after a list belongs to no item of it (Argdown attaches a pcs only to an argument block).
            bareArgument = nil
            return next
        }
        return parseTopElement(ln, at: p)
    }

    /// Argdown's error for a top-level block (`what`) written directly below another block's line.
    private mutating func missingEmptyLine(_ ln: Line, _ what: String) {
        diagnose(.error, .missingEmptyLine,
            "\(what) starts a new block, so it needs an empty line above it; add one",
            ln.content, ln.end)
    }

    /// Whether `l` starts with a title `[T]` or `<T>` (with or without `:`; a link `[text](url)` is text). O(line).
    private mutating func startsTitle(_ l: Line) -> Bool {
        let p = l.content
        guard p + 1 < l.end, b[p] == 0x5B || b[p] == 0x3C, b[p + 1] != 0x2D else { return false }
        guard let close = find(b[p] == 0x5B ? 0x5D : 0x3E, from: p + 1, end: l.end), close > p + 1 else { return false }
        return !(b[p] == 0x5B && close + 1 < l.end && b[close + 1] == 0x28)
    }

    /// Whether a block starting with `(number)` continues the open pcs (after an empty line).
    @inline(__always) private func continuesPCS(_ draft: PCSDraft, number: Int) -> Bool {
        !draft.hasInference || draft.endsWithInference || (number == draft.lastNumber + 1 && number != 1)
    }

    @inline(__always) func skipBlanks(_ p: Int, _ e: Int) -> Int {
        var k = p
        while k < e, b[k] == Bytes.space || b[k] == Bytes.tab { k += 1 }
        return k
    }

    // MARK: Elements and relation trees

    /// Makes `root` the only open level (the stack keeps its storage: a map has a tree per top-level element).
    mutating func startTree(_ root: TreeLevel) {
        stack.removeAll(keepingCapacity: true)
        stack.append(root)
    }

    /// A top-level element (statement or argument, possibly a list item): the root of a new relation tree.
    private mutating func parseTopElement(_ ln: Line, at p: Int) -> Int {
        finishPCS()
        // The line number is looked up before the element is read: the cursor then only moves forward.
        let line = source.lineNumber(at: p)
        let element = parseElement(at: p, lineEnd: ln.end, context: .topLevel)
        startTree(TreeLevel(indent: ln.indent, endpoint: element.endpoint, isRoot: true, line: line))
        bareArgument = element.kind == .argument ? element.node : nil
        return element.next
    }

    /// A relation line: attaches its element below the line it belongs to. The tree's root stays the block's
    /// argument (if it is one), so a pcs after the block still belongs to it, as in Argdown.
    ///
    /// Indentation follows Argdown's indent stack: a dedent to an indentation between two open levels makes the line
    /// a sibling at the shallower level, and the line takes that level's indentation, so a following line indented
    /// like it opens a child level (Argdown pushes no indentation on a dedent).
    private mutating func parseRelationLine(_ ln: Line, symbol: RelationSymbol, after: Int, wasBlockStart: Bool) -> Int {
        let p = ln.content
        if wasBlockStart {
            diagnose(.error, .relationAfterEmptyLine,
                "a relation line cannot follow an empty line; remove the empty line above so it joins the tree it belongs to",
                p, after)
        }
        if stack.isEmpty || (wasBlockStart && ln.indent == 0) {
            if !wasBlockStart {
                diagnose(.error, .badIndentation, "this relation has no statement or argument above it to attach to", p, after)
            }
            return parseTopElement(ln, at: skipBlanks(after, ln.end))
        }
        var popped = false
        while stack.count > 1, let last = stack.last, last.indent > ln.indent {
            stack.removeLast()
            popped = true
        }
        let top = stack[stack.count - 1]
        let parent: Endpoint
        var levelIndent = ln.indent
        if top.isRoot {
            if ln.indent <= top.indent {
                diagnose(.error, .badIndentation,
                    "indent this relation line further than the line it belongs to (line \(top.line)); relation lines sit below their parent",
                    ln.start, after)
            }
            parent = top.endpoint
        } else if top.indent < ln.indent && !popped {
            parent = top.endpoint
        } else {
            levelIndent = stack.removeLast().indent
            parent = stack[stack.count - 1].endpoint
        }
        // The line's start is looked up before its element: the element's own look-ups then go on from it, and the
        // line's range ends where the element's does, so no byte of the line is counted twice.
        let start = source.position(at: p)
        let element = parseElement(at: skipBlanks(after, ln.end), lineEnd: ln.end, context: .relation)
        let range = source.range(from: start, to: max(element.end, after))
        model.relate(child: element.endpoint, parent: parent, symbol: symbol, range: range, diagnostics: &diagnostics)
        stack.append(TreeLevel(indent: levelIndent, endpoint: element.endpoint, isRoot: false, line: start.line))
        return element.next
    }

    private mutating func parseUnknownRelation(_ ln: Line, symbolEnd: Int) -> Int {
        let symbol = String(decoding: b[ln.content..<symbolEnd], as: UTF8.self)
        diagnose(.error, .unknownRelationSymbol,
            "`\(symbol)` is not a relation symbol; use + or <+ (supports), - or <- (attacks), _ or <_ (undercuts), +>, ->, _> or ><",
            ln.content, symbolEnd)
        while stack.count > 1, let last = stack.last, last.indent >= ln.indent { stack.removeLast() }
        let element = parseElement(at: skipBlanks(symbolEnd, ln.end), lineEnd: ln.end, context: .relation)
        stack.append(TreeLevel(indent: ln.indent, endpoint: element.endpoint, isRoot: false, line: source.lineNumber(at: ln.content)))
        return element.next
    }

    // MARK: Headings

    private mutating func parseHeading(_ ln: Line, level: Int, after: Int) -> Int {
        stack.removeAll(keepingCapacity: true)  // each section's trees reuse the stack's storage
        bareArgument = nil
        var acc = InlineText(start: after, formatting: true)
        var next = scanInline(from: skipBlanks(after, ln.end), into: &acc, wrap: .dataOnly)
        // As in Argdown, a heading's text runs on over the following lines like a statement's. A line that starts
        // with a title is an error in Argdown (a heading holds no titles); it is read as the block it starts.
        while next < n, !acc.stopped {
            let l = line(at: next)
            if isStructural(l) { break }
            if startsTitle(l) {
                missingEmptyLine(l, "a statement or argument")
                break
            }
            acc.pendingSpace = true
            next = scanInline(from: l.content, into: &acc, wrap: .dataOnly)
        }
        let title = acc.string
        while let last = sectionStack.last, last.level >= level { sectionStack.removeLast() }
        let range = source.range(ln.content, max(acc.lastEnd, after))
        let id = model.builder.addSection(
            title: title, level: level, parent: sectionStack.last?.id, tags: acc.tags, data: acc.data, range: range)
        if let group = acc.data["isGroup"]?.boolValue { model.setExplicitGroup(id, group) }
        sectionStack.append((level, id))
        currentSection = id
        return next
    }
}
