/// The two kinds of node in an argument map.
public enum NodeKind: String, Hashable, Sendable, Codable, CaseIterable {
    /// A claim: an Argdown equivalence class of statements sharing one title (`[Title]`).
    case statement
    /// An argument (`<Title>`), optionally reconstructed as a premise-conclusion structure.
    case argument
}

/// What an occurrence of a node in the source is.
public enum OccurrenceRole: String, Hashable, Sendable, Codable {
    /// `[T]: text` / `<T>: text`: a title with text.
    case definition
    /// `[T]` / `<T>` alone: refers to the node, adds no text.
    case reference
    /// An untitled statement or argument (text only).
    case untitled
    /// A numbered statement inside a premise-conclusion structure.
    case pcsMember
    /// Created by a reader of another format (AIF, brat, ...), not from Argdown text.
    case imported
}

/// Where an occurrence outside a premise-conclusion structure stands in an Argdown document (Argdown's member roles
/// `top-level-statement` and `relation-statement`).
public enum OccurrenceContext: String, Hashable, Sendable, Codable {
    /// A top-level element: a paragraph of its own (or a list item), the root of a relation tree.
    case topLevel
    /// The statement or argument of a relation line (`+ [A]`, `-> <B>`).
    case relation
}

/// One place where a node occurs in the source (a member of the equivalence class).
///
/// Stored compactly (a large map holds millions, each copied once from the reader's list into its node): the tags,
/// data and inline ranges, empty at most occurrences, share one optional box (`OccurrenceExtras`), so an
/// occurrence is 72 bytes instead of 112 and a copy retains at most three references.
public struct Occurrence: Hashable, Sendable, Codable {
    /// The text written at this occurrence (nil for a bare reference).
    public var text: String?
    /// Where it stands.
    public var range: SourceRange?
    /// Tags, data and ranges; nil when all three are empty. Usable from inlinable code: the initializer is inlined
    /// into the readers, which then build each occurrence in place (called across the module boundary, it built
    /// one in a temporary and copied it out, retaining and releasing every reference: 4% of reading a large map).
    @usableFromInline var extras: OccurrenceExtras?
    /// How the node occurs here.
    public var role: OccurrenceRole
    /// Top level or relation line, when read from Argdown (nil inside a pcs and for other formats).
    public var context: OccurrenceContext?

    /// Tags written on this occurrence.
    public var tags: [String] {
        get { extras?.tags ?? [] }
        set { change { $0.tags = newValue } }
    }
    /// The data block written right after this occurrence.
    public var data: DataValue {
        get { extras?.data ?? .empty }
        set { change { $0.data = newValue } }
    }
    /// Inline formatting of `text` (bold, italic, links, tags, mentions).
    public var ranges: [TextRange] {
        get { extras?.ranges ?? [] }
        set { change { $0.ranges = newValue } }
    }

    /// The box of tags, data and ranges (nil when all three are empty), for readers within the package that need
    /// all three: one access instead of three getters, each of which retained the box and copied its part out.
    @inlinable package var extrasBox: OccurrenceExtras? { extras }

    /// Calls `body` with the tags, data and ranges of ``extrasBox`` read in place (empty when the occurrence has
    /// none): each of their getters copies its part, retaining its storage, which writers reading every occurrence
    /// pay millions of times.
    @inlinable
    package func withExtras(_ body: (_ tags: [String], _ data: DataValue, _ ranges: [TextRange]) -> Void) {
        if let extras { body(extras.tags, extras.data, extras.ranges) } else { body([], .empty, []) }
    }

    /// Creates an occurrence.
    @inlinable
    public init(
        role: OccurrenceRole, text: String? = nil, range: SourceRange? = nil, tags: [String] = [], data: DataValue = .empty,
        context: OccurrenceContext? = nil, ranges: [TextRange] = []
    ) {
        self.role = role
        self.text = text
        self.range = range
        self.context = context
        self.extras = OccurrenceExtras.make(tags: tags, data: data, ranges: ranges)
    }

    /// Applies `body` to a copy of the extras and keeps the result (nil again when everything is empty).
    private mutating func change(_ body: (inout (tags: [String], data: DataValue, ranges: [TextRange])) -> Void) {
        var parts = (tags: tags, data: data, ranges: ranges)
        body(&parts)
        extras = OccurrenceExtras.make(tags: parts.tags, data: parts.data, ranges: parts.ranges)
    }

    /// Occurrences are equal when every public field is.
    public static func == (lhs: Occurrence, rhs: Occurrence) -> Bool {
        lhs.role == rhs.role && lhs.text == rhs.text && lhs.range == rhs.range && lhs.context == rhs.context
            && (lhs.extras === rhs.extras || (lhs.tags == rhs.tags && lhs.data == rhs.data && lhs.ranges == rhs.ranges))
    }

    /// Hashes every public field.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(role)
        hasher.combine(text)
        hasher.combine(range)
        hasher.combine(tags)
        hasher.combine(data)
        hasher.combine(context)
        hasher.combine(ranges)
    }

    private enum CodingKeys: String, CodingKey { case role, text, range, tags, data, context, ranges }

    /// Decodes the fields by name, as the synthesized conformance of the uncompacted struct did.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            role: try c.decode(OccurrenceRole.self, forKey: .role), text: try c.decodeIfPresent(String.self, forKey: .text),
            range: try c.decodeIfPresent(SourceRange.self, forKey: .range), tags: try c.decode([String].self, forKey: .tags),
            data: try c.decode(DataValue.self, forKey: .data),
            context: try c.decodeIfPresent(OccurrenceContext.self, forKey: .context),
            ranges: try c.decode([TextRange].self, forKey: .ranges))
    }

    /// Encodes the fields by name, as the synthesized conformance of the uncompacted struct did.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(role, forKey: .role)
        try c.encodeIfPresent(text, forKey: .text)
        try c.encodeIfPresent(range, forKey: .range)
        try c.encode(tags, forKey: .tags)
        try c.encode(data, forKey: .data)
        try c.encodeIfPresent(context, forKey: .context)
        try c.encode(ranges, forKey: .ranges)
    }
}

/// The rarely used parts of an ``Occurrence``, boxed so that an occurrence without them stores one nil reference.
/// Immutable: a change makes a new box, so copies of an occurrence never share a change.
@usableFromInline
package final class OccurrenceExtras: Sendable {
    /// Tags written on the occurrence.
    @usableFromInline package let tags: [String]
    /// The data block written right after it.
    @usableFromInline package let data: DataValue
    /// Inline formatting of its text.
    @usableFromInline package let ranges: [TextRange]

    private init(tags: consuming [String], data: consuming DataValue, ranges: consuming [TextRange]) {
        self.tags = tags
        self.data = data
        self.ranges = ranges
    }

    /// A box for the parts, or nil when all are empty (`data` exactly ``DataValue/empty``, not `null`). Takes the
    /// parts, so that boxing them retains nothing.
    @usableFromInline
    static func make(tags: consuming [String], data: consuming DataValue, ranges: consuming [TextRange]) -> OccurrenceExtras? {
        if tags.isEmpty && ranges.isEmpty, case .object(let dict) = data, dict.isEmpty { return nil }
        return OccurrenceExtras(tags: tags, data: data, ranges: ranges)
    }
}

/// The role of a statement inside a premise-conclusion structure.
public enum PCSRole: String, Hashable, Sendable, Codable {
    case premise
    /// A conclusion that is not the last statement.
    case intermediaryConclusion
    /// The last statement.
    case mainConclusion
}

/// A numbered statement `(n) ...` of a premise-conclusion structure.
public struct PCSStatement: Hashable, Sendable, Codable {
    /// The number written in the source (`(3)` → 3).
    public var number: Int
    /// The statement class (node) this line belongs to.
    public var statement: NodeID
    /// Premise, intermediary or main conclusion.
    public var role: PCSRole
    /// Where the line stands.
    public var range: SourceRange?

    /// Creates a pcs statement.
    public init(number: Int, statement: NodeID, role: PCSRole, range: SourceRange? = nil) {
        self.number = number
        self.statement = statement
        self.role = role
        self.range = range
    }
}

/// An inference line of a premise-conclusion structure (`----`, `-- rule --`, or a multi-line inference).
public struct Inference: Hashable, Sendable, Codable {
    /// Names of the inference rules (`-- Modus ponens, Generalisation --`), empty for a plain `----`.
    public var rules: [String]
    /// The inference's data block, when it has one.
    public var data: DataValue
    /// Where the inference stands.
    public var range: SourceRange?

    /// Creates an inference.
    public init(rules: [String] = [], data: DataValue = .empty, range: SourceRange? = nil) {
        self.rules = rules
        self.data = data
        self.range = range
    }
}

/// One step of a premise-conclusion structure, in source order.
public enum PCSStep: Hashable, Sendable, Codable {
    case statement(PCSStatement)
    case inference(Inference)
}

/// A reconstructed argument: numbered premises, inference lines and conclusions, in order.
public struct PremiseConclusionStructure: Hashable, Sendable, Codable {
    /// Every statement and inference line, in source order.
    public var steps: [PCSStep]

    /// Creates a pcs from its steps.
    public init(steps: [PCSStep]) { self.steps = steps }

    /// The numbered statements, in order.
    public var statements: [PCSStatement] {
        steps.compactMap { if case .statement(let s) = $0 { s } else { nil } }
    }

    /// The inference lines, in order. Undercuts name one of these by its index.
    public var inferences: [Inference] {
        steps.compactMap { if case .inference(let i) = $0 { i } else { nil } }
    }

    /// Calls `body` with the node and role of each numbered statement, in order, without building the array
    /// ``statements`` builds. O(steps).
    public func forEachStatement(_ body: (NodeID, PCSRole) throws -> Void) rethrows {
        for k in steps.indices {
            if case .statement(let s) = steps[k] { try body(s.statement, s.role) }
        }
    }

    /// The number of inference lines: ``inferences``' count, without building that array. O(steps).
    public var inferenceCount: Int {
        var count = 0
        for k in steps.indices {
            if case .inference = steps[k] { count += 1 }
        }
        return count
    }

    /// The statements with role ``PCSRole/premise``.
    public var premises: [NodeID] { statements.filter { $0.role == .premise }.map(\.statement) }

    /// The last statement: the main conclusion.
    public var mainConclusion: NodeID? { statements.last(where: { $0.role == .mainConclusion })?.statement }
}

/// A node of the argument graph: a statement (claim) or an argument.
///
/// Stored compactly (a large map holds millions; 88 bytes instead of 128): the id and section in 32 bits each, the
/// data, empty on most nodes, boxed.
public struct Node: Hashable, Sendable, Codable {
    private var storedID: Int32
    /// The section's index, or `Int32.min` for none.
    @usableFromInline var storedSection: Int32
    /// The title without brackets. Unique per kind; untitled nodes get `Untitled N`.
    public var title: String
    /// The canonical text (the last definition's, or the one marked `isCanonical: true`); nil when never defined.
    public var text: String?
    /// Tags, the union over all occurrences in first-occurrence order.
    public var tags: [String]
    /// The premise-conclusion structure of a reconstructed argument.
    public var pcs: PremiseConclusionStructure?
    /// Every occurrence, in source order.
    public var occurrences: [Occurrence]
    /// Inline formatting of `text` (bold, italic, links, tags, mentions); whoever changes `text` keeps it in step
    /// (renderers ignore ranges that do not fit the text).
    public var ranges: [TextRange]
    /// The data when it is not ``DataValue/empty``.
    @usableFromInline var storedData: DataBox?
    /// Statement or argument.
    public var kind: NodeKind
    /// Whether the title was generated (`Untitled N`) rather than written.
    public var isUntitled: Bool

    /// Dense index of this node.
    public var id: NodeID {
        get { NodeID(Int(storedID)) }
        set { storedID = Int32(truncatingIfNeeded: newValue.index) }
    }
    /// The deep-merged data of all occurrences (later wins).
    public var data: DataValue {
        get { storedData?.value ?? .empty }
        set { storedData = DataBox.make(newValue) }
    }
    /// Calls `body` with ``data`` read in place (its getter copies it, retaining its storage).
    @inlinable
    package func withData(_ body: (DataValue) -> Void) {
        if let storedData { body(storedData.value) } else { body(.empty) }
    }
    /// The section of the node's first text-bearing occurrence (an argument: where its pcs stands).
    public var section: SectionID? {
        @inlinable get { storedSection == .min ? nil : SectionID(Int(storedSection)) }
        set { storedSection = Self.store(newValue) }
    }

    /// Creates a node.
    public init(
        id: NodeID, kind: NodeKind, title: String, text: String? = nil, isUntitled: Bool = false,
        tags: [String] = [], data: DataValue = .empty, section: SectionID? = nil,
        pcs: PremiseConclusionStructure? = nil, occurrences: [Occurrence] = [], ranges: [TextRange] = []
    ) {
        storedID = Int32(truncatingIfNeeded: id.index)
        storedSection = Self.store(section)
        self.kind = kind
        self.title = title
        self.text = text
        self.isUntitled = isUntitled
        self.tags = tags
        storedData = DataBox.make(data)
        self.pcs = pcs
        self.occurrences = occurrences
        self.ranges = ranges
    }

    private static func store(_ section: SectionID?) -> Int32 {
        guard let section else { return .min }
        return max(Int32(truncatingIfNeeded: section.index), .min + 1)
    }

    /// Nodes are equal when every public field is.
    public static func == (lhs: Node, rhs: Node) -> Bool {
        lhs.storedID == rhs.storedID && lhs.kind == rhs.kind && lhs.title == rhs.title && lhs.text == rhs.text
            && lhs.isUntitled == rhs.isUntitled && lhs.tags == rhs.tags
            && (lhs.storedData === rhs.storedData || lhs.data == rhs.data) && lhs.storedSection == rhs.storedSection
            && lhs.pcs == rhs.pcs && lhs.occurrences == rhs.occurrences && lhs.ranges == rhs.ranges
    }

    /// Hashes every public field.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(kind)
        hasher.combine(title)
        hasher.combine(text)
        hasher.combine(isUntitled)
        hasher.combine(tags)
        hasher.combine(data)
        hasher.combine(section)
        hasher.combine(pcs)
        hasher.combine(occurrences)
        hasher.combine(ranges)
    }

    private enum CodingKeys: String, CodingKey {
        case id, kind, title, text, isUntitled, tags, data, section, pcs, occurrences, ranges
    }

    /// Decodes the fields by name, as the synthesized conformance of the uncompacted struct did.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try c.decode(NodeID.self, forKey: .id), kind: try c.decode(NodeKind.self, forKey: .kind),
            title: try c.decode(String.self, forKey: .title), text: try c.decodeIfPresent(String.self, forKey: .text),
            isUntitled: try c.decode(Bool.self, forKey: .isUntitled), tags: try c.decode([String].self, forKey: .tags),
            data: try c.decode(DataValue.self, forKey: .data),
            section: try c.decodeIfPresent(SectionID.self, forKey: .section),
            pcs: try c.decodeIfPresent(PremiseConclusionStructure.self, forKey: .pcs),
            occurrences: try c.decode([Occurrence].self, forKey: .occurrences),
            ranges: try c.decode([TextRange].self, forKey: .ranges))
    }

    /// Encodes the fields by name, as the synthesized conformance of the uncompacted struct did.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(kind, forKey: .kind)
        try c.encode(title, forKey: .title)
        try c.encodeIfPresent(text, forKey: .text)
        try c.encode(isUntitled, forKey: .isUntitled)
        try c.encode(tags, forKey: .tags)
        try c.encode(data, forKey: .data)
        try c.encodeIfPresent(section, forKey: .section)
        try c.encodeIfPresent(pcs, forKey: .pcs)
        try c.encode(occurrences, forKey: .occurrences)
        try c.encode(ranges, forKey: .ranges)
    }

    /// The range of the first occurrence with text, else the first occurrence.
    public var range: SourceRange? {
        (occurrences.first(where: { $0.text != nil && $0.range != nil }) ?? occurrences.first(where: { $0.range != nil }))?.range
    }

    /// `[Title]` for statements, `<Title>` for arguments.
    public var bracketedTitle: String {
        kind == .statement ? "[\(title)]" : "<\(title)>"
    }

    /// The `quote` data value (argmap's grounding quote), if any.
    public var quote: String? { data["quote"]?.stringValue }
}
