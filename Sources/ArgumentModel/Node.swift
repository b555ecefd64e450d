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
public struct Occurrence: Hashable, Sendable, Codable {
    /// How the node occurs here.
    public var role: OccurrenceRole
    /// The text written at this occurrence (nil for a bare reference).
    public var text: String?
    /// Where it stands.
    public var range: SourceRange?
    /// Tags written on this occurrence.
    public var tags: [String]
    /// The data block written right after this occurrence.
    public var data: DataValue
    /// Top level or relation line, when read from Argdown (nil inside a pcs and for other formats).
    public var context: OccurrenceContext?
    /// Inline formatting of `text` (bold, italic, links, tags, mentions).
    public var ranges: [TextRange]

    /// Creates an occurrence.
    public init(
        role: OccurrenceRole, text: String? = nil, range: SourceRange? = nil, tags: [String] = [], data: DataValue = .empty,
        context: OccurrenceContext? = nil, ranges: [TextRange] = []
    ) {
        self.role = role
        self.text = text
        self.range = range
        self.tags = tags
        self.data = data
        self.context = context
        self.ranges = ranges
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

    /// The statements with role ``PCSRole/premise``.
    public var premises: [NodeID] { statements.filter { $0.role == .premise }.map(\.statement) }

    /// The last statement: the main conclusion.
    public var mainConclusion: NodeID? { statements.last(where: { $0.role == .mainConclusion })?.statement }
}

/// A node of the argument graph: a statement (claim) or an argument.
public struct Node: Hashable, Sendable, Codable {
    /// Dense index of this node.
    public var id: NodeID
    /// Statement or argument.
    public var kind: NodeKind
    /// The title without brackets. Unique per kind; untitled nodes get `Untitled N`.
    public var title: String
    /// The canonical text (the last definition's, or the one marked `isCanonical: true`); nil when never defined.
    public var text: String?
    /// Whether the title was generated (`Untitled N`) rather than written.
    public var isUntitled: Bool
    /// Tags, the union over all occurrences in first-occurrence order.
    public var tags: [String]
    /// The deep-merged data of all occurrences (later wins).
    public var data: DataValue
    /// The section of the node's first text-bearing occurrence (an argument: where its pcs stands).
    public var section: SectionID?
    /// The premise-conclusion structure of a reconstructed argument.
    public var pcs: PremiseConclusionStructure?
    /// Every occurrence, in source order.
    public var occurrences: [Occurrence]
    /// Inline formatting of `text` (bold, italic, links, tags, mentions); whoever changes `text` keeps it in step
    /// (renderers ignore ranges that do not fit the text).
    public var ranges: [TextRange]

    /// Creates a node.
    public init(
        id: NodeID, kind: NodeKind, title: String, text: String? = nil, isUntitled: Bool = false,
        tags: [String] = [], data: DataValue = .empty, section: SectionID? = nil,
        pcs: PremiseConclusionStructure? = nil, occurrences: [Occurrence] = [], ranges: [TextRange] = []
    ) {
        self.id = id
        self.kind = kind
        self.title = title
        self.text = text
        self.isUntitled = isUntitled
        self.tags = tags
        self.data = data
        self.section = section
        self.pcs = pcs
        self.occurrences = occurrences
        self.ranges = ranges
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
