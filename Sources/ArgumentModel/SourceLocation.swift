/// A position in a source text: 1-based line and column (columns count Unicode scalars), plus the
/// 0-based UTF-8 byte offset from the start of the text.
///
/// Stored in 32-bit fields (a reader keeps two positions per occurrence and relation, millions in a large map);
/// values beyond their range (offsets past 2 GiB) are clamped.
public struct SourcePosition: Hashable, Comparable, Sendable, Codable {
    private var storedLine: Int32
    private var storedColumn: Int32
    private var storedOffset: Int32

    /// 1-based line number.
    public var line: Int {
        get { Int(storedLine) }
        set { storedLine = Int32(clamping: newValue) }
    }
    /// 1-based column, counted in Unicode scalars (a tab counts as one).
    public var column: Int {
        get { Int(storedColumn) }
        set { storedColumn = Int32(clamping: newValue) }
    }
    /// 0-based UTF-8 byte offset of the position.
    public var offset: Int {
        get { Int(storedOffset) }
        set { storedOffset = Int32(clamping: newValue) }
    }

    /// Creates a position.
    public init(line: Int, column: Int, offset: Int) {
        storedLine = Int32(clamping: line)
        storedColumn = Int32(clamping: column)
        storedOffset = Int32(clamping: offset)
    }

    private enum CodingKeys: String, CodingKey { case line, column, offset }

    /// Decodes `{"line": ..., "column": ..., "offset": ...}`.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            line: try c.decode(Int.self, forKey: .line), column: try c.decode(Int.self, forKey: .column),
            offset: try c.decode(Int.self, forKey: .offset))
    }

    /// Encodes `{"line": ..., "column": ..., "offset": ...}`.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(line, forKey: .line)
        try c.encode(column, forKey: .column)
        try c.encode(offset, forKey: .offset)
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
