import ArgumentModel
import Foundation

/// The map as the interactive page's script sees it: every node and relation with the `id` its SVG element has.
struct ViewerData: Encodable {
    struct NodeEntry: Encodable {
        var id: String
        var kind: String
        var title: String
        var text: String
        var quote: String?
        var by: String?
        var tags: [String]
    }

    struct RelationEntry: Encodable {
        var id: String
        var from: String
        var to: String
        var type: String
        var derived: Bool
    }

    var title: String
    var nodes: [NodeEntry]
    var relations: [RelationEntry]
    /// For a stepper page: the node ids revealed at each step (cumulative reveal is done by the script).
    var steps: [[String]]?

    init(graph: ArgumentGraph, title: String, steps: [[NodeID]]? = nil) {
        let ids = ElementIDs(graph)
        self.title = title
        nodes = graph.nodes.map { node in
            NodeEntry(
                id: ids.id(of: node.id), kind: node.kind.rawValue, title: node.title, text: node.text ?? "",
                quote: node.quote, by: node.data["by"]?.stringValue, tags: node.tags)
        }
        // The connections the picture draws (``MapConnections``): shown relations, then each premise joined to its
        // argument (type `premise`: the premise supports it).
        relations = MapConnections(graph).all.map { c in
            guard let r = c.relation.map({ graph[$0] }) else {
                let link = PremiseLinks.Link(premise: c.from, argument: c.to)
                return RelationEntry(
                    id: PremiseLinks.elementID(link, ids: ids), from: ids.id(of: c.from), to: ids.id(of: c.to),
                    type: "premise", derived: false)
            }
            return RelationEntry(
                id: ids.id(of: r), from: ids.id(of: r.from), to: ids.id(of: r.to), type: r.type.rawValue,
                derived: r.isDerived)
        }
        self.steps = steps.map { $0.map { $0.map { ids.id(of: $0) } } }
    }

    /// JSON safe to place inside a `<script>` element: `<`, `>`, `&`, the two JavaScript line separators and the
    /// non-characters U+FFFE and U+FFFF are escaped as `\uXXXX`, so no map text can close the script or start markup.
    func scriptSafeJSON() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = (try? encoder.encode(self)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
        return TextEscaping.escaped(json) { scalar in
            switch scalar {
            case "<": "\\u003c"
            case ">": "\\u003e"
            case "&": "\\u0026"
            case "\u{2028}": "\\u2028"
            case "\u{2029}": "\\u2029"
            case "\u{FFFE}": "\\ufffe"   // non-characters: an HTML parse error raw
            case "\u{FFFF}": "\\uffff"
            default: nil
            }
        }
    }
}
