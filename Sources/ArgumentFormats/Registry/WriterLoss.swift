import ArgumentModel

/// One kind of information a writer cannot carry into its format, with how many items of the graph it concerns.
/// Every writer declares its losses (``MapTextFormat/losses(_:)``), so nothing is dropped silently.
public struct WriterLoss: Sendable, Hashable {
    /// A stable code (`aif-tags-dropped`), for scripts and `--strict-losses`.
    public var code: String
    /// How many items are concerned (nodes, relations, sections ...).
    public var count: Int
    /// What happens to them, as a phrase that follows the count: "tags not written (AIF has no tags)".
    public var what: String

    /// A loss of `count` items.
    public init(code: String, count: Int, what: String) {
        self.code = code
        self.count = count
        self.what = what
    }

    /// The line a command prints: `AIF → Argdown: 12 rephrase relations kept as data [code]`.
    public func summary(from source: String, to target: String) -> String {
        "\(source) → \(target): \(count) \(what) [\(code)]"
    }
}
