import ArgumentModel

/// `textDocument/publishDiagnostics`: the reader's and the lint's diagnostics with their stable codes, and as
/// related information the definitions of the titles a message names (e.g. the other definition of a title, or
/// the title a "did you mean" suggests).
enum DiagnosticsFeature {
    /// The notification's params for `analysis`. O(diagnostics · message length + tokens).
    static func publishParams(_ analysis: DocumentAnalysis) -> DataValue {
        .object([
            "uri": .string(analysis.uri),
            "version": .int(analysis.version),
            "diagnostics": .array(analysis.diagnostics.map { lspDiagnostic($0, in: analysis) }),
        ])
    }

    /// One diagnostic in LSP form.
    static func lspDiagnostic(_ diagnostic: Diagnostic, in analysis: DocumentAnalysis) -> DataValue {
        let range = diagnostic.range.map(analysis.lines.range) ?? analysis.lines.range(0, 0)
        var object: OrderedDataObject = [
            "range": range.dataValue,
            "severity": .int(severity(diagnostic.severity)),
            "code": .string(diagnostic.code),
            "source": .string("argmap"),
            "message": .string(diagnostic.message),
        ]
        let related = relatedInformation(diagnostic, in: analysis)
        if !related.isEmpty { object["relatedInformation"] = .array(related) }
        return .object(object)
    }

    /// LSP's severity numbers: 1 error, 2 warning, 3 information.
    static func severity(_ severity: Severity) -> Int {
        switch severity {
        case .error: 1
        case .warning: 2
        case .note: 3
        }
    }

    /// For each `[Title]` / `<Title>` in the message that names a node: where it is defined, unless that is the
    /// diagnostic's own place.
    static func relatedInformation(_ diagnostic: Diagnostic, in analysis: DocumentAnalysis) -> [DataValue] {
        let own = diagnostic.range.map { $0.start.offset..<max($0.start.offset + 1, $0.end.offset) }
        var seen: Set<NodeID> = []
        var related: [DataValue] = []
        for (kind, title) in bracketedTitles(in: diagnostic.message) {
            guard let node = analysis.graph.node(kind, titled: title), seen.insert(node).inserted else { continue }
            let mine = analysis.tokens(of: node)
            let definitions = mine.filter(\.isDefinition)
            for token in definitions.isEmpty ? Array(mine.prefix(1)) : definitions {
                if let own, own.contains(token.start - 1) || own.contains(token.start) { continue }
                let shown = analysis.graph[node].bracketedTitle
                related.append(.object([
                    "location": LSPLocation(uri: analysis.uri, range: analysis.lines.range(token.start, token.end)).dataValue,
                    "message": .string(token.isDefinition ? "\(shown) is defined here" : "\(shown) is written here"),
                ]))
            }
        }
        return related
    }

    /// The `[...]` and `<...>` spans of a message, in order. O(message length).
    static func bracketedTitles(in message: String) -> [(NodeKind, String)] {
        var found: [(NodeKind, String)] = []
        var current: (kind: NodeKind, close: Character, text: String)?
        for c in message {
            if var open = current {
                if c == open.close {
                    found.append((open.kind, open.text))
                    current = nil
                } else {
                    open.text.append(c)
                    current = open
                }
            } else if c == "[" {
                current = (.statement, "]", "")
            } else if c == "<" {
                current = (.argument, ">", "")
            }
        }
        return found
    }
}
