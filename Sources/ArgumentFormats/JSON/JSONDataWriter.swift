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

    /// Appends `value`, its nested lines indented below `indent` levels.
    static func append(_ value: DataValue, indent: Int, to out: inout JSONBytes) {
        switch value {
        case .array(let items) where items.isEmpty:
            out.write("[]")
        case .array(let items) where items.allSatisfy(isScalar):
            appendCompact(value, to: &out)
        case .array(let items):
            out.write("[\n")
            for (n, item) in items.enumerated() {
                appendIndent(indent + 1, to: &out)
                append(item, indent: indent + 1, to: &out)
                out.write(n == items.count - 1 ? "\n" : ",\n")
            }
            appendIndent(indent, to: &out)
            out.write("]")
        case .object(let dict) where dict.isEmpty:
            out.write("{}")
        case .object(let dict):
            out.write("{\n")
            for (n, (key, item)) in dict.enumerated() {
                appendIndent(indent + 1, to: &out)
                appendString(key, to: &out)
                out.write(": ")
                append(item, indent: indent + 1, to: &out)
                out.write(n == dict.count - 1 ? "\n" : ",\n")
            }
            appendIndent(indent, to: &out)
            out.write("}")
        default:
            appendCompact(value, to: &out)
        }
    }

    /// Streams an object whose entries `produce` hands over one at a time (`entry(key) { out, indent in ... }`
    /// writes the entry's value at `indent`): the same bytes as ``append(_:indent:to:)`` of the whole object when
    /// the keys are distinct, without building it.
    static func appendObject(
        indent: Int, to out: inout JSONBytes,
        _ produce: (_ entry: (String, (inout JSONBytes, Int) -> Void) -> Void) -> Void
    ) {
        var count = 0
        out.write("{")
        produce { key, writeValue in
            out.write(count == 0 ? "\n" : ",\n")
            appendIndent(indent + 1, to: &out)
            appendString(key, to: &out)
            out.write(": ")
            writeValue(&out, indent + 1)
            count += 1
        }
        closeContainer("}", count: count, indent: indent, to: &out)
    }

    /// Streams an array of objects or arrays that `produce` hands over one at a time: the same bytes as
    /// ``append(_:indent:to:)`` of the whole array (arrays of scalars, written on one line, are not streamed).
    static func appendArray(indent: Int, to out: inout JSONBytes, _ produce: (_ item: (DataValue) -> Void) -> Void) {
        var count = 0
        out.write("[")
        produce { item in
            out.write(count == 0 ? "\n" : ",\n")
            appendIndent(indent + 1, to: &out)
            append(item, indent: indent + 1, to: &out)
            count += 1
        }
        closeContainer("]", count: count, indent: indent, to: &out)
    }

    private static func closeContainer(_ closer: StaticString, count: Int, indent: Int, to out: inout JSONBytes) {
        if count > 0 {
            out.write("\n")
            appendIndent(indent, to: &out)
        }
        out.write(closer)
    }

    private static func isScalar(_ value: DataValue) -> Bool {
        switch value {
        case .array, .object: false
        default: true
        }
    }

    /// Spaces for the indentation of the first 32 levels, appended as one slice.
    private static let spaces = [UInt8](repeating: 0x20, count: 64)

    private static func appendIndent(_ level: Int, to out: inout JSONBytes) {
        if level < 32 {
            out.bytes.append(contentsOf: spaces[0..<(2 * level)])
        } else {
            out.bytes.append(contentsOf: repeatElement(0x20, count: 2 * level))
        }
    }

    /// Whether a byte needs a look before it is copied: `"`, `\`, control characters, DEL, and 0xE2 (the first
    /// byte of U+2028 and U+2029).
    private static let special: [Bool] = (0...255).map { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x7F || $0 == 0xE2 || $0 == 0xEF }

    static func appendCompact(_ value: DataValue, to out: inout JSONBytes) {
        switch value {
        case .null: out.write("null")
        case .bool(let b): out.write(b ? "true" : "false")
        case .int(let i): out.append(String(i))
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
        out.bytes.append(0x22)
        var text = s
        text.makeContiguousUTF8()  // a no-op for native strings; bridged ones are copied once
        text.utf8.withContiguousStorageIfAvailable { appendEscaped($0, to: &out.bytes) }
        out.bytes.append(0x22)
        if out.bytes.count >= 1 << 16 { out.flush() }
    }

    private static func appendEscaped(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        var runStart = 0
        var i = 0
        let n = bytes.count
        func escape(_ text: StaticString) {
            out.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
        }
        let special = Self.special
        while i < n {
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
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<i]))
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
                let hex = Array("0123456789abcdef".utf8)
                out.append(contentsOf: [0x5C, 0x75, hex[Int(value >> 12 & 0xF)], hex[Int(value >> 8 & 0xF)],
                    hex[Int(value >> 4 & 0xF)], hex[Int(value & 0xF)]])
            }
            i += isSeparator || isNonCharacter ? 3 : 1
            runStart = i
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<n]))
    }
}

/// The growing UTF-8 output of ``JSONDataWriter``: bytes are gathered in a small buffer (appending bytes is much
/// cheaper than appending to a `String`) that is handed on every 64 KiB, at the end of a whole appended string (so
/// a chunk never splits a character): to a sink when there is one, else into the text, so the output exists about
/// once, not as bytes and text.
struct JSONBytes {
    var bytes: [UInt8] = []
    private var text = ""
    private let sink: ((ArraySlice<UInt8>) -> Void)?
    private static let chunk = 1 << 16

    /// Output gathered into a string (``string``), or handed to `sink` chunk by chunk.
    init(sink: ((ArraySlice<UInt8>) -> Void)? = nil) {
        self.sink = sink
    }

    /// Appends the UTF-8 of a literal (one copy, no `String`).
    mutating func write(_ literal: StaticString) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
        if bytes.count >= Self.chunk { flush() }
    }

    /// Appends the UTF-8 of `text`.
    mutating func append(_ piece: String) {
        bytes.append(contentsOf: piece.utf8)
        if bytes.count >= Self.chunk { flush() }
    }

    /// Hands the buffered bytes on. Call only between whole characters.
    mutating func flush() {
        if let sink {
            sink(bytes[...])
        } else {
            text.append(String(decoding: bytes, as: UTF8.self))
        }
        bytes.removeAll(keepingCapacity: true)
    }

    /// The text written so far (empty when a sink took it).
    var string: String {
        mutating get {
            flush()
            return text
        }
    }
}
