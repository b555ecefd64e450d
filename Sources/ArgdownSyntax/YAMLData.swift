import ArgumentModel
import Collections
import Yams

/// Turns YAML text (a `{...}` data block or the front matter) into a ``DataValue`` with Yams, within limits.
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
        var code: String
        /// A sentence for the user.
        var message: String
        /// 1-based line and column inside the YAML text, when known.
        var line: Int?
        var column: Int?
    }

    /// Parses `yaml`. An empty or blank text is the empty object.
    static func parse(_ yaml: String) -> Result<DataValue, Failure> {
        let utf8 = yaml.utf8
        if utf8.count > maxBytes {
            return .failure(Failure(
                code: "data-too-large",
                message: "this data block is \(utf8.count / 1024) KB; data blocks may hold at most \(maxBytes / 1024) KB"))
        }
        let depth = estimatedDepth(Array(utf8))
        if depth > maxDepth {
            return .failure(Failure(
                code: "data-too-deep",
                message: "this data block nests about \(depth) levels deep; at most \(maxDepth) levels are accepted"))
        }
        let node: Yams.Node?
        do {
            node = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            return .failure(failure(from: error))
        } catch {
            return .failure(Failure(code: "invalid-yaml", message: "the data is not valid YAML (\(error))"))
        }
        guard let node else { return .success(.empty) }
        var budget = maxValues
        guard let value = convert(node, budget: &budget, depth: 0) else {
            return .failure(Failure(
                code: "data-too-large",
                message: "this data block expands to more than \(maxValues) values (aliases repeat data); write it out smaller"))
        }
        return .success(value)
    }

    /// An upper estimate of the nesting depth: open brackets plus block indentation levels plus `- `/`? `
    /// indicators on one line. O(n), quotes skipped.
    static func estimatedDepth(_ bytes: [UInt8]) -> Int {
        var maxDepth = 0
        var bracket = 0
        var indents: [Int] = []
        var i = 0
        let n = bytes.count
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
                while k >= 0, bytes[k] == 0x20 { k -= 1 }
                if k < 0 || [0x0A, 0x5B, 0x7B, 0x2C, 0x3A, 0x2D, 0x3F].contains(bytes[k]) { quote = b }
            case 0x23: // a comment runs to the end of the line
                if i == 0 || bytes[i - 1] == 0x20 || bytes[i - 1] == 0x09 {
                    while i < n, bytes[i] != 0x0A { i += 1 }
                    continue
                }
            default: break
            }
            i += 1
        }
        return maxDepth
    }

    private static func failure(from error: YamlError) -> Failure {
        func make(_ problem: String, _ context: YamlError.Context?, _ mark: Mark) -> Failure {
            var message = "the data is not valid YAML: \(problem)"
            if let context, !context.text.isEmpty { message += " (\(context.text))" }
            return Failure(code: "invalid-yaml", message: message, line: mark.line, column: mark.column)
        }
        switch error {
        case let .scanner(context, problem, mark, _): return make(problem, context, mark)
        case let .parser(context, problem, mark, _): return make(problem, context, mark)
        case let .composer(context, problem, mark, _): return make(problem, context, mark)
        case let .duplicatedKeysInMapping(duplicates, context):
            return Failure(
                code: "invalid-yaml",
                message: "the data repeats the key \(duplicates.map { "'\($0)'" }.joined(separator: ", ")); each key may appear once",
                line: context.mark.line, column: context.mark.column)
        case let .reader(problem, _, _, _):
            return Failure(code: "invalid-yaml", message: "the data is not valid YAML: \(problem)")
        default:
            return Failure(code: "invalid-yaml", message: "the data is not valid YAML (\(error))")
        }
    }

    /// Node → DataValue; nil when the value budget runs out. Recursion depth is bounded by ``maxDepth`` (checked).
    private static func convert(_ node: Yams.Node, budget: inout Int, depth: Int) -> DataValue? {
        budget -= 1
        if budget < 0 || depth > 4 * maxDepth { return nil }
        switch node {
        case .scalar(let scalar):
            // `node.tag` is the resolved tag (int, bool, float ...); `scalar.tag` stays the unresolved "?" of a plain scalar.
            switch node.tag.rawValue {
            case Tag.Name.null.rawValue: return .null
            case Tag.Name.bool.rawValue: return node.bool.map(DataValue.bool) ?? .string(scalar.string)
            case Tag.Name.int.rawValue:
                if let i = node.int { return .int(i) }
                return node.float.map(DataValue.double) ?? .string(scalar.string)
            case Tag.Name.float.rawValue: return node.float.map(DataValue.double) ?? .string(scalar.string)
            default: return .string(scalar.string)
            }
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
