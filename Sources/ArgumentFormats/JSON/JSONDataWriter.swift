import ArgumentModel

/// Writes ``DataValue``s as deterministic, pretty-printed JSON: two-space indentation, object keys in their
/// stored order, arrays of scalars on one line (`[1, 12, 11]`), non-ASCII characters written as UTF-8, and a final
/// line break. The same value always gives the same bytes. Non-finite doubles (YAML `.inf`, `.nan`) have no JSON
/// form and are written as `null`. Complexity: O(size of the value).
public enum JSONDataWriter {
    /// The JSON text of `value`, ending in a line break.
    public static func write(_ value: DataValue) -> String {
        var out = ""
        append(value, indent: 0, to: &out)
        out.append("\n")
        return out
    }

    /// The JSON text of `value` on one line (no line breaks, `", "` and `": "` separators).
    public static func writeCompact(_ value: DataValue) -> String {
        var out = ""
        appendCompact(value, to: &out)
        return out
    }

    /// Appends `value`, its nested lines indented below `indent` levels.
    static func append(_ value: DataValue, indent: Int, to out: inout String) {
        switch value {
        case .array(let items) where items.isEmpty:
            out.append("[]")
        case .array(let items) where items.allSatisfy(isScalar):
            appendCompact(value, to: &out)
        case .array(let items):
            out.append("[\n")
            for (n, item) in items.enumerated() {
                appendIndent(indent + 1, to: &out)
                append(item, indent: indent + 1, to: &out)
                out.append(n == items.count - 1 ? "\n" : ",\n")
            }
            appendIndent(indent, to: &out)
            out.append("]")
        case .object(let dict) where dict.isEmpty:
            out.append("{}")
        case .object(let dict):
            out.append("{\n")
            for (n, (key, item)) in dict.enumerated() {
                appendIndent(indent + 1, to: &out)
                appendString(key, to: &out)
                out.append(": ")
                append(item, indent: indent + 1, to: &out)
                out.append(n == dict.count - 1 ? "\n" : ",\n")
            }
            appendIndent(indent, to: &out)
            out.append("}")
        default:
            appendCompact(value, to: &out)
        }
    }

    private static func isScalar(_ value: DataValue) -> Bool {
        switch value {
        case .array, .object: false
        default: true
        }
    }

    private static let indents = (0..<16).map { String(repeating: "  ", count: $0) }

    private static func appendIndent(_ level: Int, to out: inout String) {
        out.append(level < indents.count ? indents[level] : String(repeating: "  ", count: level))
    }

    static func appendCompact(_ value: DataValue, to out: inout String) {
        switch value {
        case .null: out.append("null")
        case .bool(let b): out.append(b ? "true" : "false")
        case .int(let i): out.append(String(i))
        case .double(let d): out.append(d.isFinite ? "\(d)" : "null")
        case .string(let s): appendString(s, to: &out)
        case .array(let items):
            out.append("[")
            for (n, item) in items.enumerated() {
                if n > 0 { out.append(", ") }
                appendCompact(item, to: &out)
            }
            out.append("]")
        case .object(let dict):
            out.append("{")
            for (n, (key, item)) in dict.enumerated() {
                if n > 0 { out.append(", ") }
                appendString(key, to: &out)
                out.append(": ")
                appendCompact(item, to: &out)
            }
            out.append("}")
        }
    }

    /// Appends `s` as a JSON string literal: `"` and `\` escaped, control characters as `\n`, `\t` ... or `\u00XX`,
    /// U+2028, U+2029 and the non-characters U+FFFE, U+FFFF as `\uXXXX`.
    static func appendString(_ s: String, to out: inout String) {
        out.append("\"")
        // Fast path: nothing to escape (no quote, backslash, control character, DEL, U+2028/U+2029).
        if !s.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x7F || $0 == 0xE2 || $0 == 0xEF }) {
            out.append(s)
            out.append("\"")
            return
        }
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out.append("\\\"")
            case "\\": out.append("\\\\")
            case "\n": out.append("\\n")
            case "\r": out.append("\\r")
            case "\t": out.append("\\t")
            case "\u{08}": out.append("\\b")
            case "\u{0C}": out.append("\\f")
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || scalar.value == 0x2028 || scalar.value == 0x2029
                    || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                    let hex = String(scalar.value, radix: 16)
                    out.append("\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out.append("\"")
    }
}
