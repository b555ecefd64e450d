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
/// What is in it: listed relations; derived relations per ``Derived`` (by default the supports a picture draws,
/// ``ArgumentGraph/isShownDerivedSupport(_:)``); with `premiseLinks`, one premise → argument link per (premise,
/// argument) pair (a premise listed twice is linked once; an argument is never its own premise). A reconstructed
/// argument's support of its main conclusion has kind ``MapConnection/Kind/conclusion``. Self-relations are kept
/// (lint reports them); ``isConnected(_:)`` ignores them.
///
/// Built in O(nodes + relations + total pcs size); ``outgoing(_:)`` and ``incoming(_:)`` are O(1) to reach and
/// O(degree) to walk.
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
    /// order.
    public let all: [MapConnection]
    private let outStart: [Int]
    private let outList: [Int]
    private let inStart: [Int]
    private let inList: [Int]

    /// The connections of `graph`. Complexity: O(nodes + relations + total pcs size).
    public init(_ graph: ArgumentGraph, derived: Derived = .shown, premiseLinks: Bool = true) {
        var all: [MapConnection] = []
        all.reserveCapacity(graph.relations.count)
        for r in graph.relations {
            switch derived {
            case .none where r.isDerived: continue
            case .shown where r.isDerived && !graph.isShownDerivedSupport(r): continue
            default: break
            }
            let isConclusion = r.type == .support && graph[r.from].pcs?.mainConclusion == r.to
            all.append(MapConnection(from: r.from, to: r.to, type: r.type, kind: isConclusion ? .conclusion : .relation, relation: r.id))
        }
        if premiseLinks {
            for (premise, argument) in Self.premiseLinks(graph) {
                all.append(MapConnection(from: premise, to: argument, type: .support, kind: .premise, relation: nil))
            }
        }
        self.all = all
        let n = graph.nodes.count
        (outStart, outList) = Self.compress(count: n, all.map(\.from.index))
        (inStart, inList) = Self.compress(count: n, all.map(\.to.index))
    }

    /// Every (premise, argument) pair of `graph`'s reconstructed arguments, in node order then pcs order, each
    /// once; an argument is never its own premise. Complexity: O(nodes + total pcs size).
    public static func premiseLinks(_ graph: ArgumentGraph) -> [(premise: NodeID, argument: NodeID)] {
        var out: [(NodeID, NodeID)] = []
        for node in graph.nodes where node.kind == .argument {
            guard let pcs = node.pcs else { continue }
            var seen = Set<NodeID>()
            for premise in pcs.premises where premise != node.id && premise.index < graph.nodes.count && seen.insert(premise).inserted {
                out.append((premise, node.id))
            }
        }
        return out
    }

    /// Counting sort of connection indices by one endpoint. O(nodes + connections).
    private static func compress(count: Int, _ endpoints: [Int]) -> ([Int], [Int]) {
        var start = [Int](repeating: 0, count: count + 1)
        for k in endpoints { start[k + 1] += 1 }
        for i in 0..<count { start[i + 1] += start[i] }
        var fill = start
        var list = [Int](repeating: 0, count: endpoints.count)
        for (c, k) in endpoints.enumerated() {
            list[fill[k]] = c
            fill[k] += 1
        }
        return (start, list)
    }

    /// The connections leaving `node`, in ``all`` order. O(out-degree).
    public func outgoing(_ node: NodeID) -> [MapConnection] {
        outList[outStart[node.index]..<outStart[node.index + 1]].map { all[$0] }
    }

    /// The connections entering `node`, in ``all`` order. O(in-degree).
    public func incoming(_ node: NodeID) -> [MapConnection] {
        inList[inStart[node.index]..<inStart[node.index + 1]].map { all[$0] }
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
