/// ``GraphBuilder``'s duplicate index: which relation has a (from, to, type, inference), over the relations' own
/// fields (a ``HashSlots`` index, so no key is stored twice and adding a relation hashes four integers once instead of
/// running `Hasher` over a key struct). Every operation is O(1) on average.
struct RelationIndex: Sendable {
    private var slots = HashSlots()

    /// Makes room for `capacity` relations in all. O(capacity).
    mutating func reserveCapacity(_ capacity: Int) { slots.reserveCapacity(capacity) }

    /// The relation in `relations` with these fields, if indexed.
    func find(_ from: NodeID, _ to: NodeID, _ type: RelationType, _ inference: Int?, in relations: [Relation]) -> RelationID? {
        slots.find(Self.hash(from, to, type, inference)) { Self.matches(relations, $0, from, to, type, inference) }
            .map(RelationID.init)
    }

    /// The indexed relation with these fields, or `fresh` after indexing it (one probe sequence for both).
    mutating func find(
        _ from: NodeID, _ to: NodeID, _ type: RelationType, _ inference: Int?, in relations: [Relation], orInsert fresh: RelationID
    ) -> RelationID {
        RelationID(slots.find(Self.hash(from, to, type, inference), orInsert: fresh.index) {
            Self.matches(relations, $0, from, to, type, inference)
        })
    }

    /// Brings the slot of these fields into the cache, for a look-up of them coming soon (a hint). O(1).
    func prefetch(_ from: NodeID, _ to: NodeID, _ type: RelationType, _ inference: Int?) {
        slots.prefetch(Self.hash(from, to, type, inference))
    }

    /// Indexes `id` under these fields, replacing the relation indexed under them if any.
    mutating func set(_ from: NodeID, _ to: NodeID, _ type: RelationType, _ inference: Int?, to id: RelationID, in relations: [Relation]) {
        slots.set(Self.hash(from, to, type, inference), to: id.index) { Self.matches(relations, $0, from, to, type, inference) }
    }

    /// Removes the entry under these fields when it is `id` (`relations` must still hold `id` with these fields).
    mutating func remove(_ from: NodeID, _ to: NodeID, _ type: RelationType, _ inference: Int?, ifItIs id: RelationID, in relations: [Relation]) {
        guard find(from, to, type, inference, in: relations) == id else { return }
        slots.remove(Self.hash(from, to, type, inference)) { Self.matches(relations, $0, from, to, type, inference) }
    }

    /// Empties the index.
    mutating func removeAll() { slots = HashSlots() }

    @inline(__always)
    private static func matches(
        _ relations: [Relation], _ k: Int, _ from: NodeID, _ to: NodeID, _ type: RelationType, _ inference: Int?
    ) -> Bool {
        relations[k].from == from && relations[k].to == to && relations[k].type == type && relations[k].inference == inference
    }

    private static func hash(_ from: NodeID, _ to: NodeID, _ type: RelationType, _ inference: Int?) -> UInt64 {
        let ends = UInt64(truncatingIfNeeded: from.index) << 32 ^ UInt64(truncatingIfNeeded: to.index)
        let code: UInt64 = switch type {
        case .support: 1
        case .attack: 2
        case .undercut: 3
        case .contradictory: 4
        case .entails: 5
        case .contrary: 6
        case .rephrase: 7
        }
        let rest = code | (inference.map { UInt64(truncatingIfNeeded: $0) &+ 1 } ?? 0) << 8
        return HashSlots.mix(HashSlots.mix(HashSlots.seed ^ ends) ^ rest)
    }
}
