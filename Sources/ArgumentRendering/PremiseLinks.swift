import ArgumentModel

/// The premises of reconstructed arguments as a picture shows them (``PremiseDrawing``): which premise → argument
/// lines to draw, their SVG ids, and which premises to leave out when they are hidden.
public enum PremiseLinks {
    /// A premise and the argument it belongs to.
    public struct Link: Hashable, Sendable {
        /// The premise statement.
        public let premise: NodeID
        /// The reconstructed argument.
        public let argument: NodeID
    }

    /// The SVG id of the line joining `link`'s premise to its argument: `premise-<premise id>-<argument id>`.
    public static func elementID(_ link: Link, ids: ElementIDs) -> String {
        "premise-\(ids.id(of: link.premise))-\(ids.id(of: link.argument))"
    }

    /// Every (premise, argument) pair of `graph`, once each. Complexity: O(nodes + total pcs size).
    public static func links(_ graph: ArgumentGraph) -> [Link] {
        links(graph, visible: [Bool](repeating: true, count: graph.nodes.count))
    }

    /// Every (premise, argument) pair with both ends visible, once each, in node order then premise order.
    /// Complexity: O(nodes + total pcs size).
    static func links(_ graph: ArgumentGraph, visible: [Bool]) -> [Link] {
        var out: [Link] = []
        for node in graph.nodes where node.kind == .argument && visible[node.id.index] {
            var seen = Set<NodeID>()
            for premise in node.pcs?.premises ?? []
            where premise != node.id && premise.index < visible.count && visible[premise.index] && seen.insert(premise).inserted {
                out.append(Link(premise: premise, argument: node.id))
            }
        }
        return out
    }

    /// Marks invisible each premise of a reconstructed argument that has no drawable relation (per `isDrawable`)
    /// to another visible node. Complexity: O(nodes + relations + total pcs size).
    static func hideLonePremises(_ graph: ArgumentGraph, visible: inout [Bool], isDrawable: (Relation) -> Bool) {
        var isPremise = [Bool](repeating: false, count: graph.nodes.count)
        for node in graph.nodes where node.kind == .argument {
            for premise in node.pcs?.premises ?? [] where premise.index < isPremise.count { isPremise[premise.index] = true }
        }
        var connected = [Bool](repeating: false, count: graph.nodes.count)
        for r in graph.relations where r.from != r.to && visible[r.from.index] && visible[r.to.index] && isDrawable(r) {
            connected[r.from.index] = true
            connected[r.to.index] = true
        }
        for i in visible.indices where isPremise[i] && !connected[i] { visible[i] = false }
    }
}
