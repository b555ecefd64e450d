import ArgumentModel

extension JSONDataWriter {
    /// The JSON text of `value` as ``write(_:)`` writes it, except that every non-empty array has one element a line
    /// (arrays of scalars too), the layout AIF tools write their files in. Complexity: O(size of the value).
    static func writeExpanded(_ value: DataValue) -> String {
        var out = JSONBytes()
        appendExpanded(value, indent: 0, to: &out)
        out.write("\n")
        return out.string
    }

    private static func appendExpanded(_ value: DataValue, indent: Int, to out: inout JSONBytes) {
        switch value {
        case .array(let items) where !items.isEmpty:
            out.write("[\n")
            for (n, item) in items.enumerated() {
                out.append(String(repeating: "  ", count: indent + 1))
                appendExpanded(item, indent: indent + 1, to: &out)
                out.write(n == items.count - 1 ? "\n" : ",\n")
            }
            out.append(String(repeating: "  ", count: indent))
            out.write("]")
        case .object(let dict) where !dict.isEmpty:
            appendObject(indent: indent, to: &out) { entry in
                for (key, item) in dict {
                    entry(key) { out, indent in appendExpanded(item, indent: indent, to: &out) }
                }
            }
        default:
            appendCompact(value, to: &out)
        }
    }
}
