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
        var out = ""
        out.reserveCapacity(json.utf8.count)
        for scalar in json.unicodeScalars {
            switch scalar {
            case "<": out += "\\u003c"
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            case "\u{FFFE}": out += "\\ufffe"   // non-characters: an HTML parse error raw
            case "\u{FFFF}": out += "\\uffff"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
