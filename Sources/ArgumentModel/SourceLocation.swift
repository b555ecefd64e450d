/// A position in a source text: 1-based line and column (columns count Unicode scalars), plus the
/// 0-based UTF-8 byte offset from the start of the text.
public struct SourcePosition: Hashable, Comparable, Sendable, Codable {
    /// 1-based line number.
    public var line: Int
    /// 1-based column, counted in Unicode scalars (a tab counts as one).
    public var column: Int
    /// 0-based UTF-8 byte offset of the position.
    public var offset: Int

    /// Creates a position.
    public init(line: Int, column: Int, offset: Int) {
        self.line = line
        self.column = column
        self.offset = offset
    }

    /// Positions order by byte offset.
    public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool { lhs.offset < rhs.offset }
}

/// A half-open range `[start, end)` in one source file.
public struct SourceRange: Hashable, Sendable, Codable {
    /// The file's path as the user named it (`-` or `nil` for standard input / in-memory text).
    public var file: String?
    /// First position of the range.
    public var start: SourcePosition
    /// Position just past the range.
    public var end: SourcePosition

    /// Creates a range.
    public init(file: String?, start: SourcePosition, end: SourcePosition) {
        self.file = file
        self.start = start
        self.end = end
    }

    /// A zero-width range at `position`.
    public init(file: String?, at position: SourcePosition) {
        self.init(file: file, start: position, end: position)
    }

    /// `file:line:column` of the start, the way compilers print locations.
    public var description: String {
        "\(file ?? "<input>"):\(start.line):\(start.column)"
    }
}
