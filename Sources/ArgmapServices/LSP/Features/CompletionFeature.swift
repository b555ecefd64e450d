import ArgumentModel

/// `textDocument/completion`: statement titles after an unclosed `[`, argument titles after an unclosed `<`,
/// relation symbols where a line so far holds only blanks and the start of a symbol.
enum CompletionFeature {
    /// The relation symbols of Argdown and what each says (child line's view).
    static let symbols: [(symbol: String, meaning: String)] = [
        ("+", "supports the line above"), ("-", "attacks the line above"), ("_", "undercuts the line above"),
        ("<+", "is supported by the line above"), ("<-", "is attacked by the line above"),
        ("<_", "is undercut by the line above"), ("+>", "the line above supports it"),
        ("->", "the line above attacks it"), ("_>", "the line above undercuts it"),
        ("><", "contradicts the line above"),
    ]

    /// The completion list at `position`. O(nodes + line length).
    static func complete(_ analysis: DocumentAnalysis, at position: LSPPosition) -> DataValue {
        let lines = analysis.lines
        let cursor = lines.offset(of: position)
        let line = lines.line(ofOffset: cursor)
        let lineStart = lines.lineStarts[line], lineEnd = lines.contentEnd(ofLine: line)
        let prefix = Array(lines.bytes[lineStart..<cursor])
        var items: [DataValue] = []
        if let open = unclosedBracket(in: prefix) {
            let kind: NodeKind = prefix[open] == 0x5B ? .statement : .argument
            let close = kind == .statement ? "]" : ">"
            let closed = cursor < lineEnd && lines.bytes[cursor] == (kind == .statement ? 0x5D : 0x3E)
            let replace = lines.range(lineStart + open + 1, cursor)
            for node in analysis.graph.nodes where node.kind == kind && !node.isUntitled {
                var item: OrderedDataObject = [
                    "label": .string(node.title),
                    "kind": .int(kind == .statement ? 12 : 3),
                    "filterText": .string(node.title),
                    "textEdit": LSPTextEdit(range: replace, newText: node.title + (closed ? "" : close)).dataValue,
                ]
                if let text = node.text { item["detail"] = .string(text) }
                items.append(.object(item))
            }
        }
        if let partial = symbolPrefix(prefix) {
            let replace = lines.range(cursor - partial.count, cursor)
            for (symbol, meaning) in symbols where symbol.hasPrefix(partial) {
                items.append(.object([
                    "label": .string(symbol),
                    "kind": .int(24),
                    "detail": .string(meaning),
                    "textEdit": LSPTextEdit(range: replace, newText: symbol + " ").dataValue,
                ]))
            }
        }
        return .object(["isIncomplete": .bool(false), "items": .array(items)])
    }

    /// Index of the last `[` or `<` in `prefix` not closed after it (and not a Markdown link's `](`).
    static func unclosedBracket(in prefix: [UInt8]) -> Int? {
        var k = prefix.count - 1
        while k >= 0 {
            switch prefix[k] {
            case 0x5D, 0x3E: return nil
            case 0x5B, 0x3C: return k > 0 && prefix[k - 1] == 0x5C ? nil : k
            default: k -= 1
            }
        }
        return nil
    }

    /// The partial relation symbol typed so far when the line holds only blanks before it, else nil.
    static func symbolPrefix(_ prefix: [UInt8]) -> String? {
        let rest = prefix.drop(while: { $0 == 0x20 || $0 == 0x09 })
        guard rest.count <= 1 else { return nil }
        let partial = String(decoding: rest, as: UTF8.self)
        return symbols.contains(where: { $0.symbol.hasPrefix(partial) }) ? partial : nil
    }
}
