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

        /// A link from `premise` to `argument`.
        public init(premise: NodeID, argument: NodeID) {
            self.premise = premise
            self.argument = argument
        }
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
        let connected = connections(graph, visible: visible, isDrawable: isDrawable)
        for link in links(graph) where !connected[link.premise.index] { visible[link.premise.index] = false }
    }

    /// The premises to draw inside their argument's box (``PremiseDrawing/inside``), per argument in pcs order: those
    /// with no drawable relation to another visible node that are premises of one visible argument only. They are
    /// marked invisible as nodes of their own. Complexity: O(nodes + relations + total pcs size).
    static func takeInside(_ graph: ArgumentGraph, visible: inout [Bool], isDrawable: (Relation) -> Bool) -> [NodeID: [NodeID]] {
        let connected = connections(graph, visible: visible, isDrawable: isDrawable)
        let all = links(graph, visible: visible)
        var argumentCount = [Int](repeating: 0, count: graph.nodes.count)
        for link in all { argumentCount[link.premise.index] += 1 }
        var inside: [NodeID: [NodeID]] = [:]
        for link in all where !connected[link.premise.index] && argumentCount[link.premise.index] == 1 {
            inside[link.argument, default: []].append(link.premise)
        }
        for premises in inside.values { for p in premises { visible[p.index] = false } }
        return inside
    }

    /// Per node: whether a drawable relation joins it to another visible node. O(nodes + relations).
    private static func connections(_ graph: ArgumentGraph, visible: [Bool], isDrawable: (Relation) -> Bool) -> [Bool] {
        var connected = [Bool](repeating: false, count: graph.nodes.count)
        for r in graph.relations where r.from != r.to && visible[r.from.index] && visible[r.to.index] && isDrawable(r) {
            connected[r.from.index] = true
            connected[r.to.index] = true
        }
        return connected
    }
}
