/// Relation ids grouped by one endpoint (compressed sparse rows): the relations leaving (or entering) node `i` are
/// `list[start[i]..<start[i + 1]]`, in relation order. ``ArgumentGraph``'s adjacency lists, and ``GraphBuilder``'s way
/// to look for duplicates among many relations added at once (a pass over each source's group instead of a probe of
/// the hash index per relation). Built by a counting sort read straight from the relations' fields (no column copied
/// out first). O(nodes + relations).
struct RelationRows: Sendable {
    /// `nodeCount + 1` offsets into ``list``, the last one `list.count`.
    let start: [Int]
    /// Every relation id, grouped by the endpoint.
    let list: [RelationID]

    /// Groups `relations` by source (`bySource`) or by target. Every endpoint must be below `nodeCount` (a
    /// precondition, checked).
    init(_ relations: [Relation], nodeCount count: Int, bySource: Bool) {
        var start = [Int](repeating: 0, count: count + 1)
        var list = [RelationID](repeating: RelationID(0), count: relations.count)
        relations.withUnsafeBufferPointer { relations in
            start.withUnsafeMutableBufferPointer { start in
                for r in relations.indices {
                    let k = bySource ? relations[r].from.index : relations[r].to.index
                    precondition(UInt(bitPattern: k) < UInt(count), "relation endpoint out of range")
                    start[k + 1] += 1
                }
                for i in 0..<count { start[i + 1] += start[i] }
                // Filled through the starts themselves: `start[k]` moves to the end of k's list (k + 1's start),
                // then every start moves back by one place.
                list.withUnsafeMutableBufferPointer { list in
                    for r in relations.indices {
                        let k = bySource ? relations[r].from.index : relations[r].to.index
                        list[start[k]] = relations[r].id
                        start[k] += 1
                    }
                }
                var previous = 0
                for i in 0..<count {
                    (start[i], previous) = (previous, start[i])
                }
            }
        }
        self.start = start
        self.list = list
    }

    /// Whether two relations of one source group (rows built `bySource` over `relations`, whose ids are their
    /// indices) have the same target, type and inference: what ``GraphBuilder/addRelation(from:to:type:inference:isDerived:range:data:mergingDuplicates:)``
    /// merges (symmetric types reversed aside). A group of up to 16 is compared pair by pair, a larger one sorted.
    /// O(relations + Σ min(d², d log d)) over the groups' sizes d.
    func hasDuplicate(in relations: [Relation]) -> Bool {
        relations.withUnsafeBufferPointer { relations in
            list.withUnsafeBufferPointer { list in
                var keys: [Key] = []
                for node in 0..<(start.count - 1) {
                    let (lo, hi) = (start[node], start[node + 1])
                    guard hi - lo > 1 else { continue }
                    if hi - lo <= 16 {
                        for a in lo..<hi {
                            let key = Self.fields(relations, list[a])
                            for b in (a + 1)..<hi where Self.fields(relations, list[b]) == key { return true }
                        }
                        continue
                    }
                    keys.removeAll(keepingCapacity: true)
                    for a in lo..<hi {
                        let (to, type, inference) = Self.fields(relations, list[a])
                        keys.append(Key(to: to, type: type, inference: inference))
                    }
                    keys.sort()
                    for k in keys.indices.dropFirst() where keys[k] == keys[k - 1] { return true }
                }
                return false
            }
        }
    }

    /// What a duplicate shares with relation `id` (field by field: copying the relation out retained its range):
    /// its target, type and inference (`Int.min` for none).
    @inline(__always)
    private static func fields(_ relations: UnsafeBufferPointer<Relation>, _ id: RelationID) -> (Int, RelationType, Int) {
        (relations[id.index].to.index, relations[id.index].type, relations[id.index].inference ?? .min)
    }

    /// The fields a duplicate shares within a source group, ordered for sorting.
    private struct Key: Comparable {
        var to: Int
        var type: RelationType
        var inference: Int

        static func < (a: Key, b: Key) -> Bool {
            if a.to != b.to { return a.to < b.to }
            if a.type != b.type { return a.type.rawValue < b.type.rawValue }
            return a.inference < b.inference
        }
    }

    /// Whether some relation of node `from`'s group (rows built `bySource` over `relations`) goes to `to` with `type`
    /// and `inference`. O(out-degree of `from`).
    func contains(_ from: NodeID, _ to: NodeID, _ type: RelationType, _ inference: Int?, in relations: [Relation]) -> Bool {
        guard from.index >= 0 && from.index + 1 < start.count else { return false }
        return list[start[from.index]..<start[from.index + 1]].contains {
            relations[$0.index].to == to && relations[$0.index].type == type && relations[$0.index].inference == inference
        }
    }
}
