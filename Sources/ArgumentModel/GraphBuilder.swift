/// Accumulates nodes, relations and sections, then freezes them into an ``ArgumentGraph``.
///
/// Readers of every format use it, so the rules that make a graph well formed live in one place:
/// titles are unique per kind, a relation with the same (from, to, type) is merged (symmetric types also when
/// reversed), and ``build(deriveImplicitRelations:)`` adds Argdown's implicit relations for reconstructed arguments.
public struct GraphBuilder: Sendable {
    /// Nodes so far.
    public private(set) var nodes: [Node] = []
    /// Relations so far.
    public private(set) var relations: [Relation] = []
    /// Sections so far.
    public private(set) var sections: [Section] = []
    /// Document metadata.
    public var metadata: DataValue = .empty
    /// Loose or strict.
    public var mode: ModelMode = .loose

    /// Which node has a (kind, title): short titles kept in the table itself, longer ones compared in `nodes`.
    private var titles = TitleTable()
    /// Each node's kind, in a compact array of its own (relation lines ask for the kinds of two random nodes).
    private var kinds: [NodeKind] = []
    /// Which relation has a (from, to, type, inference). Empty while ``bySource`` stands in for it.
    private var relationIndex = RelationIndex()
    /// After ``addRelations(_:)`` took a batch whole: the relations grouped by source, known free of duplicates,
    /// standing in for the duplicate index (which is built from the relations only when a relation is added or
    /// changed afterwards, see ``indexRelations()``) and handed to the graph by ``build(deriveImplicitRelations:)``.
    private var bySource: RelationRows?
    /// With ``bySource``, when the batch came grouped by target too (``addRelations(prepared:)``): the graph's
    /// incoming lists. Set and cleared together with it.
    private var byTarget: RelationRows?

    /// An empty builder.
    public init() {}

    /// The node of `kind` titled `title`, if added. O(1) on average.
    public func node(_ kind: NodeKind, titled title: String) -> NodeID? {
        titles.index(of: title, kind, in: nodes).map(NodeID.init)
    }

    /// Returns the node of `kind` titled `title`, creating an empty one if needed. O(1) on average.
    @discardableResult
    public mutating func node(_ kind: NodeKind, title: String, isUntitled: Bool = false) -> NodeID {
        let fresh = nodes.count
        // One hash of the title and one probe sequence: the entry is found, or `fresh` is recorded there.
        let index = titles.index(of: title, kind, in: nodes, orInsert: fresh)
        if index == fresh {
            nodes.append(Node(id: NodeID(fresh), kind: kind, title: title, isUntitled: isUntitled))
            kinds.append(kind)
        }
        return NodeID(index)
    }

    /// A hint that the node of `kind` titled by the ASCII bytes `title` is about to be asked for: its slot in the
    /// title index is brought into the cache while the caller does other work (a reader calls this a few lines
    /// ahead; bytes that turn out not to be the title only waste the hint). Changes nothing. O(title length).
    public func prefetchNode(_ kind: NodeKind, asciiTitle title: UnsafeRawBufferPointer) {
        titles.prefetch(title, kind)
    }

    /// The number of slots of the title index, the range that ``matchNodes(of:titleSlots:_:)`` takes parts of. O(1).
    package var titleSlotCount: Int { titles.slotCount }

    /// Calls `found(k, id)` for every node `k` of `other` whose title lies in slots `range` of `other`'s title index
    /// (every node once over `0..<other.titleSlotCount`), `id` being this builder's node of the same kind and title
    /// or nil. The titles are not hashed again (their kept hash bits are reused), and short ASCII titles are found
    /// without reading either node, so a merge of two builders' nodes costs a probe per node. Threads may call this
    /// at once for disjoint ranges. O(range + a look-up per node found in it).
    package func matchNodes(of other: GraphBuilder, titleSlots range: Range<Int>, _ found: (Int, NodeID?) -> Void) {
        titles.find(titlesOf: other.titles, slots: range, otherNodes: other.nodes, in: nodes) { k, i in
            found(k, i.map(NodeID.init))
        }
    }

    /// The kind of node `id`, without copying the node. O(1).
    public func kind(of id: NodeID) -> NodeKind { kinds[id.index] }

    /// Makes room for `count` more statements and arguments in the node arrays (a hint: an array's unused capacity
    /// is only address space; the title index is not reserved here, since a hash table touches all of its memory as
    /// it fills: see ``reserveTitleCapacity(_:)``). O(nodes so far).
    public mutating func reserveNodeCapacity(_ count: Int) {
        nodes.reserveCapacity(nodes.count + count)
        kinds.reserveCapacity(kinds.count + count)
    }

    /// Makes room for `count` titles in all in the title index, which then does not grow (each growth moves every
    /// entry to a random place in a table twice as large). The index's memory, 32 bytes per title, is written at
    /// once, so this should be an estimate, not a bound. O(count).
    public mutating func reserveTitleCapacity(_ count: Int) {
        titles.reserveCapacity(count)
    }

    /// Makes room for `count` more relations, so adding them does not grow the arrays and the duplicate index step by
    /// step. O(relations so far + count).
    public mutating func reserveRelationCapacity(_ count: Int) {
        indexRelations()
        relations.reserveCapacity(relations.count + count)
        relationIndex.reserveCapacity(relations.count + count)
    }

    /// Changes a node in place (never its id, kind or title: use this for text, tags, data, section, pcs, occurrences).
    public mutating func update(_ id: NodeID, _ body: (inout Node) -> Void) {
        Self.update(&nodes[id.index], id: id, body)  // one access to the array, not four
    }

    private static func update(_ node: inout Node, id: NodeID, _ body: (inout Node) -> Void) {
        let (kind, title) = (node.kind, node.title)
        body(&node)
        node.id = id
        node.kind = kind
        node.title = title
    }

    /// Read access to a node.
    public subscript(id: NodeID) -> Node { nodes[id.index] }

    /// Calls `body` with the nodes' storage, for a reader that finishes many nodes at once (threads may write
    /// disjoint nodes through it at the same time). `body` must not change any node's id, kind or title (the title
    /// index and the kinds array hold them), nor keep the buffer. O(1) plus `body`.
    package mutating func withUnsafeMutableNodes<R>(_ body: (UnsafeMutableBufferPointer<Node>) throws -> R) rethrows -> R {
        try nodes.withUnsafeMutableBufferPointer { try body($0) }
    }

    /// Adds a relation unless one with the same (from, to, type, inference) exists (for symmetric types, also the
    /// reverse); the existing one's data is merged with `data`. With `mergingDuplicates` false the relation is
    /// always added, as a parallel one (readers of formats whose relations have identities, such as AIF S-nodes).
    /// Returns the new or existing relation's id and whether it was new. O(1) on average.
    @discardableResult
    public mutating func addRelation(
        from: NodeID, to: NodeID, type: RelationType, inference: Int? = nil, isDerived: Bool = false,
        range: SourceRange? = nil, data: DataValue = .empty, mergingDuplicates: Bool = true
    ) -> (id: RelationID, inserted: Bool) {
        indexRelations()
        let fresh = RelationID(relations.count)
        if !mergingDuplicates {
            // A parallel relation of its own (two AIF S-nodes of one type between the same nodes stay two); the
            // index keeps the first of them.
            relations.append(Relation(id: fresh, from: from, to: to, type: type, inference: inference, isDerived: isDerived, range: range, data: data))
            _ = relationIndex.find(from, to, type, inference, in: relations, orInsert: fresh)
            return (fresh, true)
        }
        if type.isSymmetric, relationIndex.find(from, to, type, inference, in: relations) == nil,
            let existing = relationIndex.find(to, from, type, inference, in: relations) {
            return (existing, false)
        }
        // One probe finds the same relation or indexes the new one (appended next, at `fresh`).
        let id = relationIndex.find(from, to, type, inference, in: relations, orInsert: fresh)
        if id != fresh {
            relations[id.index].mergeData(data)
            return (id, false)
        }
        relations.append(Relation(id: id, from: from, to: to, type: type, inference: inference, isDerived: isDerived, range: range, data: data))
        return (id, true)
    }

    /// A hint that a relation with these fields is about to be added: its slot in the duplicate index is brought
    /// into the cache while the caller does other work (a reader adding many relations calls this a few ahead).
    /// Changes nothing. O(1).
    public func prefetchRelation(from: NodeID, to: NodeID, type: RelationType, inference: Int? = nil) {
        guard bySource == nil else { return }
        relationIndex.prefetch(from, to, type, inference)
    }

    /// Whether a relation with these endpoints and type exists (symmetric types in either direction).
    public func hasRelation(from: NodeID, to: NodeID, type: RelationType) -> Bool {
        if let bySource {
            return bySource.contains(from, to, type, nil, in: relations)
                || (type.isSymmetric && bySource.contains(to, from, type, nil, in: relations))
        }
        return relationIndex.find(from, to, type, nil, in: relations) != nil
            || (type.isSymmetric && relationIndex.find(to, from, type, nil, in: relations) != nil)
    }

    /// Changes a relation in place (its id stays). Changing endpoints or type does not re-merge duplicates.
    public mutating func updateRelation(_ id: RelationID, _ body: (inout Relation) -> Void) {
        indexRelations()
        let old = relations[id.index]
        // Unindexed under its old fields while `relations` still holds them (the index compares the relations').
        relationIndex.remove(old.from, old.to, old.type, old.inference, ifItIs: id, in: relations)
        body(&relations[id.index])
        relations[id.index].id = id
        let new = relations[id.index]
        relationIndex.set(new.from, new.to, new.type, new.inference, to: id, in: relations)
    }

    /// Removes relations for which `shouldRemove` is true and renumbers the rest. O(relations).
    public mutating func removeRelations(where shouldRemove: (Relation) -> Bool) {
        let kept = relations.filter { !shouldRemove($0) }
        relations = []
        relationIndex.removeAll()
        (bySource, byTarget) = (nil, nil)
        for r in kept {
            addRelation(from: r.from, to: r.to, type: r.type, inference: r.inference, isDerived: r.isDerived, range: r.range, data: r.data)
        }
    }

    /// Appends a section and returns its id.
    @discardableResult
    public mutating func addSection(
        title: String, level: Int, parent: SectionID? = nil, isGroup: Bool = true, tags: [String] = [],
        data: DataValue = .empty, range: SourceRange? = nil
    ) -> SectionID {
        let id = SectionID(sections.count)
        sections.append(Section(id: id, title: title, level: level, parent: parent, isGroup: isGroup, tags: tags, data: data, range: range))
        return id
    }

    /// Changes a section in place.
    public mutating func updateSection(_ id: SectionID, _ body: (inout Section) -> Void) {
        body(&sections[id.index])
        sections[id.index].id = id
    }

    /// Adds `edges` as derived relations in their order, an edge equal to an existing relation (listed, or an
    /// earlier edge) merged into it. The duplicate index is made large enough first, and the slot of the edge a few
    /// ahead is prefetched while one is added (a large map's derived edges land at random places of a large index).
    /// O(edges) on average.
    private mutating func addDerivedRelations(_ edges: [ImplicitRelations.Edge]) {
        guard !edges.isEmpty else { return }
        indexRelations()
        relationIndex.reserveCapacity(relations.count + edges.count)
        let ahead = 8
        for k in edges.indices {
            if k + ahead < edges.count {
                let next = edges[k + ahead]
                relationIndex.prefetch(next.from, next.to, next.type, next.inference)
            }
            let (from, to, type, inference) = (edges[k].from, edges[k].to, edges[k].type, edges[k].inference)
            // What `addRelation(..., isDerived: true)` does, without its range and data: a derived type is
            // dialectical (support, attack, undercut), never symmetric, so there is no reversed duplicate to look for.
            guard !type.isSymmetric else {
                addRelation(from: from, to: to, type: type, inference: inference, isDerived: true)
                continue
            }
            let fresh = RelationID(relations.count)
            let id = relationIndex.find(from, to, type, inference, in: relations, orInsert: fresh)
            if id == fresh {
                relations.append(Relation(derived: id, from: from, to: to, type: type, inference: inference))
            } else {
                relations[id.index].mergeData(.empty)
            }
        }
    }

    /// Freezes the builder into a graph. With `deriveImplicitRelations` (the default), adds Argdown's implicit
    /// relations (argdown.md §6.4, see `ImplicitRelations`) as derived relations: a reconstructed argument supports
    /// its main conclusion, and supports, attacks or undercuts what its main conclusion supports, attacks or
    /// undercuts; what supports, attacks or is contrary to one of its premises supports or attacks it; and so on.
    /// A derived relation equal to a listed one is not added again. Complexity: O(nodes + relations + pcs
    /// statements × the degree of their statements).
    ///
    /// Consuming: a builder used no more after `build` (`var b = ...; return b.build()`) gives its arrays to the
    /// graph, and the derived relations are appended in place instead of to a copy of every listed relation; a
    /// builder used again afterwards is copied first, as before.
    public consuming func build(deriveImplicitRelations: Bool = true) -> ArgumentGraph {
        if deriveImplicitRelations { addDerivedRelations(ImplicitRelations.derive(nodes: nodes, relations: relations)) }
        let fits = bySource?.start.count == nodes.count + 1  // not when nodes came after
        return ArgumentGraph(
            nodes: nodes, relations: relations, sections: sections, metadata: metadata, mode: mode, titles: titles,
            outgoing: fits ? bySource : nil, incoming: fits ? byTarget : nil)
    }

    /// Adds `batch` in its order, each relation as ``addRelation(from:to:type:inference:isDerived:range:data:mergingDuplicates:)``
    /// adds it (a duplicate of an earlier one merged into it; ids renumbered in order). When the builder holds no
    /// relation yet, every endpoint is a node and no relation is symmetric (a reader's listed relations, as a rule),
    /// the array itself becomes the builder's relations, and duplicates are looked for once, source by source
    /// (`RelationRows`), instead of through the hash index relation by relation; that index is built only if a
    /// relation is added or changed later, and the grouping is the graph's outgoing lists. Otherwise, or when two
    /// relations of the batch are duplicates, they are added one by one. O(nodes + batch) on average.
    public mutating func addRelations(_ batch: consuming [Relation]) {
        guard relations.isEmpty else { return addOneByOne(batch) }
        addRelations(prepared: PreparedRelations(batch, nodeCount: nodes.count, byTarget: false))
    }

    /// Adds a batch made ready away from the builder, exactly as ``addRelations(_:)`` adds its relations: taken whole
    /// (O(1): the batch's groups become the builder's, by target too if it has them) when the builder holds no
    /// relation yet, has the nodes the batch was grouped for, and the batch could be taken whole; otherwise one by
    /// one. O(1) or O(batch) on average.
    package mutating func addRelations(prepared: consuming PreparedRelations) {
        guard relations.isEmpty, prepared.nodeCount == nodes.count, let outgoing = prepared.outgoing else {
            return addOneByOne(prepared.takeRelations())
        }
        relationIndex.removeAll()
        byTarget = prepared.incoming
        bySource = outgoing
        relations = prepared.takeRelations()
    }

    /// Adds `list` relation by relation through the duplicate index (the slot of a relation a few ahead prefetched).
    /// O(list) on average.
    private mutating func addOneByOne(_ list: [Relation]) {
        indexRelations()
        relations.reserveCapacity(relations.count + list.count)
        relationIndex.reserveCapacity(relations.count + list.count)
        let ahead = 8
        for k in list.indices {
            if k + ahead < list.count {  // the duplicate index's slot of a relation a few ahead, while these are added
                let next = list[k + ahead]
                relationIndex.prefetch(next.from, next.to, next.type, next.inference)
            }
            let r = list[k]
            addRelation(from: r.from, to: r.to, type: r.type, inference: r.inference, isDerived: r.isDerived, range: r.range, data: r.data)
        }
    }

    /// Builds the duplicate index from the relations when ``addRelations(_:)`` left it to ``bySource`` (which then
    /// no longer stands for the relations, as they are about to change). O(relations) on average, once.
    private mutating func indexRelations() {
        guard bySource != nil else { return }
        (bySource, byTarget) = (nil, nil)
        relationIndex.reserveCapacity(relations.count)
        for i in relations.indices {
            _ = relationIndex.find(relations[i].from, relations[i].to, relations[i].type, relations[i].inference, in: relations, orInsert: RelationID(i))
        }
    }
}
