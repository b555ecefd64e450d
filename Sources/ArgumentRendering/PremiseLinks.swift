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
        MapConnections.premiseLinks(graph).map { Link(premise: $0.premise, argument: $0.argument) }
    }

    /// The premise links of `connections` with both ends visible, in `MapConnections/all` order. O(connections).
    static func links(_ connections: MapConnections, visible: [Bool]) -> [Link] {
        connections.all.compactMap { c in
            c.kind == .premise && visible[c.from.index] && visible[c.to.index] ? Link(premise: c.from, argument: c.to) : nil
        }
    }

    /// Marks invisible each premise of a reconstructed argument that has no drawn relation (a connection other than
    /// a premise link) to another visible node. Complexity: O(nodes + connections).
    static func hideLonePremises(_ connections: MapConnections, visible: inout [Bool]) {
        let shown = visible
        let connected = connections.connected(where: { shown[$0.index] }, premiseLinks: false)
        for c in connections.all where c.kind == .premise && !connected[c.from.index] { visible[c.from.index] = false }
    }

    /// The premises to draw inside their argument's box (``PremiseDrawing/inside``), per argument in pcs order: those
    /// with no drawn relation to another visible node that are premises of one visible argument only. They are
    /// marked invisible as nodes of their own. Complexity: O(nodes + connections).
    static func takeInside(_ connections: MapConnections, visible: inout [Bool]) -> [NodeID: [NodeID]] {
        let shown = visible
        let connected = connections.connected(where: { shown[$0.index] }, premiseLinks: false)
        let all = links(connections, visible: shown)
        var argumentCount = [Int](repeating: 0, count: shown.count)
        for link in all { argumentCount[link.premise.index] += 1 }
        var inside: [NodeID: [NodeID]] = [:]
        for link in all where !connected[link.premise.index] && argumentCount[link.premise.index] == 1 {
            inside[link.argument, default: []].append(link.premise)
        }
        for premises in inside.values { for p in premises { visible[p.index] = false } }
        return inside
    }
}
