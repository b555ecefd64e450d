import ArgumentModel

extension JSONDataWriter {
    /// The JSON text of `value` as ``write(_:)`` writes it, except that every non-empty array has one element a line
    /// (arrays of scalars too), the layout AIF tools write their files in. Complexity: O(size of the value).
    static func writeExpanded(_ value: DataValue) -> String {
        var out = JSONBytes()
        append(value, indent: 0, expanded: true, to: &out)
        out.write("\n")
        return out.string
    }
}
