import ArgumentModel

/// One loaded input: where it came from, its text (for diagnostics' source excerpts) and what the reader built.
public struct LoadedInput: Sendable {
    /// The path as the user typed it (`-` for standard input; a brat essay is named by its `.ann`).
    public var path: String
    /// The text that was read (nil for binary or multi-file formats).
    public var text: String?
    /// The reader's graph and diagnostics.
    public var result: ReadResult
    /// The format it was read in (nil when the caller built the input itself).
    public var format: InputFormat?

    /// An input read from `path`.
    public init(path: String, text: String?, result: ReadResult, format: InputFormat? = nil) {
        self.path = path
        self.text = text
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
