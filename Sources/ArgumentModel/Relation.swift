/// The kinds of relation between nodes.
public enum RelationType: String, Hashable, Sendable, Codable, CaseIterable {
    /// `from` is a reason for `to`.
    case support
    /// `from` attacks (contradicts) `to`.
    case attack
    /// `from` attacks the inference of argument `to` (see ``Relation/inference``), not its conclusion.
    case undercut
    /// `from` and `to` cannot both be true (symmetric; statements only). Stored once, `from` < `to` not required.
    case contradictory
    /// Strict mode's statement-to-statement support: `from` entails `to`.
    case entails
    /// Strict mode's statement-to-statement attack: `from` and `to` are contrary (symmetric).
    case contrary
    /// `from` rephrases `to` (AIF `MA`): neither support nor attack.
    case rephrase

    /// Whether the relation holds in both directions.
    public var isSymmetric: Bool { self == .contradictory || self == .contrary }

    /// Whether the relation is a reason for its target (support or entails).
    public var isSupportive: Bool { self == .support || self == .entails }

    /// Whether the relation is an objection to its target (attack, undercut, contradictory, contrary).
    public var isAttacking: Bool {
        self == .attack || self == .undercut || self == .contradictory || self == .contrary
    }
}

/// A directed, typed edge between two nodes.
public struct Relation: Hashable, Sendable, Codable {
    /// Dense index of this relation.
    public var id: RelationID
    /// The source node (the child in an Argdown relation tree, read from the child's side).
    public var from: NodeID
    /// The target node.
    public var to: NodeID
    /// What kind of relation this is.
    public var type: RelationType
    /// For an undercut on a reconstructed argument: the index of the attacked inference in
    /// `to`'s ``PremiseConclusionStructure/inferences``. Nil means the argument's (last) inference.
    public var inference: Int?
    /// True for relations the model derives: Argdown's implicit relations (argdown.md §6.4, ``GraphBuilder/build(deriveImplicitRelations:)``),
    /// e.g. argument → its main conclusion, argument → argument it supports or attacks through a pcs member.
    /// Derived relations are never written back as listed relations.
    public var isDerived: Bool
    /// Where the relation was written.
    public var range: SourceRange?
    /// Extra data a format carried on the edge (scheme names, ids, roles).
    public var data: DataValue

    /// Creates a relation.
    public init(
        id: RelationID, from: NodeID, to: NodeID, type: RelationType, inference: Int? = nil,
        isDerived: Bool = false, range: SourceRange? = nil, data: DataValue = .empty
    ) {
        self.id = id
        self.from = from
        self.to = to
        self.type = type
        self.inference = inference
        self.isDerived = isDerived
        self.range = range
        self.data = data
    }
}
