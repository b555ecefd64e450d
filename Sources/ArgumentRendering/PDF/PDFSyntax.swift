/// A PDF object as read from a file, enough to renumber references and to rewrite a few dictionary entries.
/// Numbers, names and strings keep their bytes exactly as written, so writing a value back reproduces it.
indirect enum PDFValue: Equatable {
    case null
    case bool(Bool)
    /// An integer or real, as written (`12`, `-.5`).
    case number([UInt8])
    /// A name with its leading `/`, as written (escapes kept).
    case name([UInt8])
    /// A literal `( )` or hex `< >` string with its delimiters, as written.
    case string([UInt8])
    case array([PDFValue])
    /// A dictionary, entries in file order; keys are names with their `/`.
    case dictionary([(key: [UInt8], value: PDFValue)])
    /// An indirect reference `number generation R`.
    case reference(Int, Int)

    static func == (a: PDFValue, b: PDFValue) -> Bool {
        switch (a, b) {
        case (.null, .null): true
        case let (.bool(x), .bool(y)): x == y
        case let (.number(x), .number(y)), let (.name(x), .name(y)), let (.string(x), .string(y)): x == y
        case let (.array(x), .array(y)): x == y
        case let (.dictionary(x), .dictionary(y)): x.map(\.key) == y.map(\.key) && x.map(\.value) == y.map(\.value)
        case let (.reference(n, g), .reference(m, h)): n == m && g == h
        default: false
        }
    }

    /// The name `/key` as bytes.
    static func key(_ key: String) -> [UInt8] { Array(("/" + key).utf8) }

    /// A name value `/name`.
    static func name(_ name: String) -> PDFValue { .name(key(name)) }

    /// A number written in the shortest plain decimal form PDF accepts (no exponent), up to 4 decimals.
    static func number(_ value: Double) -> PDFValue { .number(Array(formatNumber(value).utf8)) }

    /// An integer number.
    static func integer(_ value: Int) -> PDFValue { .number(Array(String(value).utf8)) }

    /// `value` rounded to 4 decimals, without exponent or trailing zeros (PDF numbers have no exponent form).
    static func formatNumber(_ value: Double) -> String {
        let scaled = (value * 10_000).rounded()
        guard scaled.isFinite, abs(scaled) < 1e15 else { return "0" }
        let whole = Int64(scaled)
        let sign = whole < 0 ? "-" : ""
        let magnitude = whole.magnitude
        let integerPart = magnitude / 10_000
        var fraction = String(magnitude % 10_000)
        if fraction == "0" { return integerPart == 0 ? "0" : sign + String(integerPart) }
        fraction = String(repeating: "0", count: 4 - fraction.count) + fraction
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return sign + String(integerPart) + "." + fraction
    }

    /// The entry `key` (with `/`) of a dictionary, nil for other values or when absent.
    subscript(key: String) -> PDFValue? {
        guard case .dictionary(let entries) = self else { return nil }
        let wanted = Self.key(key)
        return entries.first(where: { $0.key == wanted })?.value
    }

    /// The dictionary with `key` set to `value` (replaced in place when present, appended otherwise), or
    /// removed when `value` is nil. Other values are returned unchanged.
    func setting(_ key: String, to value: PDFValue?) -> PDFValue {
        guard case .dictionary(var entries) = self else { return self }
        let wanted = Self.key(key)
        if let index = entries.firstIndex(where: { $0.key == wanted }) {
            if let value { entries[index].value = value } else { entries.remove(at: index) }
        } else if let value {
            entries.append((wanted, value))
        }
        return .dictionary(entries)
    }

    /// The integer value of a number without a fractional part.
    var integer: Int? {
        guard case .number(let bytes) = self else { return nil }
        return Int(String(decoding: bytes, as: UTF8.self))
    }

    /// The value of a number (integer or real).
    var real: Double? {
        guard case .number(let bytes) = self else { return nil }
        var text = String(decoding: bytes, as: UTF8.self)
        if text.hasPrefix(".") { text = "0" + text } else if text.hasPrefix("-.") { text = "-0" + text.dropFirst() }
        else if text.hasPrefix("+") { text.removeFirst() }
        return Double(text)
    }

    /// The value with every reference passed through `map` (which may replace it by any value, e.g. `null`).
    /// O(size of the value).
    func mappingReferences(_ map: (Int, Int) -> PDFValue) -> PDFValue {
        switch self {
        case .reference(let number, let generation): map(number, generation)
        case .array(let items): .array(items.map { $0.mappingReferences(map) })
        case .dictionary(let entries): .dictionary(entries.map { ($0.key, $0.value.mappingReferences(map)) })
        default: self
        }
    }

    /// Appends the value's PDF syntax to `out`, tokens separated by single spaces. O(size of the value).
    func write(to out: inout [UInt8]) {
        switch self {
        case .null: out += Array("null".utf8)
        case .bool(let value): out += Array((value ? "true" : "false").utf8)
        case .number(let bytes), .name(let bytes), .string(let bytes): out += bytes
        case .reference(let number, let generation): out += Array("\(number) \(generation) R".utf8)
        case .array(let items):
            out.append(UInt8(ascii: "["))
            for (index, item) in items.enumerated() {
                if index > 0 { out.append(UInt8(ascii: " ")) }
                item.write(to: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .dictionary(let entries):
            out += Array("<<".utf8)
            for entry in entries {
                out.append(UInt8(ascii: " "))
                out += entry.key
                out.append(UInt8(ascii: " "))
                entry.value.write(to: &out)
            }
            out += Array(" >>".utf8)
        }
    }
}

/// Why a value could not be read, at a byte offset.
struct PDFSyntaxError: Error {
    var offset: Int
    var reason: String
}

/// Reads PDF tokens and values from bytes (PDF 1.7 §7.2–7.3). Values nest at most `maximumDepth` deep so hostile
/// input cannot exhaust the stack.
struct PDFScanner {
    let bytes: [UInt8]
    var position: Int
    static let maximumDepth = 200

    init(_ bytes: [UInt8], at position: Int) {
        self.bytes = bytes
        self.position = min(max(0, position), bytes.count)
    }

    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0 || byte == 9 || byte == 10 || byte == 12 || byte == 13 || byte == 32
    }

    static func isDelimiter(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "["),
             UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "/"), UInt8(ascii: "%"): true
        default: false
        }
    }

    static func isRegular(_ byte: UInt8) -> Bool { !isWhitespace(byte) && !isDelimiter(byte) }

    var atEnd: Bool { position >= bytes.count }

    /// Skips whitespace and comments.
    mutating func skipWhitespace() {
        while position < bytes.count {
            let byte = bytes[position]
            if Self.isWhitespace(byte) {
                position += 1
            } else if byte == UInt8(ascii: "%") {
                while position < bytes.count, bytes[position] != 10, bytes[position] != 13 { position += 1 }
            } else {
                return
            }
        }
    }

    /// Whether `word` follows at the current position (after whitespace) as a whole token; consumes it if so.
    mutating func consumeKeyword(_ word: String) -> Bool {
        skipWhitespace()
        let token = Array(word.utf8)
        guard position + token.count <= bytes.count, Array(bytes[position..<position + token.count]) == token else {
            return false
        }
        let end = position + token.count
        if end < bytes.count, Self.isRegular(bytes[end]) { return false }
        position = end
        return true
    }

    /// A run of regular characters (a number or keyword), empty if none.
    mutating func regularToken() -> ArraySlice<UInt8> {
        skipWhitespace()
        let start = position
        while position < bytes.count, Self.isRegular(bytes[position]) { position += 1 }
        return bytes[start..<position]
    }

    /// A non-negative integer token, or nil (position restored).
    mutating func unsignedInteger() -> Int? {
        let saved = position
        let token = regularToken()
        guard !token.isEmpty, token.count <= 18, token.allSatisfy({ $0 >= 48 && $0 <= 57 }) else {
            position = saved
            return nil
        }
        var value = 0
        for digit in token { value = value * 10 + Int(digit - 48) }
        return value
    }

    /// Reads one value (a reference `n g R` counts as one value).
    mutating func value(depth: Int = 0) throws(PDFSyntaxError) -> PDFValue {
        guard depth < Self.maximumDepth else { throw PDFSyntaxError(offset: position, reason: "objects nested too deep") }
        skipWhitespace()
        guard position < bytes.count else { throw PDFSyntaxError(offset: position, reason: "unexpected end of file") }
        let start = position
        switch bytes[position] {
        case UInt8(ascii: "/"):
            position += 1
            while position < bytes.count, Self.isRegular(bytes[position]) { position += 1 }
            return .name(Array(bytes[start..<position]))
        case UInt8(ascii: "("):
            return .string(try literalString())
        case UInt8(ascii: "<"):
            if position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: "<") {
                position += 2
                var entries: [(key: [UInt8], value: PDFValue)] = []
                while true {
                    skipWhitespace()
                    guard position < bytes.count else {
                        throw PDFSyntaxError(offset: start, reason: "dictionary not closed")
                    }
                    if bytes[position] == UInt8(ascii: ">") {
                        guard position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: ">") else {
                            throw PDFSyntaxError(offset: position, reason: "expected >>")
                        }
                        position += 2
                        return .dictionary(entries)
                    }
                    guard case .name(let key) = try value(depth: depth + 1) else {
                        throw PDFSyntaxError(offset: position, reason: "dictionary key is not a name")
                    }
                    entries.append((key, try value(depth: depth + 1)))
                }
            }
            guard let close = bytes[position...].firstIndex(of: UInt8(ascii: ">")) else {
                throw PDFSyntaxError(offset: start, reason: "hex string not closed")
            }
            position = close + 1
            return .string(Array(bytes[start..<position]))
        case UInt8(ascii: "["):
            position += 1
            var items: [PDFValue] = []
            while true {
                skipWhitespace()
                guard position < bytes.count else { throw PDFSyntaxError(offset: start, reason: "array not closed") }
                if bytes[position] == UInt8(ascii: "]") {
                    position += 1
                    return .array(items)
                }
                items.append(try value(depth: depth + 1))
            }
        default:
            if let number = unsignedInteger() {
                let afterNumber = position
                if let generation = unsignedInteger(), consumeKeyword("R") { return .reference(number, generation) }
                position = afterNumber
                return .number(Array(bytes[start..<afterNumber]))
            }
            let token = regularToken()
            switch String(decoding: token, as: UTF8.self) {
            case "": throw PDFSyntaxError(offset: start, reason: "unexpected character")
            case "null": return .null
            case "true": return .bool(true)
            case "false": return .bool(false)
            default:
                let isNumber = token.allSatisfy { ($0 >= 48 && $0 <= 57) || $0 == 43 || $0 == 45 || $0 == 46 }
                guard isNumber else {
                    throw PDFSyntaxError(offset: start, reason: "unexpected keyword \(String(decoding: token, as: UTF8.self))")
                }
                return .number(Array(token))
            }
        }
    }

    /// A literal string `( … )` with balanced parentheses and backslash escapes, delimiters included.
    private mutating func literalString() throws(PDFSyntaxError) -> [UInt8] {
        let start = position
        var depth = 0
        while position < bytes.count {
            let byte = bytes[position]
            position += 1
            if byte == UInt8(ascii: "\\") {
                position += 1
            } else if byte == UInt8(ascii: "(") {
                depth += 1
            } else if byte == UInt8(ascii: ")") {
                depth -= 1
                if depth == 0 { return Array(bytes[start..<position]) }
            }
        }
        throw PDFSyntaxError(offset: start, reason: "string not closed")
    }
}
