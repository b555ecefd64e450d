import ArgumentModel
import Collections

/// A parsed JSON value that remembers where it stood in the text, so readers can point diagnostics at the
/// exact line and column of a bad node or edge.
struct JSONValue: Sendable {
    /// The value's kind and payload.
    enum Kind: Sendable {
        case null
        case bool(Bool)
        case int(Int)
        case double(Double)
        case string(String)
        case array([JSONValue])
        case object([(key: String, value: JSONValue)])
    }

    var kind: Kind
    /// Where the value starts.
    var location: JSONLocation

    /// The member named `key`, when this is an object (the last one if repeated).
    subscript(key: String) -> JSONValue? {
        guard case .object(let members) = kind else { return nil }
        return members.last(where: { $0.key == key })?.value
    }

    /// The elements, when this is an array.
    var array: [JSONValue]? {
        if case .array(let a) = kind { return a }
        return nil
    }

    /// The members, when this is an object.
    var members: [(key: String, value: JSONValue)]? {
        if case .object(let m) = kind { return m }
        return nil
    }

    /// The string, when this is a string.
    var string: String? {
        if case .string(let s) = kind { return s }
        return nil
    }

    /// A string, or an integer written as digits (AIF ids come both ways); nil otherwise.
    var idString: String? {
        switch kind {
        case .string(let s): s
        case .int(let i): String(i)
        case .double(let d) where d.rounded() == d && abs(d) < 9e15: String(Int(d))
        default: nil
        }
    }

    /// Whether this is JSON `null`.
    var isNull: Bool {
        if case .null = kind { return true }
        return false
    }

    /// The value as model data (positions dropped, key order kept).
    var dataValue: DataValue {
        switch kind {
        case .null: .null
        case .bool(let b): .bool(b)
        case .int(let i): .int(i)
        case .double(let d): .double(d)
        case .string(let s): .string(s)
        case .array(let a): .array(a.map(\.dataValue))
        case .object(let m):
            .object(OrderedDictionary(m.map { ($0.key, $0.value.dataValue) }, uniquingKeysWith: { _, b in b }))
        }
    }
}

/// Where a JSON value starts: its line and byte offsets. The column is computed only when a diagnostic needs it,
/// so parsing a one-line file stays linear.
struct JSONLocation: Sendable {
    /// 1-based line.
    var line: Int
    /// Byte offset of the start of that line.
    var lineStart: Int
    /// Byte offset of the value.
    var offset: Int

    /// The position with its column counted in Unicode scalars. O(length of the line up to the offset).
    func position(in utf8: [UInt8]) -> SourcePosition {
        var column = 1
        var i = lineStart
        while i < offset && i < utf8.count {
            if utf8[i] & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        return SourcePosition(line: line, column: column, offset: offset)
    }
}

/// Turns locations into positions in amortised O(1) when they are asked for in increasing offset order (as a reader
/// walking the document does), so a minified one-line file does not cost quadratic time.
struct PositionCounter {
    private let utf8: [UInt8]
    private var offset = 0
    private var column = 1
    private var lineStart = -1

    init(_ utf8: [UInt8]) { self.utf8 = utf8 }

    /// The position of `location`. Amortised O(1) for increasing offsets on one line; else O(line length).
    mutating func position(_ location: JSONLocation) -> SourcePosition {
        if location.lineStart != lineStart || location.offset < offset {
            lineStart = location.lineStart
            offset = location.lineStart
            column = 1
        }
        while offset < location.offset && offset < utf8.count {
            if utf8[offset] & 0xC0 != 0x80 { column += 1 }
            offset += 1
        }
        return SourcePosition(line: location.line, column: column, offset: location.offset)
    }
}

/// A JSON syntax error at a location.
struct PositionedJSONError: Error, Sendable {
    var message: String
    var location: JSONLocation
}

/// A small RFC 8259 parser over UTF-8 bytes that records line/column of every value.
/// Complexity: O(length of input).
struct JSONParser {
    private let bytes: [UInt8]
    private var index = 0
    private var line = 1
    private var lineStart = 0
    private var depth = 0

    /// Parses `text`; throws ``PositionedJSONError`` with the position of the first problem.
    static func parse(_ utf8: [UInt8]) throws(PositionedJSONError) -> JSONValue {
        var parser = JSONParser(bytes: utf8)
        parser.skipBOM()
        parser.skipWhitespace()
        let value = try parser.parseValue()
        parser.skipWhitespace()
        if parser.index < parser.bytes.count { throw parser.error("unexpected text after the JSON value") }
        return value
    }

    private init(bytes: [UInt8]) { self.bytes = bytes }

    private mutating func skipBOM() {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3; lineStart = 3 }
    }

    /// The current location.
    private var position: JSONLocation { JSONLocation(line: line, lineStart: lineStart, offset: index) }

    private func error(_ message: String) -> PositionedJSONError {
        PositionedJSONError(message: message, location: position)
    }

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0D: index += 1
            case 0x0A:
                index += 1
                line += 1
                lineStart = index
            default: return
            }
        }
    }

    private mutating func parseValue() throws(PositionedJSONError) -> JSONValue {
        guard index < bytes.count else { throw error("unexpected end of input, expected a value") }
        let start = position
        switch bytes[index] {
        case UInt8(ascii: "{"): return JSONValue(kind: try parseObject(), location: start)
        case UInt8(ascii: "["): return JSONValue(kind: try parseArray(), location: start)
        case UInt8(ascii: "\""): return JSONValue(kind: .string(try parseString()), location: start)
        case UInt8(ascii: "t"): try expectWord("true"); return JSONValue(kind: .bool(true), location: start)
        case UInt8(ascii: "f"): try expectWord("false"); return JSONValue(kind: .bool(false), location: start)
        case UInt8(ascii: "n"): try expectWord("null"); return JSONValue(kind: .null, location: start)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return JSONValue(kind: try parseNumber(), location: start)
        default: throw error("unexpected character, expected a value")
        }
    }

    private mutating func expectWord(_ word: String) throws(PositionedJSONError) {
        let w = Array(word.utf8)
        guard index + w.count <= bytes.count, Array(bytes[index..<index + w.count]) == w else {
            throw error("unexpected character, expected a value")
        }
        index += w.count
    }

    private mutating func enter() throws(PositionedJSONError) {
        depth += 1
        if depth > 512 { throw error("nesting deeper than 512 levels") }
    }

    private mutating func parseObject() throws(PositionedJSONError) -> JSONValue.Kind {
        try enter()
        defer { depth -= 1 }
        index += 1
        var members: [(key: String, value: JSONValue)] = []
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") { index += 1; return .object(members) }
        while true {
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw error("expected a quoted key") }
            let key = try parseString()
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw error("expected ':' after a key") }
            index += 1
            skipWhitespace()
            members.append((key, try parseValue()))
            skipWhitespace()
            guard index < bytes.count else { throw error("unexpected end of input inside an object") }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            if bytes[index] == UInt8(ascii: "}") { index += 1; return .object(members) }
            throw error("expected ',' or '}' in an object")
        }
    }

    private mutating func parseArray() throws(PositionedJSONError) -> JSONValue.Kind {
        try enter()
        defer { depth -= 1 }
        index += 1
        var elements: [JSONValue] = []
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") { index += 1; return .array(elements) }
        while true {
            skipWhitespace()
            elements.append(try parseValue())
            skipWhitespace()
            guard index < bytes.count else { throw error("unexpected end of input inside an array") }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            if bytes[index] == UInt8(ascii: "]") { index += 1; return .array(elements) }
            throw error("expected ',' or ']' in an array")
        }
    }

    private mutating func parseString() throws(PositionedJSONError) -> String {
        index += 1
        var out = [UInt8]()
        while index < bytes.count {
            let b = bytes[index]
            if b == UInt8(ascii: "\"") {
                index += 1
                return String(decoding: out, as: UTF8.self)
            }
            if b == 0x0A { throw error("unterminated string") }
            if b == UInt8(ascii: "\\") {
                index += 1
                guard index < bytes.count else { break }
                let e = bytes[index]
                index += 1
                switch e {
                case UInt8(ascii: "\""): out.append(0x22)
                case UInt8(ascii: "\\"): out.append(0x5C)
                case UInt8(ascii: "/"): out.append(0x2F)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "u"):
                    var code = try parseHex4()
                    if (0xD800..<0xDC00).contains(code), index + 1 < bytes.count,
                       bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") {
                        index += 2
                        let low = try parseHex4()
                        if (0xDC00..<0xE000).contains(low) {
                            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                        }
                    }
                    let scalar = Unicode.Scalar(code) ?? "\u{FFFD}"
                    out.append(contentsOf: Array(String(scalar).utf8))
                default:
                    index -= 1
                    throw error("invalid escape in a string")
                }
                continue
            }
            out.append(b)
            index += 1
        }
        throw error("unterminated string")
    }

    private mutating func parseHex4() throws(PositionedJSONError) -> UInt32 {
        guard index + 4 <= bytes.count else { throw error("invalid \\u escape") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let b = bytes[index]
            let digit: UInt32
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(b - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(b - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(b - UInt8(ascii: "A") + 10)
            default: throw error("invalid \\u escape")
            }
            value = value * 16 + digit
            index += 1
        }
        return value
    }

    private mutating func parseNumber() throws(PositionedJSONError) -> JSONValue.Kind {
        let start = index
        var isInteger = true
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        func digits(_ p: inout JSONParser) -> Int {
            let s = p.index
            while p.index < p.bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(p.bytes[p.index]) { p.index += 1 }
            return p.index - s
        }
        guard digits(&self) > 0 else { throw error("invalid number") }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            isInteger = false
            index += 1
            guard digits(&self) > 0 else { throw error("invalid number") }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            isInteger = false
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard digits(&self) > 0 else { throw error("invalid number") }
        }
        let text = String(decoding: bytes[start..<index], as: UTF8.self)
        if isInteger, let i = Int(text) { return .int(i) }
        return .double(Double(text) ?? 0)
    }
}
