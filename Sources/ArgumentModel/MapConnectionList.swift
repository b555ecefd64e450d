/// The connections a map shows, in order, as flat columns: the one place that decides what a map shows
/// (``MapConnections`` indexes these; the query index reads them directly).
///
/// What is in it: listed relations; derived relations per ``MapConnections/Derived`` (by default the supports a
/// picture draws, ``ArgumentGraph/isShownDerivedSupport(_:)``); with `premiseLinks`, one premise → argument link
/// per (premise, argument) pair (a premise listed twice is linked once; an argument is never its own premise). A
/// reconstructed argument's support of its main conclusion has kind ``MapConnection/Kind/conclusion``.
/// Self-relations are kept. Order: relations in relation order, then premise links in node order and pcs order.
///
/// Each connection takes 14 bytes in five arrays and nothing to retain, and the graph's nodes and relations are
/// read field by field rather than copied: a map of a million relations is listed in a few passes over small
/// arrays. Elements are ``MapConnection`` values made on access (O(1)); a loop over millions of connections may
/// read the columns (``sources``, ``targets``, ...) instead.
public struct MapConnectionList: RandomAccessCollection, Sendable {
    /// Per connection: the index of the node it leaves (``MapConnection/from``).
    public let sources: [Int32]
    /// Per connection: the index of the node it enters (``MapConnection/to``).
    public let targets: [Int32]
    /// Per connection: the index of its relation, -1 for a premise link (``MapConnection/relation``).
    public let relations: [Int32]
    /// Per connection: its type (``MapConnection/type``).
    public let types: [RelationType]
    /// Per connection: what it stands for (``MapConnection/kind``).
    public let kinds: [MapConnection.Kind]

    /// The connections of `graph` in scope. Complexity: O(nodes + relations + total pcs size).
    public init(_ graph: ArgumentGraph, derived: MapConnections.Derived = .shown, premiseLinks: Bool = true) {
        let nodeCount = graph.nodes.count
        // Per node, the main conclusion of its premise-conclusion structure (-1 for none); left empty, and not
        // looked at, when no node has one.
        var conclusions: [Int32] = []
        var links: [(premise: NodeID, argument: Int)] = []
        Self.forEachStructure(graph) { node, pcs, isArgument in
            if conclusions.isEmpty { conclusions = [Int32](repeating: -1, count: nodeCount) }
            conclusions[node] = Int32(truncatingIfNeeded: pcs.mainConclusion?.index ?? -1)
            guard premiseLinks, isArgument else { return }
            for premise in Self.linkedPremises(of: node, pcs, nodeCount: nodeCount) { links.append((premise, node)) }
        }
        let listed = graph.relations
        var sources: [Int32] = [], targets: [Int32] = [], relations: [Int32] = []
        var types: [RelationType] = [], kinds: [MapConnection.Kind] = []
        let capacity = listed.count + links.count
        sources.reserveCapacity(capacity)
        targets.reserveCapacity(capacity)
        relations.reserveCapacity(capacity)
        types.reserveCapacity(capacity)
        kinds.reserveCapacity(capacity)
        func add(_ from: Int, _ to: Int, _ relation: Int, _ type: RelationType, _ kind: MapConnection.Kind) {
            sources.append(Int32(truncatingIfNeeded: from))
            targets.append(Int32(truncatingIfNeeded: to))
            relations.append(Int32(truncatingIfNeeded: relation))
            types.append(type)
            kinds.append(kind)
        }
        for i in listed.indices {
            if listed[i].isDerived {
                switch derived {
                case .none: continue
                case .shown: if !graph.isShownDerivedSupport(listed[i]) { continue }
                case .all: break
                }
            }
            let (from, to, type) = (listed[i].from.index, listed[i].to.index, listed[i].type)
            let isConclusion = type == .support && !conclusions.isEmpty && Int(conclusions[from]) == to
            add(from, to, listed[i].id.index, type, isConclusion ? .conclusion : .relation)
        }
        for link in links { add(link.premise.index, link.argument, -1, .support, .premise) }
        self.sources = sources
        self.targets = targets
        self.relations = relations
        self.types = types
        self.kinds = kinds
    }

    /// Calls `body` with the index, premise-conclusion structure and whether it is an argument of each node that
    /// has such a structure, in node order. Nodes are read field by field: none is copied. O(nodes).
    static func forEachStructure(_ graph: ArgumentGraph, _ body: (Int, PremiseConclusionStructure, Bool) -> Void) {
        let nodes = graph.nodes
        for i in nodes.indices {
            if let pcs = nodes[i].pcs { body(i, pcs, nodes[i].kind == .argument) }
        }
    }

    /// The premises of argument `argument` that are linked to it, in pcs order: each once, never the argument
    /// itself, only nodes of the graph (`nodeCount`). O(pcs size).
    static func linkedPremises(of argument: Int, _ pcs: PremiseConclusionStructure, nodeCount: Int) -> [NodeID] {
        var seen = Set<NodeID>(), out: [NodeID] = []
        for premise in pcs.premises where premise.index != argument && premise.index < nodeCount && seen.insert(premise).inserted {
            out.append(premise)
        }
        return out
    }

    /// The first position (0).
    public var startIndex: Int { 0 }
    /// One past the last position.
    public var endIndex: Int { sources.count }

    /// The connection at `position`. O(1).
    public subscript(position: Int) -> MapConnection {
        let relation = relations[position]
        return MapConnection(
            from: NodeID(Int(sources[position])), to: NodeID(Int(targets[position])), type: types[position],
            kind: kinds[position], relation: relation < 0 ? nil : RelationID(Int(relation)))
    }
}
