import ArgumentModel

/// One reason group of a node under `reasons` support, with the map element it comes from: the node is IN only if
/// some group is wholly IN, and OUT when every group has an OUT member.
public struct ReasonGroup: Hashable, Sendable {
    /// Where a reason group comes from in the map.
    public enum Source: Hashable, Sendable {
        /// The premises of this reconstructed argument (the group of the argument itself).
        case premises(of: NodeID)
        /// This support (or entailment) relation; its source is the group's only member.
        case relation(RelationID)
    }

    /// The members, sorted and without duplicates (as ``LabellingProblem`` keeps them).
    public let members: [NodeID]
    /// The map element behind the group.
    public let source: Source

    /// A group of `members` (sorted and deduplicated here) from `source`.
    public init(members: [NodeID], source: Source) {
        self.members = Array(Set(members)).sorted()
        self.source = source
    }
}
