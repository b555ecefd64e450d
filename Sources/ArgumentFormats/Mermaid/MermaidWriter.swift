import ArgumentModel

/// Writes an `ArgumentGraph` as a Mermaid `flowchart` (renders inside Markdown on code-hosting sites).
///
/// Statements are rectangles, arguments rounded boxes; node ids are `n0`, `n1`, ... in node order. Support is a
/// solid green arrow, attack a solid red arrow ending in a cross, undercut a dashed purple arrow ending in a cross,
/// contradiction a red line with crosses at both ends, rephrase a dashed grey arrow; derived relations are dotted;
/// a thin grey line joins each premise of a reconstructed argument to its argument.
/// Text is escaped with Mermaid's entity codes (`#quot;`, `#lt;`, ...), so quotes, brackets and markup in claims
/// cannot break the diagram. Output is deterministic.
public enum MermaidWriter {
    /// The flowchart text. `direction` is a Mermaid direction (`BT` puts conclusions on top, like Argdown's maps).
    /// The lines are the map's connections (`MapConnections`): derived relations drawn are an argument's supports,
    /// as in the rendered map; with `includeDerived` false, none are. Complexity: O(nodes + relations + text length).
    public static func write(_ graph: ArgumentGraph, direction: String = "BT", includeDerived: Bool = true) -> String {
        var out = "flowchart \(direction)\n"
        out += "  classDef statement fill:#DDEEFF,stroke:#1565C0,color:#000\n"
        out += "  classDef argument fill:#B8E6B8,stroke:#2E7D32,color:#000\n"
        for node in graph.nodes {
            let label = "<b>" + escape(node.title) + "</b>" + (node.text.map { "<br/>" + escape($0) } ?? "")
            switch node.kind {
            case .statement: out += "  n\(node.id.index)[\"\(label)\"]:::statement\n"
            case .argument: out += "  n\(node.id.index)(\"\(label)\"):::argument\n"
            }
        }
        var styles: [String] = []
        var index = 0
        // The map's connections (``MapConnections``): relations, then each premise joined to its argument (not a
        // relation of the model, but the picture needs it).
        for c in MapConnections(graph, derived: includeDerived ? .shown : .none).all {
            if let id = c.relation {
                let (arrow, style) = shape(graph[id])
                out += "  n\(c.from.index) \(arrow) n\(c.to.index)\n"
                styles.append("  linkStyle \(index) \(style)")
            } else {
                out += "  n\(c.from.index) --- n\(c.to.index)\n"
                styles.append("  linkStyle \(index) stroke:#78909C,stroke-width:1px")
            }
            index += 1
        }
        if !styles.isEmpty { out += styles.joined(separator: "\n") + "\n" }
        return out
    }

    /// The Mermaid link and its style.
    private static func shape(_ r: Relation) -> (String, String) {
        if r.isDerived { return ("-.->", "stroke:#9E9E9E,stroke-width:1px,stroke-dasharray:2 3") }
        switch r.type {
        case .support, .entails: return ("-->", "stroke:#2E7D32,stroke-width:2px")
        case .attack, .contrary: return ("--x", "stroke:#C62828,stroke-width:2px")
        case .undercut: return ("-.-x", "stroke:#6A1B9A,stroke-width:2px,stroke-dasharray:6 4")
        case .contradictory: return ("x--x", "stroke:#C62828,stroke-width:2px")
        case .rephrase: return ("-.->", "stroke:#616161,stroke-width:1.5px,stroke-dasharray:4 4")
        }
    }

    /// Text made safe inside a quoted Mermaid label: entity codes for characters Mermaid or HTML would read,
    /// `<br/>` for line breaks.
    public static func escape(_ s: String) -> String {
        TextEscaping.escaped(s) { ch in
            switch ch {
            case "\"": "#quot;"
            case "#": "#35;"
            case "<": "#lt;"
            case ">": "#gt;"
            case "&": "#amp;"
            case "`": "#96;"
            case "|": "#124;"
            case "[", "]", "{", "}", "(", ")": "#\(ch.value);"
            case "\n": "<br/>"
            case "\r", "\u{FFFE}", "\u{FFFF}": ""   // non-characters: dropped
            default: ch.value < 0x20 ? " " : nil
            }
        }
    }
}
