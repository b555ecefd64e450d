import ArgumentModel
import Collections
import Yams

/// A flat YAML mapping (a settings file such as a grading rubric) read entry by entry, each with the place of its
/// key and value, so a program that rejects an entry can say `file:line:column`. Values are typed by YAML 1.2's
/// core schema, as in data blocks (`DataValue`).
public struct YAMLEntries: Sendable {
    /// One `key: value` line.
    public struct Entry: Sendable {
        /// The key (an empty string for a non-scalar key).
        public var key: String
        /// The value.
        public var value: DataValue
        /// 1-based line and column of the key.
        public var keyLine: Int, keyColumn: Int
        /// 1-based line and column of the value.
        public var valueLine: Int, valueColumn: Int
    }

    /// Why a text is not a flat mapping.
    public enum Failure: Error, Sendable {
        /// Not YAML at all; the YAML reader's own words.
        case invalid(String)
        /// YAML, but not a mapping; the 1-based place of the document.
        case notAMapping(line: Int, column: Int)
        /// A value expands to more than the data-block limit of values (aliases repeat data).
        case tooLarge(line: Int, column: Int)
    }

    /// The entries in document order; empty for an empty document.
    public let entries: [Entry]
    /// Whether the document was empty (no mapping at all).
    public let isEmpty: Bool

    /// Reads `text`. Complexity: O(length of the text + values produced).
    public init(_ text: String) throws(Failure) {
        let node: Yams.Node?
        do {
            node = try Yams.compose(yaml: text, .basic, .default, .utf8)
        } catch {
            throw .invalid("\(error)")
        }
        guard let node else {
            entries = []
            isEmpty = true
            return
        }
        guard let mapping = node.mapping else { throw .notAMapping(line: node.mark?.line ?? 1, column: node.mark?.column ?? 1) }
        var budget = YAMLData.maxValues
        var entries: [Entry] = []
        for (key, value) in mapping {
            guard let converted = YAMLData.convert(value, budget: &budget, depth: 1) else {
                throw .tooLarge(line: value.mark?.line ?? 1, column: value.mark?.column ?? 1)
            }
            entries.append(Entry(
                key: key.string ?? "", value: converted, keyLine: key.mark?.line ?? 1, keyColumn: key.mark?.column ?? 1,
                valueLine: value.mark?.line ?? 1, valueColumn: value.mark?.column ?? 1))
        }
        self.entries = entries
        isEmpty = false
    }

    /// The entries as one `DataValue` object (a later duplicate key replaces an earlier one's value).
    public var value: DataValue {
        var object = OrderedDictionary<String, DataValue>()
        for entry in entries { object[entry.key] = entry.value }
        return .object(object)
    }
}
