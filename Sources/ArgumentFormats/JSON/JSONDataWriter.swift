import ArgumentModel

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
        switch value {
        case .array(let items) where items.isEmpty:
            out.write("[]")
        case .array(let items) where !expanded && items.allSatisfy(isScalar):
            appendCompact(value, to: &out)
        case .array(let items):
            out.write("[")
            for (n, item) in items.enumerated() {
                out.lineBreak(comma: n > 0, indent: indent + 1)
                append(item, indent: indent + 1, expanded: expanded, to: &out)
            }
            out.lineBreak(comma: false, indent: indent)
            out.write("]")
        case .object(let dict) where dict.isEmpty:
            out.write("{}")
        case .object(let dict):
            out.write("{")
            for (n, (key, item)) in dict.enumerated() {
                out.lineBreak(comma: n > 0, indent: indent + 1)
                appendString(key, to: &out)
                out.write(": ")
                append(item, indent: indent + 1, expanded: expanded, to: &out)
            }
            out.lineBreak(comma: false, indent: indent)
            out.write("}")
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

    /// Whether a byte needs a look before it is copied: `"`, `\`, control characters, DEL, and 0xE2 (the first
    /// byte of U+2028 and U+2029).
    private static let special: [Bool] = (0...255).map { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x7F || $0 == 0xE2 || $0 == 0xEF }

    static func appendCompact(_ value: DataValue, to out: inout JSONBytes) {
        switch value {
        case .null: out.write("null")
        case .bool(let b): out.write(b ? "true" : "false")
        case .int(let i): out.append(int: i)
        case .double(let d): out.append(d.isFinite ? "\(d)" : "null")
        case .string(let s): appendString(s, to: &out)
        case .array(let items):
            out.write("[")
            for (n, item) in items.enumerated() {
                if n > 0 { out.write(", ") }
                appendCompact(item, to: &out)
            }
            out.write("]")
        case .object(let dict):
            out.write("{")
            for (n, (key, item)) in dict.enumerated() {
                if n > 0 { out.write(", ") }
                appendString(key, to: &out)
                out.write(": ")
                appendCompact(item, to: &out)
            }
            out.write("}")
        }
    }

    /// Appends `s` as a JSON string literal: `"` and `\` escaped, control characters as `\n`, `\t` ... or `\u00XX`,
    /// DEL, U+2028/U+2029 and the non-characters U+FFFE/U+FFFF as `\u007f`, `\u2028` ...; everything else as its
    /// UTF-8 bytes. O(length).
    static func appendString(_ s: String, to out: inout JSONBytes) {
        out.append(byte: 0x22)
        var text = s
        text.withUTF8 { appendEscaped($0, to: &out) }  // a native string's bytes; a bridged one is copied once
        out.append(byte: 0x22)
        out.flushIfFull()
    }

    /// Whether none of the eight bytes in `word` needs a look (all are printable ASCII other than `"` and `\`).
    @inline(__always)
    private static func isPlain(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        func hasZero(_ x: UInt64) -> Bool { (x &- ones) & ~x & highs != 0 }
        let below = (word &- 0x2020_2020_2020_2020) & ~word & highs  // a byte below 0x20 (exact when all are ASCII)
        let del = hasZero(word ^ 0x7F7F_7F7F_7F7F_7F7F)
        return word & highs == 0 && below == 0 && !del
            && !hasZero(word ^ 0x2222_2222_2222_2222) && !hasZero(word ^ 0x5C5C_5C5C_5C5C_5C5C)
    }

    private static func appendEscaped(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout JSONBytes) {
        guard let base = bytes.baseAddress else { return }
        var runStart = 0
        var i = 0
        let n = bytes.count
        func escape(_ text: StaticString) {
            out.append(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
        }
        let special = Self.special
        while i < n {
            // Eight plain bytes at a time (most text is plain ASCII).
            if i + 8 <= n, isPlain(UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)) {
                i += 8
                continue
            }
            let c = bytes[i]
            guard special[Int(c)] else {
                i += 1
                continue
            }
            let isSeparator = c == 0xE2 && i + 2 < n && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9)
            let isNonCharacter = c == 0xEF && i + 2 < n && bytes[i + 1] == 0xBF && (bytes[i + 2] == 0xBE || bytes[i + 2] == 0xBF)
            if (c == 0xE2 && !isSeparator) || (c == 0xEF && !isNonCharacter) {
                i += 1
                continue
            }
            out.append(UnsafeBufferPointer(rebasing: bytes[runStart..<i]))
            switch c {
            case 0x22: escape("\\\"")
            case 0x5C: escape("\\\\")
            case 0x0A: escape("\\n")
            case 0x0D: escape("\\r")
            case 0x09: escape("\\t")
            case 0x08: escape("\\b")
            case 0x0C: escape("\\f")
            default:
                let value: UInt32 = isSeparator ? (bytes[i + 2] == 0xA8 ? 0x2028 : 0x2029)
                    : isNonCharacter ? (bytes[i + 2] == 0xBE ? 0xFFFE : 0xFFFF) : UInt32(c)
                let hex: StaticString = "0123456789abcdef"
                let digits = hex.utf8Start
                escape("\\u")
                for shift in [12, 8, 4, 0] as [UInt32] { out.append(byte: digits[Int(value >> shift & 0xF)]) }
            }
            i += isSeparator || isNonCharacter ? 3 : 1
            runStart = i
        }
        out.append(UnsafeBufferPointer(rebasing: bytes[runStart..<n]))
    }
}
