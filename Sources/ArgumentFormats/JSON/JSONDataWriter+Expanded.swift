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
            out.write("[")
            for (n, item) in items.enumerated() {
                out.lineBreak(comma: n > 0, indent: indent + 1)
                appendExpanded(item, indent: indent + 1, to: &out)
            }
            out.lineBreak(comma: false, indent: indent)
            out.write("]")
        case .object(let dict) where !dict.isEmpty:
            out.write("{")
            for (n, (key, item)) in dict.enumerated() {
                out.lineBreak(comma: n > 0, indent: indent + 1)
                appendString(key, to: &out)
                out.write(": ")
                appendExpanded(item, indent: indent + 1, to: &out)
            }
            out.lineBreak(comma: false, indent: indent)
            out.write("}")
        default:
            appendCompact(value, to: &out)
        }
    }
}
