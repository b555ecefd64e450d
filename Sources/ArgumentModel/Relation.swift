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
    // Stored compactly (a large map holds millions of relations, 72 bytes each instead of 120): the ids and the
    // inference in 32 bits (an inference beyond ±2^31 is clamped), the data, empty on nearly every relation, boxed.
    private var storedID: Int32
    private var storedFrom: Int32
    private var storedTo: Int32
    /// The inference, or `Int32.min` for nil.
    private var storedInference: Int32
    /// What kind of relation this is.
    public var type: RelationType
    /// True for relations the model derives: Argdown's implicit relations (argdown.md §6.4, ``GraphBuilder/build(deriveImplicitRelations:)``),
    /// e.g. argument → its main conclusion, argument → argument it supports or attacks through a pcs member.
    /// Derived relations are never written back as listed relations.
    public var isDerived: Bool
    /// Where the relation was written.
    public var range: SourceRange?
    /// The data when it is not ``DataValue/empty``.
    private var storedData: DataBox?

    /// Dense index of this relation.
    public var id: RelationID {
        get { RelationID(Int(storedID)) }
        set { storedID = Int32(truncatingIfNeeded: newValue.index) }
    }
    /// The source node (the child in an Argdown relation tree, read from the child's side).
    public var from: NodeID {
        get { NodeID(Int(storedFrom)) }
        set { storedFrom = Int32(truncatingIfNeeded: newValue.index) }
    }
    /// The target node.
    public var to: NodeID {
        get { NodeID(Int(storedTo)) }
        set { storedTo = Int32(truncatingIfNeeded: newValue.index) }
    }
    /// For an undercut on a reconstructed argument: the index of the attacked inference in
    /// `to`'s ``PremiseConclusionStructure/inferences``. Nil means the argument's (last) inference.
    public var inference: Int? {
        get { storedInference == .min ? nil : Int(storedInference) }
        set { storedInference = Self.store(newValue) }
    }
    /// Extra data a format carried on the edge (scheme names, ids, roles).
    public var data: DataValue {
        get { storedData?.value ?? .empty }
        set { storedData = DataBox.make(newValue) }
    }

    /// Creates a relation.
    public init(
        id: RelationID, from: NodeID, to: NodeID, type: RelationType, inference: Int? = nil,
        isDerived: Bool = false, range: SourceRange? = nil, data: DataValue = .empty
    ) {
        storedID = Int32(truncatingIfNeeded: id.index)
        storedFrom = Int32(truncatingIfNeeded: from.index)
        storedTo = Int32(truncatingIfNeeded: to.index)
        storedInference = Self.store(inference)
        self.type = type
        self.isDerived = isDerived
        self.range = range
        storedData = DataBox.make(data)
    }

    /// Merges `other` into ``data`` (``DataValue/merge(_:)``), skipping the unboxing and reboxing when both are empty
    /// (the merge would leave no data). O(size of `other`) plus the merge's own cost.
    mutating func mergeData(_ other: DataValue) {
        if storedData == nil, case .object(let entries) = other, entries.isEmpty { return }
        data.merge(other)
    }

    /// A derived relation (``isDerived``) without range or data; the same as the public initializer with those
    /// arguments, without copying an empty range and data in.
    init(derived id: RelationID, from: NodeID, to: NodeID, type: RelationType, inference: Int?) {
        storedID = Int32(truncatingIfNeeded: id.index)
        storedFrom = Int32(truncatingIfNeeded: from.index)
        storedTo = Int32(truncatingIfNeeded: to.index)
        storedInference = Self.store(inference)
        self.type = type
        isDerived = true
        range = nil
        storedData = nil
    }

    private static func store(_ inference: Int?) -> Int32 {
        guard let inference else { return .min }
        return max(Int32(clamping: inference), .min + 1)
    }

    /// Relations are equal when every public field is.
    public static func == (lhs: Relation, rhs: Relation) -> Bool {
        lhs.storedID == rhs.storedID && lhs.storedFrom == rhs.storedFrom && lhs.storedTo == rhs.storedTo
            && lhs.storedInference == rhs.storedInference && lhs.type == rhs.type && lhs.isDerived == rhs.isDerived
            && lhs.range == rhs.range && (lhs.storedData === rhs.storedData || lhs.data == rhs.data)
    }

    /// Hashes every public field.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(from)
        hasher.combine(to)
        hasher.combine(type)
        hasher.combine(inference)
        hasher.combine(isDerived)
        hasher.combine(range)
        hasher.combine(data)
    }

    private enum CodingKeys: String, CodingKey { case id, from, to, type, inference, isDerived, range, data }

    /// Decodes the fields by name, as the synthesized conformance of the uncompacted struct did.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try c.decode(RelationID.self, forKey: .id), from: try c.decode(NodeID.self, forKey: .from),
            to: try c.decode(NodeID.self, forKey: .to), type: try c.decode(RelationType.self, forKey: .type),
            inference: try c.decodeIfPresent(Int.self, forKey: .inference),
            isDerived: try c.decode(Bool.self, forKey: .isDerived),
            range: try c.decodeIfPresent(SourceRange.self, forKey: .range), data: try c.decode(DataValue.self, forKey: .data))
    }

    /// Encodes the fields by name, as the synthesized conformance of the uncompacted struct did.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(from, forKey: .from)
        try c.encode(to, forKey: .to)
        try c.encode(type, forKey: .type)
        try c.encodeIfPresent(inference, forKey: .inference)
        try c.encode(isDerived, forKey: .isDerived)
        try c.encodeIfPresent(range, forKey: .range)
        try c.encode(data, forKey: .data)
    }
}
