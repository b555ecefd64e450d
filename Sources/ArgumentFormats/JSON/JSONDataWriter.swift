import ArgumentModel
import Collections

/// Writes `DataValue`s as deterministic, pretty-printed JSON: two-space indentation, object keys in their
/// stored order, arrays of scalars on one line (`[1, 12, 11]`), non-ASCII characters written as UTF-8, and a final
/// line break. The same value always gives the same bytes. Non-finite doubles (YAML `.inf`, `.nan`) have no JSON
/// form and are written as `null`. Complexity: O(size of the value).
public enum JSONDataWriter {
    /// The JSON text of `value`, ending in a line break.
    public static func write(_ value: DataValue) -> String {
        var out = JSONBytes()
        append(value, indent: 0, to: &out)
        out.write("\n")
        return out.string
    }

    /// The JSON text of `value` on one line (no line breaks, `", "` and `": "` separators).
    public static func writeCompact(_ value: DataValue) -> String {
        var out = JSONBytes()
        appendCompact(value, to: &out)
        return out.string
    }

    /// Appends `value`, its nested lines indented below `indent` levels; `expanded` puts every element of an array of
    /// scalars on a line of its own too (the layout AIF tools write).
    static func append(_ value: DataValue, indent: Int, expanded: Bool = false, to out: inout JSONBytes) {
        // Scalars first, with no `where` clause in their way (each of those looks at a copy of the value).
        switch value {
        case .array(let items): appendArray(items, indent: indent, expanded: expanded, to: &out)
        case .object(let dict): appendObject(dict, indent: indent, expanded: expanded, to: &out)
        default: appendCompact(value, to: &out)
        }
    }

    private static func appendArray(_ items: [DataValue], indent: Int, expanded: Bool, to out: inout JSONBytes) {
        if items.isEmpty {
            out.write("[]")
        } else if !expanded && items.allSatisfy(isScalar) {
            out.write("[")
            for n in items.indices {
                if n > 0 { out.write(", ") }
                appendCompact(items[n], to: &out)
            }
            out.write("]")
        } else {
            out.write("[")
            for n in items.indices {
                out.lineBreak(comma: n > 0, indent: indent + 1)
                append(items[n], indent: indent + 1, expanded: expanded, to: &out)
            }
            out.lineBreak(comma: false, indent: indent)
            out.write("]")
        }
    }

    private static func appendObject(_ dict: OrderedDictionary<String, DataValue>, indent: Int, expanded: Bool,
        to out: inout JSONBytes)
    {
        guard !dict.isEmpty else {
            out.write("{}")
            return
        }
        out.write("{")
        // Keys and values by position in their two arrays (no (key, value) pair is made per entry).
        let keys = dict.keys.elements, items = dict.values.elements
        for n in items.indices {
            out.lineBreak(comma: n > 0, indent: indent + 1)
            appendString(keys[n], to: &out)
            out.write(": ")
            append(items[n], indent: indent + 1, expanded: expanded, to: &out)
        }
        out.lineBreak(comma: false, indent: indent)
        out.write("}")
    }

    private static func isScalar(_ value: DataValue) -> Bool {
        switch value {
        case .array, .object: false
        default: true
        }
    }

    static func appendCompact(_ value: DataValue, to out: inout JSONBytes) {
        switch value {
        case .null: out.write("null")
        case .bool(let b): out.write(b ? "true" : "false")
        case .int(let i): out.append(int: i)
        case .double(let d):
            if d.isFinite { out.append(d.description) } else { out.write("null") }
        case .string(let s): appendString(s, to: &out)
        case .array(let items):
            out.write("[")
            for n in items.indices {
                if n > 0 { out.write(", ") }
                appendCompact(items[n], to: &out)
            }
            out.write("]")
        case .object(let dict):
            out.write("{")
            let keys = dict.keys.elements, items = dict.values.elements
            for n in items.indices {
                if n > 0 { out.write(", ") }
                appendString(keys[n], to: &out)
                out.write(": ")
                appendCompact(items[n], to: &out)
            }
            out.write("}")
        }
    }

    /// Appends `s` as a JSON string literal (see ``JSONBytes/append(quoted:)``). O(length).
    @inline(__always)
    static func appendString(_ s: String, to out: inout JSONBytes) {
        out.append(quoted: s)
    }
}
