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
            if let close = find(isStatement ? 0x5D : 0x3E, from: p + 1, end: lineEnd),
                !(isStatement && close + 1 < lineEnd && b[close + 1] == 0x28) // [text](url) is a link
            {
                let name = decodeTitle(p + 1, close)
                if name.isEmpty {
                    diagnose(.error, "empty-title",
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
        var acc = InlineText(start: textStart, formatting: true, keepTags: !inline.removeTagsFromText)
        let next = scanInline(from: textStart, into: &acc, wrap: .lines)
        let end = max(acc.lastEnd, textStart)
        let range = source.range(p, end)
        let text = acc.string

        if context == .pcs && kind == .argument {
            diagnose(.error, "argument-in-pcs",
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
                    diagnose(.warning, "text-after-reference",
                        "text after the reference \(shown) is ignored; write `\(shown): text` to define it", textStart, end)
                }
            }
        } else {
            if text.isEmpty {
                if !acc.tags.isEmpty || !acc.data.isEmpty {
                    diagnose(.warning, "empty-statement",
                        "these tags or data belong to no statement or argument; put them after a title or text", p, end)
                } else if context != .topLevel {
                    diagnose(.error, "missing-relation-target",
                        "a relation symbol must be followed by a statement or argument, like `+ [Title]`", p, max(end, p + 1))
                }
                return ParsedElement(endpoint: .none, node: nil, kind: nil, end: end, next: next)
            }
            role = context == .pcs ? .pcsMember : .untitled
            storedText = text
        }
        let id = model.occur(
            kind, title: title, role: role, text: storedText, tags: acc.tags, data: acc.data, range: range,
            section: currentSection, context: context.occurrenceContext, ranges: storedText == nil ? [] : acc.textRanges)
        return ParsedElement(endpoint: .node(id), node: id, kind: kind, end: end, next: next)
    }
}
