import ArgumentModel
import Collections

/// Where and why a JSON text failed to parse.
public struct JSONSyntaxError: Error, Hashable, Sendable {
    /// What is wrong, in words.
    public var message: String
    /// Where it is (line, column in Unicode scalars, UTF-8 byte offset).
    public var position: SourcePosition
}

/// The package's one JSON (RFC 8259) parser: it produces `DataValue`s that keep object key order, so readers of
/// JSON formats stay lossless and deterministic (Foundation's `JSONSerialization` forgets key order), or, for
/// readers that point diagnostics at single values, a tree that remembers where every value starts (`JSONValue`).
/// The language server's JSON-RPC messages are read with it too.
///
/// Integers without fraction or exponent become `DataValue/int(_:)` (or `.double` when they overflow `Int`),
/// other numbers `DataValue/double(_:)`. Duplicate keys: the last value wins. Nesting deeper than 512 levels is
/// an error rather than a stack overflow. Complexity: O(length of the text).
public enum JSONDataParser {
    /// Parses `text` as one JSON value (surrounding whitespace allowed, nothing else).
    public static func parse(_ text: String) -> Result<DataValue, JSONSyntaxError> {
        var parser = Parser<DataValue>(bytes: Array(text.utf8))
        return parser.parseDocument()
    }

    /// Parses UTF-8 `bytes` as one JSON value.
    public static func parse(bytes: [UInt8]) -> Result<DataValue, JSONSyntaxError> {
        var parser = Parser<DataValue>(bytes: bytes)
        return parser.parseDocument()
    }

    /// Parses UTF-8 `bytes` into a tree that keeps each value's line and offset, in `dialect`.
    static func parseTree(_ bytes: [UInt8], dialect: Dialect = .strict) -> Result<JSONValue, JSONSyntaxError> {
        var parser = Parser<JSONValue>(bytes: bytes, dialect: dialect)
        return parser.parseDocument()
    }

    /// What the parser accepts beyond RFC 8259. Each leniency is what files exported by other tools are known to
    /// hold; none changes how a valid document is read.
    struct Dialect: Sendable {
        /// Skip a UTF-8 byte order mark before the value (columns on line 1 are counted after it).
        var skipsByteOrderMark = false
        /// Accept control characters other than the line feed unescaped inside strings.
        var allowsRawControlCharacters = false
        /// Accept integer parts with leading zeros (`007` is 7).
        var allowsLeadingZeros = false
        /// Read a lone UTF-16 surrogate escape as U+FFFD instead of failing.
        var replacesLoneSurrogates = false

        /// RFC 8259 exactly.
        static let strict = Dialect()
        /// What AIFdb and OVA exports hold: every leniency above.
        static let lenient = Dialect(
            skipsByteOrderMark: true, allowsRawControlCharacters: true, allowsLeadingZeros: true,
            replacesLoneSurrogates: true)
    }

    /// The line/column position of byte `offset` in `bytes`, columns on line 1 counted from `start` (after a byte
    /// order mark, which is one scalar). Complexity: O(offset).
    static func position(of offset: Int, in bytes: [UInt8], from start: Int = 0) -> SourcePosition {
        var cursor = SourceCursor()
        let p = cursor.position(of: offset, in: bytes)
        guard start > 0, p.line == 1, p.column > 1 else { return p }
        return SourcePosition(line: 1, column: p.column - 1, offset: p.offset)
    }

    struct Failure: Error {
        var message: String
        var offset: Int
    }

    /// The parser, generic over the tree it builds (`DataValue`, or `JSONValue` with positions), so both are
    /// read by the same code at the speed of a parser written for one.
    struct Parser<Tree: JSONTree> {
        let bytes: [UInt8]
        let dialect: Dialect
        var i = 0
        var depth = 0
        /// Line of ``i`` (1-based) and the offset that line starts at, kept up to date by ``skipWhitespace()`` (the
        /// only place a line feed can stand outside a string).
        var line = 1
        var lineStart = 0
        /// Where the text starts (after a skipped byte order mark).
        var start = 0
        static var maxDepth: Int { 512 }

        init(bytes: [UInt8], dialect: Dialect = .strict) {
            self.bytes = bytes
            self.dialect = dialect
            if dialect.skipsByteOrderMark, bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
                i = 3
                lineStart = 3
                start = 3
            }
        }

        /// Where ``i`` stands.
        var location: JSONLocation { JSONLocation(line: line, lineStart: lineStart, offset: i) }

        mutating func parseDocument() -> Result<Tree, JSONSyntaxError> {
            do {
                skipWhitespace()
                let value = try parseValue()
                skipWhitespace()
                if i < bytes.count { throw Failure(message: "unexpected text after the JSON value", offset: i) }
                return .success(value)
            } catch let failure as Failure {
                return .failure(JSONSyntaxError(
                    message: failure.message, position: JSONDataParser.position(of: failure.offset, in: bytes, from: start)))
            } catch {
                return .failure(JSONSyntaxError(
                    message: "\(error)", position: JSONDataParser.position(of: i, in: bytes, from: start)))
            }
        }

        mutating func skipWhitespace() {
            while i < bytes.count {
                switch bytes[i] {
                case 0x20, 0x0D, 0x09: i += 1
                case 0x0A:
                    i += 1
                    line += 1
                    lineStart = i
                default: return
                }
            }
        }

        func describeHere() -> String {
            guard i < bytes.count else { return "the end of the input" }
            let b = bytes[i]
            if b >= 0x21 && b < 0x7F { return "'\(Character(Unicode.Scalar(b)))'" }
            return "byte 0x\(String(b, radix: 16))"
        }

        mutating func parseValue() throws -> Tree {
            guard i < bytes.count else { throw Failure(message: "expected a value but the input ended", offset: i) }
            let here = location
            switch bytes[i] {
            case UInt8(ascii: "{"): return try parseObject(at: here)
            case UInt8(ascii: "["): return try parseArray(at: here)
            case UInt8(ascii: "\""): return Tree.string(try parseString(), at: here)
            case UInt8(ascii: "t"): try expectWord("true"); return Tree.bool(true, at: here)
            case UInt8(ascii: "f"): try expectWord("false"); return Tree.bool(false, at: here)
            case UInt8(ascii: "n"): try expectWord("null"); return Tree.null(at: here)
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber(at: here)
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

        mutating func parseObject(at here: JSONLocation) throws -> Tree {
            try enter()
            defer { depth -= 1 }
            i += 1
            var members = Tree.emptyMembers()
            skipWhitespace()
            if consume(UInt8(ascii: "}")) { return Tree.object(members, at: here) }
            repeat {
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
                Tree.add(key, try parseValue(), to: &members)
            } while try another(before: "}", in: "object")
            return Tree.object(members, at: here)
        }

        mutating func parseArray(at here: JSONLocation) throws -> Tree {
            try enter()
            defer { depth -= 1 }
            i += 1
            var items: [Tree] = []
            skipWhitespace()
            if consume(UInt8(ascii: "]")) { return Tree.array(items, at: here) }
            repeat {
                skipWhitespace()
                items.append(try parseValue())
            } while try another(before: "]", in: "array")
            return Tree.array(items, at: here)
        }

        /// Whether `byte` stands at `i`; if it does, it is consumed.
        mutating func consume(_ byte: UInt8) -> Bool {
            guard i < bytes.count, bytes[i] == byte else { return false }
            i += 1
            return true
        }

        /// After a member of an object or an element of an array (`container`), blanks and then `,` (true: another
        /// follows) or `close` (false: the container ends), consumed; anything else is a syntax error.
        mutating func another(before close: Unicode.Scalar, in container: String) throws -> Bool {
            skipWhitespace()
            guard i < bytes.count else { throw Failure(message: "unterminated \(container): expected ',' or '\(close)'", offset: i) }
            if consume(UInt8(ascii: ",")) { return true }
            if consume(UInt8(ascii: close)) { return false }
            throw Failure(message: "expected ',' or '\(close)' in \(container), found \(describeHere())", offset: i)
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
                if b < 0x20, b == 0x0A || !dialect.allowsRawControlCharacters {
                    throw Failure(message: "control character in string (escape it)", offset: i)
                }
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
                        if let low = try lowSurrogate() {
                            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                        } else if dialect.replacesLoneSurrogates {
                            code = 0xFFFD
                        } else {
                            throw Failure(message: "unpaired surrogate in \\u escape", offset: escapeStart)
                        }
                    } else if code >= 0xDC00 && code < 0xE000 {
                        guard dialect.replacesLoneSurrogates else {
                            throw Failure(message: "unpaired surrogate in \\u escape", offset: escapeStart)
                        }
                        code = 0xFFFD
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

        /// The low surrogate of a `\\uDC00`...`\\uDFFF` escape that follows, consumed; nil (nothing consumed) when
        /// the next characters are not one.
        mutating func lowSurrogate() throws -> UInt32? {
            guard i + 6 <= bytes.count, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u") else { return nil }
            let mark = i
            i += 2
            let low = try parseHex4()
            guard low >= 0xDC00 && low < 0xE000 else {
                i = mark
                return nil
            }
            return low
        }

        mutating func parseNumber(at here: JSONLocation) throws -> Tree {
            let start = i
            var isInteger = true
            if bytes[i] == UInt8(ascii: "-") { i += 1 }
            guard i < bytes.count, bytes[i] >= UInt8(ascii: "0"), bytes[i] <= UInt8(ascii: "9") else {
                throw Failure(message: "invalid number", offset: start)
            }
            if bytes[i] == UInt8(ascii: "0") && !dialect.allowsLeadingZeros {
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
            if isInteger, let n = Int(text) { return Tree.int(n, at: here) }
            guard let d = Double(text) else { throw Failure(message: "invalid number", offset: start) }
            return Tree.double(d, at: here)
        }
    }
}
