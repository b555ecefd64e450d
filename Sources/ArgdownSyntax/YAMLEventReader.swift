import ArgumentModel
import CYaml
import Collections

/// The fast path of ``YAMLData``: turns YAML straight into a `DataValue` from libyaml's event stream (the C
/// parser Yams vendors as `CYaml`), without building Yams' node tree.
///
/// It reads the YAML that maps actually use — flow and block mappings and sequences of untagged scalars — and gives
/// up (nil) on everything whose meaning needs the full composer: anchors, aliases, explicit tags, non-scalar or
/// repeated keys, several documents, more than ``YAMLData/maxValues`` values, nesting deeper than
/// 4 × ``YAMLData/maxDepth``, and any syntax error. ``YAMLData/parse(_:)`` then reads the text with Yams, so
/// results and error messages are Yams' in those cases. Scalars are typed by the same core-schema rules
/// (``YAMLData/coreValue(_:)``): plain scalars are resolved, every other style is a string.
/// Complexity: O(length of the YAML + values produced); no recursion.
enum YAMLEventReader {
    /// One open collection: its values (and a mapping's keys) are the ones gathered since `valueStart`
    /// (`keyStart`) in the reader's flat lists, which are built into the collection when it ends (no dictionary is
    /// grown entry by entry or copied in and out of a stack).
    fileprivate struct Frame {
        var isMapping: Bool
        var valueStart: Int
        var keyStart: Int
    }

    /// The reader's working lists, kept by a caller that reads many texts (``YAMLCache``), so that each text does
    /// not allocate and free its own three lists. Empty between reads.
    struct Scratch {
        fileprivate var stack: [Frame] = []
        fileprivate var keys: [String] = []
        fileprivate var values: [DataValue] = []

        /// Empty lists with room for a typical data block, so they do not grow one step at a time.
        init() {
            stack.reserveCapacity(4)
            keys.reserveCapacity(8)
            values.reserveCapacity(8)
        }
    }

    /// The value of the YAML in `bytes`, or nil when the fast path does not apply (see the type's description).
    /// An empty stream is `DataValue/empty`.
    static func read(_ bytes: UnsafeBufferPointer<UInt8>) -> DataValue? {
        var scratch = Scratch()
        return read(bytes, scratch: &scratch)
    }

    /// ``read(_:)`` with the working lists of `scratch` (left empty, their room kept).
    static func read(_ bytes: UnsafeBufferPointer<UInt8>, scratch: inout Scratch) -> DataValue? {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return nil }
        defer { yaml_parser_delete(&parser) }
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
        defer {
            scratch.stack.removeAll(keepingCapacity: true)
            scratch.keys.removeAll(keepingCapacity: true)
            scratch.values.removeAll(keepingCapacity: true)
        }
        // libyaml reads `size` bytes from the pointer; an empty buffer needs a valid (unused) address.
        var zero: UInt8 = 0
        return withUnsafePointer(to: &zero) { fallback in
            yaml_parser_set_input_string(&parser, bytes.baseAddress ?? fallback, bytes.count)
            return readStream(&parser, &scratch.stack, &scratch.keys, &scratch.values)
        }
    }

    private static func readStream(
        _ parser: inout yaml_parser_t, _ stack: inout [Frame], _ keys: inout [String], _ values: inout [DataValue]
    ) -> DataValue? {
        var event = yaml_event_t()
        var root: DataValue?
        var budget = YAMLData.maxValues
        var documents = 0
        while true {
            guard yaml_parser_parse(&parser, &event) == 1 else { return nil }
            defer { yaml_event_delete(&event) }
            var value: DataValue?
            switch event.type {
            case YAML_STREAM_START_EVENT, YAML_DOCUMENT_END_EVENT:
                continue
            case YAML_DOCUMENT_START_EVENT:
                documents += 1
                if documents > 1 { return nil }
                continue
            case YAML_STREAM_END_EVENT:
                return documents == 0 ? .empty : root
            case YAML_SCALAR_EVENT:
                let scalar = event.data.scalar
                guard scalar.anchor == nil, scalar.tag == nil else { return nil }
                let text = String(decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self)
                if awaitsKey(stack, keys.count, values.count) {
                    // A key: a plain or quoted scalar (repeated keys are found when the mapping ends).
                    keys.append(text)
                    continue
                }
                value = scalar.style == YAML_PLAIN_SCALAR_STYLE ? YAMLData.coreResolved(text) ?? .string(text) : .string(text)
            case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                let isMapping = event.type == YAML_MAPPING_START_EVENT
                let anchor = isMapping ? event.data.mapping_start.anchor : event.data.sequence_start.anchor
                let tag = isMapping ? event.data.mapping_start.tag : event.data.sequence_start.tag
                // Complex keys (a collection in a key's place) need Yams.
                guard anchor == nil, tag == nil, !awaitsKey(stack, keys.count, values.count) else { return nil }
                stack.append(Frame(isMapping: isMapping, valueStart: values.count, keyStart: keys.count))
            case YAML_SEQUENCE_END_EVENT:
                guard let top = stack.popLast(), !top.isMapping else { return nil }
                value = .array(Array(values[top.valueStart...]))
                drop(&values, to: top.valueStart)
            case YAML_MAPPING_END_EVENT:
                guard let top = stack.popLast(), top.isMapping, keys.count - top.keyStart == values.count - top.valueStart
                else { return nil }
                var dict = OrderedDictionary<String, DataValue>(minimumCapacity: keys.count - top.keyStart)
                for (key, item) in zip(keys[top.keyStart...], values[top.valueStart...]) {
                    // Each key at most once per mapping.
                    guard dict.updateValue(item, forKey: key) == nil else { return nil }
                }
                drop(&keys, to: top.keyStart)
                drop(&values, to: top.valueStart)
                value = .object(dict)
            default:
                // Aliases (and anything unknown) need the composer.
                return nil
            }
            if stack.count > 4 * YAMLData.maxDepth { return nil }
            guard let value else { continue }
            budget -= 1
            if budget < 0 { return nil }
            if stack.isEmpty {
                root = value
            } else {
                values.append(value)
            }
        }
    }

    /// Shortens `list` to `count` items, one at a time (a collection holds a few; removing a range goes through the
    /// general `replaceSubrange`, several hundred instructions per call).
    private static func drop<T>(_ list: inout [T], to count: Int) {
        while list.count > count { list.removeLast() }
    }

    /// Whether the innermost collection is a mapping waiting for a key.
    private static func awaitsKey(_ stack: [Frame], _ keyCount: Int, _ valueCount: Int) -> Bool {
        guard let top = stack.last, top.isMapping else { return false }
        return keyCount - top.keyStart == valueCount - top.valueStart
    }
}
