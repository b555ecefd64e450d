import ArgumentModel
import Collections

/// Where and why a JSON text failed to parse.
public struct JSONSyntaxError: Error, Hashable, Sendable {
    /// What is wrong, in words.
    public var message: String
    /// Where it is (line, column in Unicode scalars, UTF-8 byte offset).
    public var position: SourcePosition
}

/// A strict JSON (RFC 8259) parser that produces ``DataValue``s and keeps object key order, so readers of JSON
/// formats stay lossless and deterministic (Foundation's `JSONSerialization` forgets key order).
///
/// Integers without fraction or exponent become ``DataValue/int(_:)`` (or `.double` when they overflow `Int`),
/// other numbers ``DataValue/double(_:)``. Duplicate keys: the last value wins. Nesting deeper than 512 levels is
/// an error rather than a stack overflow. Complexity: O(length of the text).
public enum JSONDataParser {
    /// Parses `text` as one JSON value (surrounding whitespace allowed, nothing else).
    public static func parse(_ text: String) -> Result<DataValue, JSONSyntaxError> {
        var parser = Parser(bytes: Array(text.utf8))
        return parser.parseDocument()
    }

    /// Parses UTF-8 `bytes` as one JSON value.
    public static func parse(bytes: [UInt8]) -> Result<DataValue, JSONSyntaxError> {
        var parser = Parser(bytes: bytes)
        return parser.parseDocument()
    }

    /// The line/column position of byte `offset` in `bytes`. Complexity: O(offset).
    static func position(of offset: Int, in bytes: [UInt8]) -> SourcePosition {
        var cursor = SourceCursor()
        return cursor.position(of: offset, in: bytes)
    }

    struct Failure: Error {
        var message: String
        var offset: Int
    }

    struct Parser {
        let bytes: [UInt8]
        var i = 0
        var depth = 0
        static let maxDepth = 512

        init(bytes: [UInt8]) { self.bytes = bytes }

        mutating func parseDocument() -> Result<DataValue, JSONSyntaxError> {
            do {
                skipWhitespace()
                let value = try parseValue()
                skipWhitespace()
                if i < bytes.count { throw Failure(message: "unexpected text after the JSON value", offset: i) }
                return .success(value)
            } catch let failure as Failure {
                return .failure(JSONSyntaxError(
                    message: failure.message, position: JSONDataParser.position(of: failure.offset, in: bytes)))
            } catch {
                return .failure(JSONSyntaxError(message: "\(error)", position: JSONDataParser.position(of: i, in: bytes)))
            }
        }

        mutating func skipWhitespace() {
            while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 { i += 1 }
        }

        func describeHere() -> String {
            guard i < bytes.count else { return "the end of the input" }
            let b = bytes[i]
            if b >= 0x21 && b < 0x7F { return "'\(Character(Unicode.Scalar(b)))'" }
            return "byte 0x\(String(b, radix: 16))"
        }

        mutating func parseValue() throws -> DataValue {
            guard i < bytes.count else { throw Failure(message: "expected a value but the input ended", offset: i) }
            switch bytes[i] {
            case UInt8(ascii: "{"): return try parseObject()
            case UInt8(ascii: "["): return try parseArray()
            case UInt8(ascii: "\""): return .string(try parseString())
            case UInt8(ascii: "t"): try expectWord("true"); return .bool(true)
            case UInt8(ascii: "f"): try expectWord("false"); return .bool(false)
            case UInt8(ascii: "n"): try expectWord("null"); return .null
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
            default: throw Failure(message: "expected a value, found \(describeHere())", offset: i)
            }
        }

        mutating func expectWord(_ word: String) throws {
            let start = i
            for b in word.utf8 {
                guard i < bytes.count, bytes[i] == b else {
                    throw Failure(message: "expected '\(word)'", offset: start)
                }
                i += 1
            }
        }

        mutating func enter() throws {
            depth += 1
            if depth > Self.maxDepth { throw Failure(message: "nesting deeper than \(Self.maxDepth) levels", offset: i) }
        }

        mutating func parseObject() throws -> DataValue {
            try enter()
            defer { depth -= 1 }
            i += 1
            var dict = OrderedDictionary<String, DataValue>()
            skipWhitespace()
            if i < bytes.count, bytes[i] == UInt8(ascii: "}") {
                i += 1
                return .object(dict)
            }
            while true {
                skipWhitespace()
                guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else {
                    throw Failure(message: "expected a quoted key, found \(describeHere())", offset: i)
                }
                let key = try parseString()
                skipWhitespace()
                guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else {
                    throw Failure(message: "expected ':' after the key \"\(key)\", found \(describeHere())", offset: i)
                }
                i += 1
                skipWhitespace()
                dict[key] = try parseValue()
                skipWhitespace()
                guard i < bytes.count else { throw Failure(message: "unterminated object: expected ',' or '}'", offset: i) }
                if bytes[i] == UInt8(ascii: ",") {
                    i += 1
                    continue
                }
                if bytes[i] == UInt8(ascii: "}") {
                    i += 1
                    return .object(dict)
                }
                throw Failure(message: "expected ',' or '}' in object, found \(describeHere())", offset: i)
            }
        }

        mutating func parseArray() throws -> DataValue {
            try enter()
            defer { depth -= 1 }
            i += 1
            var items: [DataValue] = []
            skipWhitespace()
            if i < bytes.count, bytes[i] == UInt8(ascii: "]") {
                i += 1
                return .array(items)
            }
            while true {
                skipWhitespace()
                items.append(try parseValue())
                skipWhitespace()
                guard i < bytes.count else { throw Failure(message: "unterminated array: expected ',' or ']'", offset: i) }
                if bytes[i] == UInt8(ascii: ",") {
                    i += 1
                    continue
                }
                if bytes[i] == UInt8(ascii: "]") {
                    i += 1
                    return .array(items)
                }
                throw Failure(message: "expected ',' or ']' in array, found \(describeHere())", offset: i)
            }
        }

        mutating func parseHex4() throws -> UInt32 {
            guard i + 4 <= bytes.count else { throw Failure(message: "incomplete \\u escape", offset: i) }
            var value: UInt32 = 0
            for _ in 0..<4 {
                let b = bytes[i]
                let digit: UInt32
                switch b {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(b - UInt8(ascii: "0"))
                case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(b - UInt8(ascii: "a") + 10)
                case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(b - UInt8(ascii: "A") + 10)
                default: throw Failure(message: "invalid hex digit in \\u escape", offset: i)
                }
                value = value * 16 + digit
                i += 1
            }
            return value
        }

        mutating func parseString() throws -> String {
            let start = i
            i += 1
            var out: [UInt8] = []
            while true {
                guard i < bytes.count else { throw Failure(message: "unterminated string", offset: start) }
                let b = bytes[i]
                if b == UInt8(ascii: "\"") {
                    i += 1
                    break
                }
                if b < 0x20 { throw Failure(message: "control character in string (escape it)", offset: i) }
                if b != UInt8(ascii: "\\") {
                    out.append(b)
                    i += 1
                    continue
                }
                i += 1
                guard i < bytes.count else { throw Failure(message: "unterminated string", offset: start) }
                let e = bytes[i]
                i += 1
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
                    let escapeStart = i - 2
                    var code = try parseHex4()
                    if code >= 0xD800 && code < 0xDC00 {
                        guard i + 6 <= bytes.count, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u") else {
                            throw Failure(message: "unpaired surrogate in \\u escape", offset: escapeStart)
                        }
                        i += 2
                        let low = try parseHex4()
                        guard low >= 0xDC00 && low < 0xE000 else {
                            throw Failure(message: "unpaired surrogate in \\u escape", offset: escapeStart)
                        }
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    } else if code >= 0xDC00 && code < 0xE000 {
                        throw Failure(message: "unpaired surrogate in \\u escape", offset: escapeStart)
                    }
                    guard let scalar = Unicode.Scalar(code) else {
                        throw Failure(message: "invalid \\u escape", offset: escapeStart)
                    }
                    out.append(contentsOf: Array(String(Character(scalar)).utf8))
                default:
                    throw Failure(message: "invalid escape '\\\(Character(Unicode.Scalar(e)))' in string", offset: i - 2)
                }
            }
            return String(decoding: out, as: UTF8.self)
        }

        mutating func parseNumber() throws -> DataValue {
            let start = i
            var isInteger = true
            if bytes[i] == UInt8(ascii: "-") { i += 1 }
            guard i < bytes.count, bytes[i] >= UInt8(ascii: "0"), bytes[i] <= UInt8(ascii: "9") else {
                throw Failure(message: "invalid number", offset: start)
            }
            if bytes[i] == UInt8(ascii: "0") {
                i += 1
            } else {
                while i < bytes.count, bytes[i] >= UInt8(ascii: "0"), bytes[i] <= UInt8(ascii: "9") { i += 1 }
            }
            if i < bytes.count, bytes[i] == UInt8(ascii: ".") {
                isInteger = false
                i += 1
                let digits = i
                while i < bytes.count, bytes[i] >= UInt8(ascii: "0"), bytes[i] <= UInt8(ascii: "9") { i += 1 }
                if i == digits { throw Failure(message: "invalid number: digits expected after '.'", offset: start) }
            }
            if i < bytes.count, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
                isInteger = false
                i += 1
                if i < bytes.count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
                let digits = i
                while i < bytes.count, bytes[i] >= UInt8(ascii: "0"), bytes[i] <= UInt8(ascii: "9") { i += 1 }
                if i == digits { throw Failure(message: "invalid number: digits expected in exponent", offset: start) }
            }
            let text = String(decoding: bytes[start..<i], as: UTF8.self)
            if isInteger, let n = Int(text) { return .int(n) }
            guard let d = Double(text) else { throw Failure(message: "invalid number", offset: start) }
            return .double(d)
        }
    }
}
