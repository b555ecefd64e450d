import ArgumentModel

/// One loaded input: where it came from, its text (for diagnostics' source excerpts) and what the reader built.
public struct LoadedInput: Sendable {
    /// The path as the user typed it (`-` for standard input; a brat essay is named by its `.ann`).
    public var path: String
    /// The text that was read (nil for binary or multi-file formats). An input kept as its bytes (an Argdown file,
    /// whose reader reads bytes: ``init(path:bytes:result:format:)``) decodes them on each access, in O(size):
    /// a large map is then held once while it is read, and its text is made only when something asks for it (the
    /// excerpts of diagnostics, say).
    public var text: String? {
        get {
            switch content {
            case .none: nil
            case .text(let text): text
            case .bytes(let bytes): MapLoader.text(of: bytes)
            }
        }
        set { content = newValue.map(Content.text) ?? .none }
    }
    /// The reader's graph and diagnostics.
    public var result: ReadResult
    /// The format it was read in (nil when the caller built the input itself).
    public var format: InputFormat?

    /// What was read, as it is kept.
    private enum Content: Sendable {
        case none
        case text(String)
        case bytes([UInt8])
    }

    private var content: Content

    /// An input read from `path`.
    public init(path: String, text: String?, result: ReadResult, format: InputFormat? = nil) {
        self.path = path
        content = text.map(Content.text) ?? .none
        self.result = result
        self.format = format
    }

    /// An input read from `path` whose text is kept as the `bytes` that were read (``text`` decodes them).
    public init(path: String, bytes: [UInt8], result: ReadResult, format: InputFormat? = nil) {
        self.path = path
        content = .bytes(bytes)
        self.result = result
        self.format = format
    }
}

/// Why an input could not be read at all (as opposed to diagnostics about its contents): a missing file, a
/// folder where a file was expected, a file whose format cannot be told.
public struct InputError: Error, CustomStringConvertible, Sendable {
    /// A sentence for the user, starting with the path.
    public var description: String

    /// An error with the sentence to show.
    public init(description: String) { self.description = description }
}
