/// A batch of relations made ready for a ``GraphBuilder`` away from it: numbered, checked for what keeps a batch from
/// being taken whole (a symmetric type, an endpoint beyond the nodes, two duplicates), and grouped by source and,
/// if asked, by target. The work of ``GraphBuilder/addRelations(_:)`` that needs none of the builder's nodes, only
/// their number, so a reader can do it on another thread while it finishes the nodes
/// (``GraphBuilder/addRelations(prepared:)`` then takes the batch in O(1)). O(nodes + relations) to make.
package struct PreparedRelations: Sendable {
    /// The relations, renumbered `0..<count` in their order.
    let list: [Relation]
    /// The number of nodes the endpoints were checked against and the groups have rows for.
    let nodeCount: Int
    /// The relations grouped by source when the batch can be taken whole (no symmetric type, every endpoint below
    /// ``nodeCount``, no two duplicates), else nil.
    let outgoing: RelationRows?
    /// The relations grouped by target, when ``outgoing`` is set and they were asked for.
    let incoming: RelationRows?

    /// Numbers `batch` and groups it for a builder of `nodeCount` nodes (and by target too with `byTarget`).
    package init(_ batch: consuming [Relation], nodeCount: Int, byTarget: Bool = true) {
        var list = consume batch
        var whole = true
        let count = UInt(nodeCount)
        for i in list.indices {
            list[i].id = RelationID(i)
            if whole && (list[i].type.isSymmetric || UInt(bitPattern: list[i].from.index) >= count
                || UInt(bitPattern: list[i].to.index) >= count) {
                whole = false
            }
        }
        var outgoing: RelationRows?
        if whole {
            let rows = RelationRows(list, nodeCount: nodeCount, bySource: true)
            if !rows.hasDuplicate(in: list) { outgoing = rows }
        }
        self.incoming = outgoing != nil && byTarget ? RelationRows(list, nodeCount: nodeCount, bySource: false) : nil
        self.outgoing = outgoing
        self.list = list
        self.nodeCount = nodeCount
    }

    /// The relations alone, for a caller that adds more to them (the groups are dropped: they would no longer fit).
    /// O(1).
    package consuming func takeRelations() -> [Relation] { list }
}
