import ArgumentModel
import Collections

/// The ordered object type of `DataValue` (keys keep their order in the JSON written).
typealias OrderedDataObject = OrderedDictionary<String, DataValue>

/// A place in a document: its URI and an ``LSPRange``.
public struct LSPLocation: Hashable, Sendable {
    /// The document.
    public var uri: String
    /// The range in it.
    public var range: LSPRange

    /// `{"uri": ..., "range": ...}`.
    public var dataValue: DataValue { .object(["uri": .string(uri), "range": range.dataValue]) }
}

/// An edit of a text document: replace `range` with `newText`.
struct LSPTextEdit {
    var range: LSPRange
    var newText: String

    /// `{"range": ..., "newText": ...}`.
    var dataValue: DataValue { .object(["range": range.dataValue, "newText": .string(newText)]) }
}
