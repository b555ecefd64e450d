import ArgumentModel

/// `argmap outline`: each reconstructed argument in standard form, and the whole map as an indented outline of
/// reasons (`+`) and objections (`-`, undercuts `_`, contradictions `><`). The tree follows the connections a
/// picture shows (`MapConnections`: listed relations, an argument's derived supports, and each
/// premise as a reason `+` of its argument), not Argdown's other implicit relations.
public enum Outline {
    /// Plain text or Markdown.
    public enum Style: String, Hashable, Sendable, CaseIterable {
        case text, markdown
    }

    /// The full outline: the map's reasons-and-objections tree, then every argument with a premise-conclusion
    /// structure in standard form. Complexity: O(N + E + pcs lines).
    public static func render(_ graph: ArgumentGraph, style: Style = .text) -> String {
        var parts: [String] = []
        let title = graph.metadata["title"]?.stringValue
        if style == .markdown {
            parts.append("# \(title ?? "Outline")\n")
            parts.append("## Reasons and objections\n")
        } else {
            if let title { parts.append(title + "\n" + String(repeating: "=", count: title.count) + "\n") }
            parts.append("Reasons and objections\n----------------------\n")
        }
        let tree = tree(graph, style: style)
        parts.append(tree.isEmpty ? "(the map is empty)\n" : tree)
        let reconstructed = graph.arguments.filter { $0.pcs != nil }
        if !reconstructed.isEmpty {
            parts.append(style == .markdown ? "\n## Arguments in standard form\n" : "\nArguments in standard form\n--------------------------\n")
            for arg in reconstructed { parts.append(standardForm(arg.id, in: graph, style: style)) }
        }
        return parts.joined(separator: "\n")
    }

    /// One argument in standard form: title and text, numbered premises, an inference line (with rule names when
    /// the source gives them) before each conclusion, the conclusion last.
    public static func standardForm(_ argument: NodeID, in graph: ArgumentGraph, style: Style = .text) -> String {
        let node = graph[argument]
        var lines: [String] = []
        let head = node.text.map { "\(node.bracketedTitle): \($0)" } ?? node.bracketedTitle
        lines.append(style == .markdown ? "### \(head)\n" : head)
        for step in node.pcs?.steps ?? [] {
            switch step {
            case .statement(let s):
                let text = graph[s.statement].text ?? graph[s.statement].bracketedTitle
                lines.append(style == .markdown ? "(\(s.number)) \(text)  " : "  (\(s.number)) \(text)")
            case .inference(let i):
                let rule = i.rules.isEmpty ? "" : " \(i.rules.joined(separator: ", ")) "
                let line = rule.isEmpty ? "----" : "--\(rule)--"
                lines.append(style == .markdown ? "\\\(line)  " : "  \(line)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The reasons-and-objections tree: from the main conclusion down, then from every node not yet shown (node
    /// order). A node is expanded once; later appearances say `(see above)`, so cycles and shared premises stay
    /// finite. Complexity: O(N + E + total pcs size).
    public static func tree(_ graph: ArgumentGraph, style: Style = .text) -> String {
        let connections = MapConnections(graph)
        var out: [String] = []
        var expanded = Set<NodeID>()
        func label(_ id: NodeID) -> String {
            let n = graph[id]
            guard let text = n.text, !text.isEmpty else { return n.bracketedTitle }
            return style == .markdown ? "**\(n.bracketedTitle)** \(text)" : "\(n.bracketedTitle): \(text)"
        }
        func write(_ id: NodeID, depth: Int, marker: String?) {
            let prefix = style == .markdown ? String(repeating: "  ", count: depth) + "- " : String(repeating: "  ", count: depth)
            let mark = marker.map { $0 + " " } ?? ""
            guard expanded.insert(id).inserted else {
                out.append(prefix + mark + graph[id].bracketedTitle + " (see above)")
                return
            }
            out.append(prefix + mark + label(id))
            var seen = Set<NodeID>()
            var children: [(NodeID, String)] = []
            for c in connections.incoming(id) where c.from != id && seen.insert(c.from).inserted {
                children.append((c.from, symbol(c.type)))
            }
            for c in connections.outgoing(id) where c.type == .contradictory && seen.insert(c.to).inserted {
                children.append((c.to, symbol(c.type)))
            }
            for (child, sym) in children { write(child, depth: depth + 1, marker: style == .markdown ? "`\(sym)`" : sym) }
        }
        if let main = MainConclusion.of(graph, connections: connections) { write(main, depth: 0, marker: nil) }
        for node in graph.nodes where !expanded.contains(node.id) {
            if connections.outgoing(node.id).contains(where: { $0.type != .contradictory }) { continue }
            write(node.id, depth: 0, marker: nil)
        }
        for node in graph.nodes where !expanded.contains(node.id) { write(node.id, depth: 0, marker: nil) }
        return out.isEmpty ? "" : out.joined(separator: "\n") + "\n"
    }

    /// The Argdown symbol a child line would carry for this relation type.
    static func symbol(_ type: RelationType) -> String { RelationWords(type).symbol }
}
