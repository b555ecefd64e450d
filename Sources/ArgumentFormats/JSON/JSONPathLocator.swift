import ArgumentModel

/// Finds where a JSON path (`$.nodes[3].title`, `$.statements["A"].members[0]`) stands in a JSON text, so
/// diagnostics about a value's meaning can point at its line and column. Used only when there is something to
/// report: each look-up is O(length of the text).
enum JSONPathLocator {
    /// One step of a path.
    enum Component: Equatable {
        case key(String)
        case index(Int)
    }

    /// The components of a path written as `$`, `.key`, `[n]` and `["quoted key"]`; nil when it is not one.
    static func components(of path: Substring) -> [Component]? {
        var rest = path
        guard rest.first == "$" else { return nil }
        rest = rest.dropFirst()
        var out: [Component] = []
        while let c = rest.first {
            if c == "." {
                rest = rest.dropFirst()
                let key = rest.prefix { $0 != "." && $0 != "[" }
                guard !key.isEmpty else { return nil }
                out.append(.key(String(key)))
                rest = rest.dropFirst(key.count)
            } else if c == "[" {
                rest = rest.dropFirst()
                if rest.first == "\"" {
                    // A JSON string literal, then `]`.
                    var end = rest.index(after: rest.startIndex)
                    var escaped = false
                    while end < rest.endIndex {
                        let ch = rest[end]
                        if escaped {
                            escaped = false
                        } else if ch == "\\" {
                            escaped = true
                        } else if ch == "\"" {
                            break
                        }
                        end = rest.index(after: end)
                    }
                    guard end < rest.endIndex else { return nil }
                    let literal = rest[rest.startIndex...end]
                    guard case .success(.string(let key)) = JSONDataParser.parse(String(literal)) else { return nil }
                    out.append(.key(key))
                    rest = rest[rest.index(after: end)...]
                } else {
                    let digits = rest.prefix { $0.isASCII && $0.isNumber }
                    guard let n = Int(digits) else { return nil }
                    out.append(.index(n))
                    rest = rest.dropFirst(digits.count)
                }
                guard rest.first == "]" else { return nil }
                rest = rest.dropFirst()
            } else {
                return nil
            }
        }
        return out
    }

    /// The position of the deepest value along `components` that exists in `bytes` (the whole document when
    /// not even the first step exists); nil when the text is not JSON.
    static func position(of components: [Component], in bytes: [UInt8]) -> SourcePosition? {
        var parser = JSONDataParser.Parser<DataValue>(bytes: bytes)
        guard let offset = try? parser.locate(components) else { return nil }
        return JSONDataParser.position(of: offset, in: bytes)
    }

    /// Gives every diagnostic whose message starts with a JSON path (`$...: message`) the position of that path
    /// in `text`, keeping its file. Diagnostics that already have a line other than 1:1 are left alone.
    /// At most `limit` diagnostics are located (each look-up reads the text once).
    static func locate(_ diagnostics: [Diagnostic], in text: String, file: String?, limit: Int = 200) -> [Diagnostic] {
        guard !diagnostics.isEmpty else { return diagnostics }
        let bytes = Array(text.utf8)
        var located = 0
        return diagnostics.map { d in
            guard located < limit, d.message.hasPrefix("$"), d.range == nil || d.range?.start.offset == 0,
                let colon = d.message.firstRange(of: ": "),
                let components = components(of: d.message[d.message.startIndex..<colon.lowerBound]),
                let position = position(of: components, in: bytes)
            else { return d }
            located += 1
            var copy = d
            copy.range = SourceRange(file: file, at: position)
            return copy
        }
    }
}

extension JSONDataParser.Parser {
    /// Walks `components` from the document's root; returns the offset of the deepest value reached.
    mutating func locate(_ components: [JSONPathLocator.Component]) throws -> Int {
        skipWhitespace()
        var found = i
        for component in components {
            guard i < bytes.count else { return found }
            switch component {
            case .key(let wanted):
                guard bytes[i] == UInt8(ascii: "{") else { return found }
                i += 1
                while true {
                    skipWhitespace()
                    guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { return found }
                    let key = try parseString()
                    skipWhitespace()
                    guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { return found }
                    i += 1
                    skipWhitespace()
                    if key == wanted { break }
                    _ = try parseValue()
                    skipWhitespace()
                    guard i < bytes.count, bytes[i] == UInt8(ascii: ",") else { return found }
                    i += 1
                }
            case .index(let wanted):
                guard bytes[i] == UInt8(ascii: "[") else { return found }
                i += 1
                for _ in 0..<wanted {
                    skipWhitespace()
                    _ = try parseValue()
                    skipWhitespace()
                    guard i < bytes.count, bytes[i] == UInt8(ascii: ",") else { return found }
                    i += 1
                }
                skipWhitespace()
                guard i < bytes.count, bytes[i] != UInt8(ascii: "]") else { return found }
            }
            found = i
        }
        return found
    }
}
