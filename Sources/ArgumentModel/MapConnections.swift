/// One line a map shows between two nodes: a relation, or a link of a reconstructed argument (argdown.md §6: a
/// premise supports its argument, the argument supports its main conclusion).
public struct MapConnection: Hashable, Sendable {
    /// What the connection stands for.
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        /// A relation of the model (listed, or a derived one in the connections' scope).
        case relation
        /// A premise → the reconstructed argument it is a premise of (no relation of the model; type `support`).
        case premise
        /// A reconstructed argument → its own main conclusion (its support, derived or listed).
        case conclusion
    }

    /// The node the connection leaves (a premise, an argument, a relation's source).
    public let from: NodeID
    /// The node it enters.
    public let to: NodeID
    /// Its type: the relation's, `support` for a premise link.
    public let type: RelationType
    /// What it stands for.
    public let kind: Kind
    /// The relation (nil for a premise link).
    public let relation: RelationID?

    /// A connection.
    public init(from: NodeID, to: NodeID, type: RelationType, kind: Kind, relation: RelationID?) {
        self.from = from
        self.to = to
        self.type = type
        self.kind = kind
        self.relation = relation
    }

    /// The end that is not `node` (`to` when `node` is neither end).
    public func other(than node: NodeID) -> NodeID { from == node ? to : from }
}

/// The connections a map shows, indexed both ways: every command that walks "the map" (pictures and their
/// selection, `outline`, exercises, lint, `stats`, `objections`, queries, `supporters`, `path`, grading) walks
/// these, so a premise belongs to its argument everywhere and no command filters relations on its own.
///
/// What is in it is decided by ``MapConnectionList`` (``all``): listed relations; derived relations per ``Derived``;
/// with `premiseLinks`, one premise → argument link per (premise, argument) pair. Self-relations are kept (lint
/// reports them); ``isConnected(_:)`` ignores them.
///
/// Built in O(nodes + relations + total pcs size), in flat 32-bit arrays; ``outgoing(_:)`` and ``incoming(_:)``
/// are O(1) to reach and O(degree) to walk.
public struct MapConnections: Sendable {
    /// Which derived (implicit) relations count as connections.
    public enum Derived: String, Hashable, Sendable, CaseIterable {
        /// None: listed relations and premise links only.
        case none
        /// The derived supports a picture draws (``ArgumentGraph/isShownDerivedSupport(_:)``): an argument's support
        /// of its conclusion and of an argument using that conclusion as a premise. The default: Argdown's other
        /// implicit relations restate a drawn path through a pcs member.
        case shown
        /// Every derived relation (queries ask about Argdown's model, where implicit relations are relations).
        case all
    }

    /// Every connection: relations in relation order (those in scope), then premise links in node order and pcs
    /// order. The rules of what is in it are ``MapConnectionList``'s.
    public let all: MapConnectionList
    private let outStart: [Int32]
    private let outList: [Int32]
    private let inStart: [Int32]
    private let inList: [Int32]

    /// The connections of `graph`. Complexity: O(nodes + relations + total pcs size).
    public init(_ graph: ArgumentGraph, derived: Derived = .shown, premiseLinks: Bool = true) {
        all = MapConnectionList(graph, derived: derived, premiseLinks: premiseLinks)
        let n = graph.nodes.count
        (outStart, outList) = Self.compress(count: n, all.sources)
        (inStart, inList) = Self.compress(count: n, all.targets)
    }

    /// Every (premise, argument) pair of `graph`'s reconstructed arguments, in node order then pcs order, each
    /// once; an argument is never its own premise. Complexity: O(nodes + total pcs size).
    public static func premiseLinks(_ graph: ArgumentGraph) -> [(premise: NodeID, argument: NodeID)] {
        var out: [(NodeID, NodeID)] = []
        MapConnectionList.forEachStructure(graph) { node, pcs, isArgument in
            guard isArgument else { return }
            for premise in MapConnectionList.linkedPremises(of: node, pcs, nodeCount: graph.nodes.count) {
                out.append((premise, NodeID(node)))
            }
        }
        return out
    }

    /// The connection indices by one endpoint (`endpoints[c]` is connection `c`'s). O(nodes + connections).
    private static func compress(count: Int, _ endpoints: [Int32]) -> ([Int32], [Int32]) {
        let lists = FlatLists(keyCount: count, placeholder: Int32(0)) { add in
            for (c, k) in endpoints.enumerated() { add(Int(k), Int32(truncatingIfNeeded: c)) }
        }
        return (lists.start, lists.items)
    }

    /// The connections leaving `node`, in ``all`` order. O(out-degree).
    public func outgoing(_ node: NodeID) -> [MapConnection] {
        outList[Int(outStart[node.index])..<Int(outStart[node.index + 1])].map { all[Int($0)] }
    }

    /// The connections entering `node`, in ``all`` order. O(in-degree).
    public func incoming(_ node: NodeID) -> [MapConnection] {
        inList[Int(inStart[node.index])..<Int(inStart[node.index + 1])].map { all[Int($0)] }
    }

    /// The connections touching `node` either way, outgoing first (a connection of `node` with itself once).
    /// O(degree).
    public func touching(_ node: NodeID) -> [MapConnection] {
        outgoing(node) + incoming(node).filter { $0.from != node }
    }

    /// Whether a connection joins `node` to another node. O(degree).
    public func isConnected(_ node: NodeID) -> Bool {
        outgoing(node).contains { $0.to != node } || incoming(node).contains { $0.from != node }
    }

    /// Per node: whether a connection joins it to another node for which `include` holds (and `include` holds for
    /// it); premise links count unless `premiseLinks` is false. O(nodes + connections).
    public func connected(where include: (NodeID) -> Bool, premiseLinks: Bool = true) -> [Bool] {
        var out = [Bool](repeating: false, count: outStart.count - 1)
        for c in all where c.from != c.to && (premiseLinks || c.kind != .premise) && include(c.from) && include(c.to) {
            out[c.from.index] = true
            out[c.to.index] = true
        }
        return out
    }
}
