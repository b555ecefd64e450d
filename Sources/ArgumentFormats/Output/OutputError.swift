import Foundation

/// A failure to write output (``OutputWriter``): `path: what (system reason)`, for example
/// `out/map.svg: the folder out does not exist` or `map.svg: cannot be written (No space left on device)`.
public struct OutputError: Error, CustomStringConvertible, Sendable {
    /// The message: what was written to, what went wrong and, when the system said, why.
    public var description: String

    /// A failure saying `description`.
    public init(_ description: String) { self.description = description }

    /// A failure writing `shown`: `shown: what`, with the system's text for `errno` in parentheses when given.
    public init(_ shown: String, _ what: String, errno code: Int32? = nil) {
        let reason = code.map { " (\(String(cString: strerror($0))))" } ?? ""
        description = "\(shown): \(what)\(reason)"
    }
}
