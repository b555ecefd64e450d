import ArgumentModel

/// Document symbols (headings as sections holding their statements and arguments) and workspace symbols (the same
/// over every open document, filtered by a query).
enum SymbolsFeature {
    /// LSP symbol kinds used here.
    static let sectionKind = 3, statementKind = 15, argumentKind = 12

    /// One titled node or heading, flattened. `section` is the heading it stands under.
    struct Entry {
        var name: String
        var detail: String?
        var kind: Int
        var range: LSPRange
        var selection: LSPRange
        var section: SectionID?
        var isSection: Bool
    }

    /// The document's headings and titled nodes, in source order. O(nodes + sections).
    static func entries(_ analysis: DocumentAnalysis) -> [Entry] {
        let graph = analysis.graph, lines = analysis.lines
        var entries: [(offset: Int, entry: Entry)] = []
        for (index, section) in graph.sections.enumerated() {
            guard let range = section.range else { continue }
            let next = graph.sections[(index + 1)...].first { $0.level <= section.level }?.range?.start.offset
            let whole = lines.range(range.start.offset, next.map { lineEndBefore($0, lines) } ?? lines.bytes.count)
            entries.append((range.start.offset, Entry(
                name: section.title, detail: nil, kind: sectionKind, range: whole, selection: lines.range(range),
                section: section.parent, isSection: true)))
        }
        for node in graph.nodes where !node.isUntitled {
            guard let token = analysis.definition(of: node.id) else { continue }
            let element = node.occurrences.first { $0.range?.start.offset == token.start - 1 }?.range
            let start = token.start - 1, end = max(element?.end.offset ?? token.end + 1, token.end + 1)
            entries.append((start, Entry(
                name: node.bracketedTitle, detail: node.text, kind: node.kind == .statement ? statementKind : argumentKind,
                range: lines.range(start, end), selection: lines.range(token.start, token.end), section: node.section,
                isSection: false)))
        }
        return entries.sorted { $0.offset < $1.offset }.map(\.entry)
    }

    /// The end of the line before the line starting at (or holding) `offset`.
    static func lineEndBefore(_ offset: Int, _ lines: TextLines) -> Int {
        let line = lines.line(ofOffset: offset)
        return line == 0 ? 0 : lines.contentEnd(ofLine: line - 1)
    }

    /// `textDocument/documentSymbol`: a tree of DocumentSymbols, sections holding subsections and nodes.
    static func documentSymbols(_ analysis: DocumentAnalysis) -> DataValue {
        let all = entries(analysis)
        var sectionIndex: [SectionID: Int] = [:]
        var sectionIDs: [Int: SectionID] = [:]
        var n = 0
        for section in analysis.graph.sections where section.range != nil {
            while n < all.count, !all[n].isSection { n += 1 }
            sectionIndex[section.id] = n
            sectionIDs[n] = section.id
            n += 1
        }
        var children: [Int?: [Int]] = [:]
        for (i, entry) in all.enumerated() {
            children[entry.section.flatMap { sectionIndex[$0] }, default: []].append(i)
        }
        func symbol(_ i: Int) -> DataValue {
            let entry = all[i]
            var object: OrderedDataObject = [
                "name": .string(entry.name),
                "kind": .int(entry.kind),
                "range": entry.range.dataValue,
                "selectionRange": entry.selection.dataValue,
            ]
            if let detail = entry.detail { object["detail"] = .string(detail) }
            if entry.isSection { object["children"] = .array((children[i] ?? []).map(symbol)) }
            return .object(object)
        }
        return .array((children[nil] ?? []).map(symbol))
    }

    /// `workspace/symbol`: every heading and titled node of `documents` whose name holds `query` (case-insensitive).
    static func workspaceSymbols(_ documents: [DocumentAnalysis], query: String) -> DataValue {
        let needle = query.lowercased()
        var found: [DataValue] = []
        for analysis in documents {
            for entry in entries(analysis) where needle.isEmpty || entry.name.lowercased().contains(needle) {
                var object: OrderedDataObject = [
                    "name": .string(entry.name),
                    "kind": .int(entry.kind),
                    "location": LSPLocation(uri: analysis.uri, range: entry.selection).dataValue,
                ]
                if let section = entry.section { object["containerName"] = .string(analysis.graph[section].title) }
                found.append(.object(object))
            }
        }
        return .array(found)
    }
}
