import ArgumentModel
import CYaml
import Collections

/// The fast path of ``YAMLData``: turns YAML straight into a ``DataValue`` from libyaml's event stream (the C
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
    /// One open collection.
    private enum Frame {
        case sequence([DataValue])
        case mapping(OrderedDictionary<String, DataValue>, key: String?)
    }

    /// The value of the YAML in `bytes`, or nil when the fast path does not apply (see the type's description).
    /// An empty stream is ``DataValue/empty``.
    static func read(_ bytes: UnsafeBufferPointer<UInt8>) -> DataValue? {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return nil }
        defer { yaml_parser_delete(&parser) }
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
        // libyaml reads `size` bytes from the pointer; an empty buffer needs a valid (unused) address.
        let empty: [UInt8] = [0]
        return empty.withUnsafeBufferPointer { fallback in
            yaml_parser_set_input_string(&parser, bytes.baseAddress ?? fallback.baseAddress, bytes.count)
            return readStream(&parser)
        }
    }

    private static func readStream(_ parser: inout yaml_parser_t) -> DataValue? {
        var event = yaml_event_t()
        var stack: [Frame] = []
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
                if case .mapping(let dict, key: nil) = stack.last {
                    // A key: a plain or quoted scalar, each at most once per mapping.
                    guard dict[text] == nil else { return nil }
                    stack[stack.count - 1] = .mapping(dict, key: text)
                    continue
                }
                value = scalar.style == YAML_PLAIN_SCALAR_STYLE ? YAMLData.coreResolved(text) ?? .string(text) : .string(text)
            case YAML_SEQUENCE_START_EVENT:
                let start = event.data.sequence_start
                guard start.anchor == nil, start.tag == nil, isValuePosition(stack) else { return nil }
                stack.append(.sequence([]))
            case YAML_MAPPING_START_EVENT:
                let start = event.data.mapping_start
                guard start.anchor == nil, start.tag == nil, isValuePosition(stack) else { return nil }
                stack.append(.mapping([:], key: nil))
            case YAML_SEQUENCE_END_EVENT:
                guard case .sequence(let items) = stack.popLast() else { return nil }
                value = .array(items)
            case YAML_MAPPING_END_EVENT:
                guard case .mapping(let dict, key: nil) = stack.popLast() else { return nil }
                value = .object(dict)
            default:
                // Aliases (and anything unknown) need the composer.
                return nil
            }
            if stack.count > 4 * YAMLData.maxDepth { return nil }
            guard let value else { continue }
            budget -= 1
            if budget < 0 { return nil }
            switch stack.popLast() {
            case nil: root = value
            case .sequence(var items)?:
                items.append(value)
                stack.append(.sequence(items))
            case .mapping(var dict, let key)?:
                guard let key else { return nil }
                dict[key] = value
                stack.append(.mapping(dict, key: nil))
            }
        }
    }

    /// Whether a collection may start here: anywhere but in a mapping's key position (complex keys need Yams).
    private static func isValuePosition(_ stack: [Frame]) -> Bool {
        if case .mapping(_, key: nil) = stack.last { return false }
        return true
    }
}
