/// A heading of the document (`# Title`, `## Title`, ...). Sections that are groups become clusters in maps.
public struct Section: Hashable, Sendable, Codable {
    /// Dense index of this section.
    public var id: SectionID
    /// The heading text (tags removed).
    public var title: String
    /// Heading level: 1 for `#`, 2 for `##`, ...
    public var level: Int
    /// The enclosing section.
    public var parent: SectionID?
    /// Whether this section is a group (cluster): `isGroup: true` in its data, or by `groupDepth`.
    public var isGroup: Bool
    /// Tags on the heading.
    public var tags: [String]
    /// The heading's data block.
    public var data: DataValue
    /// Where the heading stands.
    public var range: SourceRange?

    /// Creates a section.
    public init(
        id: SectionID, title: String, level: Int, parent: SectionID? = nil, isGroup: Bool = true,
        tags: [String] = [], data: DataValue = .empty, range: SourceRange? = nil
    ) {
        self.id = id
        self.title = title
        self.level = level
        self.parent = parent
        self.isGroup = isGroup
        self.tags = tags
        self.data = data
        self.range = range
    }
}

/// How relations between statements are read (Argdown's `model: {mode: ...}`).
public enum ModelMode: String, Hashable, Sendable, Codable {
    /// Argdown's default: statement-to-statement support and attack stay support and attack.
    case loose
    /// Statement-to-statement support becomes ``RelationType/entails``, attack becomes ``RelationType/contrary``.
    case strict
}
