import ArgumentModel

/// `duplicate-text`: two nodes of the same kind, under different titles, whose texts are the same after
/// collapsing whitespace and ignoring case (tags written in the text left out): probably one claim written twice. Reported at the later node.
/// Complexity: O(total text length) with hashing.
enum DuplicateTextRule {
    static func check(_ graph: ArgumentGraph) -> [Diagnostic] {
        var first: [String: NodeID] = [:]
        var out: [Diagnostic] = []
        for node in graph.nodes {
            guard let text = node.text else { continue }
            let key = normalized(TextRange.untagged(text, node.ranges))
            guard !key.isEmpty else { continue }
            let slot = "\(node.kind.rawValue)\u{0}\(key)"
            if let earlier = first[slot] {
                out.append(.lint(.duplicateText, "\(node.bracketedTitle) has the same text as \(graph[earlier].bracketedTitle); if they are one claim, use one title", at: node))
            } else {
                first[slot] = node.id
            }
        }
        return out
    }

    /// Lowercased, with runs of whitespace collapsed to one space and the ends trimmed.
    static func normalized(_ text: String) -> String {
        text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
