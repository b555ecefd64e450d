/// An argument map as an immutable, indexed directed graph.
///
/// Nodes (statements and arguments), relations and sections live in dense arrays; their ids are indices.
/// Build one with ``GraphBuilder`` (or ``init(nodes:relations:sections:metadata:mode:)``), then query it:
/// title lookups are O(1) on average, adjacency lists are O(1) to reach and O(degree) to walk (optionally
/// filtered by relation type). Analyses take a graph and return values; nothing mutates a built graph.
public struct ArgumentGraph: Sendable {
    /// Every node, indexed by ``NodeID/index``.
    public let nodes: [Node]
    /// Every relation, indexed by ``RelationID/index``; listed relations first in source order, then derived ones.
    public let relations: [Relation]
    /// Every section (heading), in document order.
    public let sections: [Section]
    /// Document metadata: the front matter (`title`, `author`, settings ...), or a format's header data.
    public let metadata: DataValue
    /// Loose or strict reading of statement-to-statement relations.
    public let mode: ModelMode

    /// Which node has a (kind, title) (see ``TitleTable``).
    private let titles: TitleTable
    // Compressed sparse rows: relations leaving / entering node i are outList[outStart[i]..<outStart[i+1]].
    private let outStart: [Int]
    private let outList: [RelationID]
    private let inStart: [Int]
    private let inList: [RelationID]

    /// The empty graph.
    public static let empty = ArgumentGraph(nodes: [], relations: [], sections: [])

    /// Builds the indexes over already-numbered elements. `nodes[i].id` must be `NodeID(i)`, likewise relations and
    /// sections, and every relation must name existing nodes (a precondition: builders guarantee it).
    /// Complexity: O(nodes + relations).
    public init(
        nodes: [Node], relations: [Relation], sections: [Section], metadata: DataValue = .empty,
        mode: ModelMode = .loose
    ) {
        for i in nodes.indices { precondition(nodes[i].id.index < nodes.count, "node id out of range") }
        self.init(
            nodes: nodes, relations: relations, sections: sections, metadata: metadata, mode: mode,
            titles: TitleTable(nodes))
    }

    /// The same as the public initializer, with the title index the caller already holds (``GraphBuilder``'s: each
    /// title maps to the node that has it), so titles are not hashed again, and, when the caller has them, the
    /// relations already grouped by source (`outgoing`, which must be `RelationRows(relations, nodeCount:
    /// nodes.count, bySource: true)`) and by target (`incoming`, likewise with `bySource: false`).
    /// Complexity: O(nodes + relations), O(1) with both groupings.
    init(
        nodes: [Node], relations: [Relation], sections: [Section], metadata: DataValue, mode: ModelMode,
        titles: TitleTable, outgoing: RelationRows? = nil, incoming: RelationRows? = nil
    ) {
        self.nodes = nodes
        self.relations = relations
        self.sections = sections
        self.metadata = metadata
        self.mode = mode  // node ids are checked by the public initializer; a builder numbers its nodes itself
        self.titles = titles
        // Counting sorts read the endpoints from the relations field by field (each checked to be a node).
        let out = outgoing ?? RelationRows(relations, nodeCount: nodes.count, bySource: true)
        let into = incoming ?? RelationRows(relations, nodeCount: nodes.count, bySource: false)
        (outStart, outList) = (out.start, out.list)
        (inStart, inList) = (into.start, into.list)
    }

    // MARK: Lookup

    /// The node with this id.
    public subscript(id: NodeID) -> Node { nodes[id.index] }
    /// The relation with this id.
    public subscript(id: RelationID) -> Relation { relations[id.index] }
    /// The section with this id.
    public subscript(id: SectionID) -> Section { sections[id.index] }

    /// The statement (equivalence class) titled `title`. O(1) on average.
    public func statement(titled title: String) -> NodeID? { node(.statement, titled: title) }
    /// The argument titled `title`. O(1) on average.
    public func argument(titled title: String) -> NodeID? { node(.argument, titled: title) }
    /// The node of `kind` titled `title`. O(1) on average.
    public func node(_ kind: NodeKind, titled title: String) -> NodeID? {
        titles.index(of: title, kind, in: nodes).map(NodeID.init)
    }

    /// Whether no two nodes of one kind share a title (always so in a graph a ``GraphBuilder`` built): then
    /// ``node(_:titled:)`` finds every node by its title. O(1).
    public var hasUniqueTitles: Bool { titles.count == nodes.count }

    /// All node ids, in index order.
    public var nodeIDs: [NodeID] { nodes.map(\.id) }
    /// The statement nodes, in index order.
    public var statements: [Node] { nodes.filter { $0.kind == .statement } }
    /// The argument nodes, in index order.
    public var arguments: [Node] { nodes.filter { $0.kind == .argument } }

    // MARK: Adjacency

    /// Relations leaving `node` (all types, derived included), in id order. O(1).
    public func outgoing(_ node: NodeID) -> ArraySlice<RelationID> {
        outList[outStart[node.index]..<outStart[node.index + 1]]
    }

    /// Relations entering `node` (all types, derived included), in id order. O(1).
    public func incoming(_ node: NodeID) -> ArraySlice<RelationID> {
        inList[inStart[node.index]..<inStart[node.index + 1]]
    }

    /// Every node's ``outgoing(_:)`` list at once, for a pass over all of them without a slice per node: node i's
    /// relations are `list[start[i]..<start[i + 1]]`. O(1).
    package var outgoingRows: (start: [Int], list: [RelationID]) { (outStart, outList) }

    /// Every node's ``incoming(_:)`` list at once, as ``outgoingRows``. O(1).
    package var incomingRows: (start: [Int], list: [RelationID]) { (inStart, inList) }

    /// Relations of `type` leaving `node`. O(out-degree).
    public func outgoing(_ node: NodeID, _ type: RelationType, includeDerived: Bool = true) -> [Relation] {
        outgoing(node).lazy.map { self.relations[$0.index] }.filter {
            $0.type == type && (includeDerived || !$0.isDerived)
        }
    }

    /// Relations of `type` entering `node`. O(in-degree).
    public func incoming(_ node: NodeID, _ type: RelationType, includeDerived: Bool = true) -> [Relation] {
        incoming(node).lazy.map { self.relations[$0.index] }.filter {
            $0.type == type && (includeDerived || !$0.isDerived)
        }
    }

    /// Nodes that `node` has an edge of `type` to (successors). O(out-degree).
    public func successors(_ node: NodeID, _ type: RelationType) -> [NodeID] {
        outgoing(node, type).map(\.to)
    }

    /// Nodes with an edge of `type` to `node` (predecessors). O(in-degree).
    public func predecessors(_ node: NodeID, _ type: RelationType) -> [NodeID] {
        incoming(node, type).map(\.from)
    }

    /// The listed (not derived) relations, in source order.
    public var listedRelations: [Relation] { relations.filter { !$0.isDerived } }

    /// The nodes in `section` (directly, not in subsections).
    public func nodes(in section: SectionID) -> [Node] { nodes.filter { $0.section == section } }

    /// The chain of sections from the root down to `section`.
    public func sectionPath(_ section: SectionID) -> [SectionID] {
        var path = [section]
        var current = sections[section.index].parent
        while let p = current {
            path.append(p)
            current = sections[p.index].parent
        }
        return path.reversed()
    }
}
