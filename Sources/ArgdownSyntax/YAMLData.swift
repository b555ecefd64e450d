import ArgumentModel
import Collections
import Yams

/// Turns YAML text (a `{...}` data block or the front matter) into a `DataValue` with Yams, within limits.
///
/// Limits guard against hostile input: text longer than ``maxBytes`` or nested deeper than ``maxDepth`` is
/// rejected before Yams sees it (Yams composes recursively), and an alias "bomb" that would expand to more than
/// ``maxValues`` values is rejected while converting. Complexity: O(length of the YAML + values produced).
enum YAMLData {
    /// Largest YAML text accepted, in bytes.
    static let maxBytes = 1 << 20
    /// Deepest nesting accepted (estimated from brackets, indentation and `- ` indicators).
    static let maxDepth = 64
    /// Most values (scalars, sequences, mappings) one block may expand to.
    static let maxValues = 100_000

    /// Why YAML could not be turned into data.
    struct Failure: Error {
        /// The diagnostic code (`invalid-yaml`, `data-too-large`, `data-too-deep`).
        var kind: ArgdownDiagnosticCode
        /// A sentence for the user.
        var message: String
        /// 1-based line and column inside the YAML text, when known.
        var line: Int?
        var column: Int?
        /// What YAML was reading when it failed (`while parsing a flow sequence`) and where that began (1-based,
        /// inside the YAML text), when known; the reader appends the place in the file to the message.
        var context: String?
        var contextLine: Int?
        var contextColumn: Int?

        /// A failure with `code` at `line`:`column` of the YAML text (when known).
        init(code: ArgdownDiagnosticCode, message: String, line: Int? = nil, column: Int? = nil) {
            kind = code
            self.message = message
            self.line = line
            self.column = column
        }

        /// The code's raw value.
        var code: String { kind.rawValue }
    }

    /// Parses `yaml`. An empty or blank text is the empty object.
    static func parse(_ yaml: String) -> Result<DataValue, Failure> {
        parse(bytes: Array(yaml.utf8)[...])
    }

    /// Parses the UTF-8 YAML in `bytes`: with ``YAMLEventReader`` when it applies, else with Yams (which also
    /// words every error). An empty or blank text is the empty object.
    static func parse(bytes: ArraySlice<UInt8>) -> Result<DataValue, Failure> {
        var scratch = YAMLEventReader.Scratch()
        return parse(bytes: bytes, scratch: &scratch)
    }

    /// ``parse(bytes:)`` with the event reader's working lists of `scratch`.
    static func parse(bytes: ArraySlice<UInt8>, scratch: inout YAMLEventReader.Scratch) -> Result<DataValue, Failure> {
        if bytes.count > maxBytes {
            return .failure(Failure(
                code: .dataTooLarge,
                message: "this data block is \(bytes.count / 1024) KB; data blocks may hold at most \(maxBytes / 1024) KB"))
        }
        // The estimate is at most one more than the text's length (every level it counts is a bracket, an
        // indicator or a line with more indentation than the one before), so a short text needs none.
        let depth = bytes.count < maxDepth ? 0 : estimatedDepth(bytes)
        if depth > maxDepth {
            return .failure(Failure(
                code: .dataTooDeep,
                message: "this data block nests about \(depth) levels deep; at most \(maxDepth) levels are accepted"))
        }
        if let value = bytes.withUnsafeBufferPointer({ YAMLEventReader.read($0, scratch: &scratch) }) { return .success(value) }
        return parseWithYams(String(decoding: bytes, as: UTF8.self))
    }

    /// The composer path: Yams builds its node tree, which is then converted within the value budget.
    static func parseWithYams(_ yaml: String) -> Result<DataValue, Failure> {
        let node: Yams.Node?
        do {
            // The encoding is named: Yams's default reads the whole process environment on every call (40% of
            // parsing a map with many data blocks) and prints to standard output when YAMS_DEFAULT_ENCODING is set.
            node = try Yams.compose(yaml: yaml, .basic, .default, .utf8)
        } catch let error as YamlError {
            return .failure(failure(from: error))
        } catch {
            return .failure(Failure(code: .invalidYAML, message: "the data is not valid YAML (\(error))"))
        }
        guard let node else { return .success(.empty) }
        var budget = maxValues
        guard let value = convert(node, budget: &budget, depth: 0) else {
            return .failure(Failure(
                code: .dataTooLarge,
                message: "this data block expands to more than \(maxValues) values (aliases repeat data); write it out smaller"))
        }
        return .success(value)
    }

    /// An upper estimate of the nesting depth: open brackets plus block indentation levels plus `- `/`? `
    /// indicators on one line. O(n), quotes skipped.
    static func estimatedDepth(_ bytes: ArraySlice<UInt8>) -> Int {
        var maxDepth = 0
        var bracket = 0
        var indents: [Int] = []
        var i = bytes.startIndex
        let n = bytes.endIndex
        var atLineStart = true
        var quote: UInt8 = 0
        while i < n {
            let b = bytes[i]
            if quote != 0 {
                if b == 0x5C && quote == 0x22 { i += 2; continue }
                if b == quote { quote = 0 }
                if b == 0x0A { atLineStart = true }
                i += 1
                continue
            }
            if atLineStart {
                atLineStart = false
                var indent = 0
                while i < n, bytes[i] == 0x20 || bytes[i] == 0x09 { indent += 1; i += 1 }
                if i >= n || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x23 { continue }
                if bracket == 0 {
                    while let last = indents.last, last >= indent { indents.removeLast() }
                    indents.append(indent)
                    var indicators = 0
                    while i + 1 < n, bytes[i] == 0x2D || bytes[i] == 0x3F, bytes[i + 1] == 0x20 {
                        indicators += 1
                        i += 2
                        while i < n, bytes[i] == 0x20 { i += 1 }
                    }
                    maxDepth = max(maxDepth, indents.count + indicators)
                }
                continue
            }
            switch b {
            case 0x0A: atLineStart = true
            case 0x5B, 0x7B:
                bracket += 1
                maxDepth = max(maxDepth, bracket + indents.count)
            case 0x5D, 0x7D: bracket = max(0, bracket - 1)
            case 0x22, 0x27:
                // A quote starts a quoted scalar only where a scalar can start.
                var k = i - 1
                while k >= bytes.startIndex, bytes[k] == 0x20 { k -= 1 }
                if k < bytes.startIndex || startsScalar(after: bytes[k]) { quote = b }
            case 0x23: // a comment runs to the end of the line
                if i == bytes.startIndex || bytes[i - 1] == 0x20 || bytes[i - 1] == 0x09 {
                    while i < n, bytes[i] != 0x0A { i += 1 }
                    continue
                }
            default: break
            }
            i += 1
        }
        return maxDepth
    }

    /// Whether a quote after `byte` (blanks skipped) starts a quoted scalar: after a line break, `[`, `{`, `,`,
    /// `:`, `-` or `?`.
    static func startsScalar(after byte: UInt8) -> Bool {
        switch byte {
        case 0x0A, 0x5B, 0x7B, 0x2C, 0x3A, 0x2D, 0x3F: true
        default: false
        }
    }

    private static func failure(from error: YamlError) -> Failure {
        func make(_ problem: String, _ context: YamlError.Context?, _ mark: Mark) -> Failure {
            var failure = Failure(code: .invalidYAML, message: "the data is not valid YAML: \(problem)", line: mark.line, column: mark.column)
            if let context, !context.text.isEmpty {
                failure.context = context.text
                failure.contextLine = context.mark.line
                failure.contextColumn = context.mark.column
            }
            return failure
        }
        switch error {
        case let .scanner(context, problem, mark, _): return make(problem, context, mark)
        case let .parser(context, problem, mark, _): return make(problem, context, mark)
        case let .composer(context, problem, mark, _): return make(problem, context, mark)
        case let .duplicatedKeysInMapping(duplicates, context):
            return Failure(
                code: .invalidYAML,
                message: "the data repeats the key \(duplicates.map { "'\($0)'" }.joined(separator: ", ")); each key may appear once",
                line: context.mark.line, column: context.mark.column)
        case let .reader(problem, _, _, _):
            return Failure(code: .invalidYAML, message: "the data is not valid YAML: \(problem)")
        default:
            return Failure(code: .invalidYAML, message: "the data is not valid YAML (\(error))")
        }
    }

    /// A scalar typed by YAML 1.2's core schema: a plain (unquoted, untagged) scalar is null (`null`, `Null`,
    /// `NULL`, `~`, empty), a bool (`true`/`false` in three casings), an int (`[-+]?[0-9]+`, `0o17`, `0x1F`) or a
    /// float (`2.5`, `1e3`, `.inf`, `-.inf`, `.nan`), else a string; YAML 1.1's `yes`/`no`/`on`/`off`, `0b1`,
    /// `1_000` and sexagesimal `1:30` stay strings. Quoted scalars are strings; explicit `!!int` etc. tags are
    /// honoured when the text fits them. An int too large for `Int` becomes a double. O(length of the scalar).
    static func coreValue(_ scalar: Yams.Node.Scalar) -> DataValue {
        let text = scalar.string
        switch Tag.Name(rawValue: scalar.tag.rawValue) {
        case .implicit where scalar.style == .plain:
            return coreResolved(text) ?? .string(text)
        case .null: return coreNull(text) ?? .string(text)
        case .bool: return coreBool(text) ?? .string(text)
        case .int: return coreInt(text) ?? .string(text)
        case .float: return coreInt(text).map { if case .int(let i) = $0 { return .double(Double(i)) } else { return $0 } }
            ?? coreFloat(text) ?? .string(text)
        default: return .string(text)
        }
    }

    /// The core-schema value of a plain scalar's text, or nil when it is a string.
    static func coreResolved(_ text: String) -> DataValue? {
        // Every non-string form starts with a digit, a sign, a dot, `~` or a letter of null/true/false: most
        // words are strings after one byte, and the first byte says which form to try.
        guard let first = text.utf8.first else { return .null }
        switch first {
        case 0x30...0x39, 0x2B, 0x2D, 0x2E: return coreInt(text) ?? coreFloat(text)
        case 0x7E, 0x6E, 0x4E: return coreNull(text)
        case 0x74, 0x54, 0x66, 0x46: return coreBool(text)
        default: return nil
        }
    }

    static func coreNull(_ text: String) -> DataValue? {
        ["", "~", "null", "Null", "NULL"].contains(text) ? .null : nil
    }

    static func coreBool(_ text: String) -> DataValue? {
        switch text {
        case "true", "True", "TRUE": .bool(true)
        case "false", "False", "FALSE": .bool(false)
        default: nil
        }
    }

    /// The value of an ASCII digit of base 16 or less (`0-9`, `a-f`, `A-F`), else nil.
    private static func digitValue(_ byte: UInt8) -> Int? {
        switch byte {
        case 0x30...0x39: Int(byte - 0x30)
        case 0x61...0x66: Int(byte - 0x61 + 10)
        case 0x41...0x46: Int(byte - 0x41 + 10)
        default: nil
        }
    }

    /// Whether `bytes[range]` is non-empty and all digits of `radix`.
    private static func isDigits(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, radix: Int) -> Bool {
        guard !range.isEmpty else { return false }
        for k in range where (digitValue(bytes[k]) ?? radix) >= radix { return false }
        return true
    }

    /// `[-+]?[0-9]+`, `0o[0-7]+`, `0x[0-9a-fA-F]+`; too large for `Int` → double. Reads bytes: O(length).
    static func coreInt(_ text: String) -> DataValue? {
        var copy = text
        return copy.withUTF8 { u -> DataValue? in
            let n = u.count
            if n > 2, u[0] == 0x30, u[1] == 0x6F, isDigits(u, 2..<n, radix: 8) {
                return Int(String(decoding: UnsafeBufferPointer(rebasing: u[2...]), as: UTF8.self), radix: 8)
                    .map(DataValue.int) ?? .string(text)
            }
            if n > 2, u[0] == 0x30, u[1] == 0x78, isDigits(u, 2..<n, radix: 16) {
                return Int(String(decoding: UnsafeBufferPointer(rebasing: u[2...]), as: UTF8.self), radix: 16)
                    .map(DataValue.int) ?? .string(text)
            }
            let start = n > 0 && (u[0] == 0x2D || u[0] == 0x2B) ? 1 : 0
            guard isDigits(u, start..<n, radix: 10) else { return nil }
            if let i = Int(text) { return .int(i) }
            return Double(text).map(DataValue.double)
        }
    }

    /// `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`, `[-+]?.inf` (three casings), `.nan` (three casings).
    /// Reads bytes: O(length).
    static func coreFloat(_ text: String) -> DataValue? {
        var copy = text
        return copy.withUTF8 { u -> DataValue? in
            let n = u.count
            var i = 0
            var sign = 1.0
            if n > 0, u[0] == 0x2D || u[0] == 0x2B {
                if u[0] == 0x2D { sign = -1 }
                i = 1
            }
            if n - i == 4, u[i] == 0x2E {
                let word = String(decoding: UnsafeBufferPointer(rebasing: u[(i + 1)...]), as: UTF8.self)
                if ["inf", "Inf", "INF"].contains(word) { return .double(sign * .infinity) }
                if ["nan", "NaN", "NAN"].contains(word) { return i == 0 ? .double(.nan) : nil }
            }
            var e = i
            while e < n, u[e] != 0x65, u[e] != 0x45 { e += 1 }
            if e < n {
                let digits = e + 1 < n && (u[e + 1] == 0x2D || u[e + 1] == 0x2B) ? e + 2 : e + 1
                guard isDigits(u, digits..<n, radix: 10) else { return nil }
            }
            var dot = i
            while dot < e, u[dot] != 0x2E { dot += 1 }
            if dot == e {
                guard isDigits(u, i..<e, radix: 10) else { return nil }
            } else if dot == i {
                guard isDigits(u, (dot + 1)..<e, radix: 10) else { return nil }
            } else {
                guard isDigits(u, i..<dot, radix: 10), dot + 1 == e || isDigits(u, (dot + 1)..<e, radix: 10) else { return nil }
            }
            // Swift's Double() does not read "5." or ".5"; give it digits on both sides.
            var normal = dot == i ? "0" : ""
            normal += String(decoding: UnsafeBufferPointer(rebasing: u[i..<e]), as: UTF8.self)
            if dot + 1 == e { normal += "0" }
            if e < n { normal += String(decoding: UnsafeBufferPointer(rebasing: u[e...]), as: UTF8.self) }
            return Double(normal).map { .double(sign * $0) }
        }
    }

    /// Node → DataValue; nil when the value budget runs out. Recursion depth is bounded by ``maxDepth`` (checked).
    static func convert(_ node: Yams.Node, budget: inout Int, depth: Int) -> DataValue? {
        budget -= 1
        if budget < 0 || depth > 4 * maxDepth { return nil }
        switch node {
        case .scalar(let scalar):
            return coreValue(scalar)
        case .sequence(let sequence):
            var items: [DataValue] = []
            for child in sequence {
                guard let value = convert(child, budget: &budget, depth: depth + 1) else { return nil }
                items.append(value)
            }
            return .array(items)
        case .mapping(let mapping):
            var dict = OrderedDictionary<String, DataValue>()
            for (key, value) in mapping {
                guard let converted = convert(value, budget: &budget, depth: depth + 1) else { return nil }
                let name = key.scalar?.string ?? ""
                dict[name] = converted
            }
            return .object(dict)
        case .alias:
            return .null
        }
    }
}
