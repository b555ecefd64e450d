import ArgumentModel
import Collections

/// Reads typed fields out of parsed JSON while collecting diagnostics that name the JSON path of every problem
/// (`$.nodes[3].title: expected a string`). Used by the JSON format readers so that malformed input becomes
/// diagnostics and defaults, never a crash.
struct JSONFieldReader {
    /// The file named in diagnostics.
    var file: String?
    /// Problems found so far, in reading order.
    var diagnostics: [Diagnostic] = []
    /// The diagnostic code used for shape errors.
    var code: FormatDiagnosticCode

    init(file: String?, code: FormatDiagnosticCode) {
        self.file = file
        self.code = code
    }

    private var fileRange: SourceRange? {
        file.map { SourceRange(file: $0, at: SourcePosition(line: 1, column: 1, offset: 0)) }
    }

    /// Records an error about the value at `path`.
    mutating func error(_ path: String, _ message: String) {
        diagnostics.append(Diagnostic(.error, code: code, "\(path): \(message)", at: fileRange))
    }

    /// Records a warning about the value at `path`.
    mutating func warning(_ path: String, _ message: String) {
        diagnostics.append(Diagnostic(.warning, code: code, "\(path): \(message)", at: fileRange))
    }

    /// A short name for the JSON type of `value`, for messages.
    static func typeName(_ value: DataValue) -> String {
        switch value {
        case .null: "null"
        case .bool: "a boolean"
        case .int, .double: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }

    /// The entries of an object, or nil (with an error) when `value` is something else.
    mutating func object(_ value: DataValue, at path: String) -> OrderedDictionary<String, DataValue>? {
        if case .object(let dict) = value { return dict }
        error(path, "expected an object, found \(Self.typeName(value))")
        return nil
    }

    /// The elements of an array, or nil (with an error) when `value` is something else.
    mutating func array(_ value: DataValue, at path: String) -> [DataValue]? {
        if case .array(let items) = value { return items }
        error(path, "expected an array, found \(Self.typeName(value))")
        return nil
    }

    /// `dict[key]` as a string. Missing: nil, with an error when `required`. Wrong type: nil with an error.
    mutating func string(_ dict: OrderedDictionary<String, DataValue>, _ key: String, at path: String, required: Bool = false) -> String? {
        field(dict, key, at: path, required: required, "a string") { if case .string(let s) = $0 { s } else { nil } }
    }

    /// `dict[key]` as an integer (see ``string(_:_:at:required:)`` for missing values).
    mutating func int(_ dict: OrderedDictionary<String, DataValue>, _ key: String, at path: String, required: Bool = false) -> Int? {
        field(dict, key, at: path, required: required, "an integer") { if case .int(let i) = $0 { i } else { nil } }
    }

    /// `dict[key]` as what `cast` makes of it, `what` (`a string`) naming the expected type in messages: missing or
    /// null, nil (with an error when `required`); of another type, nil with an error.
    private mutating func field<Value>(
        _ dict: OrderedDictionary<String, DataValue>, _ key: String, at path: String, required: Bool, _ what: String,
        _ cast: (DataValue) -> Value?
    ) -> Value? {
        guard let value = dict[key], value != .null || required else {
            if required { error("\(path).\(key)", "missing (\(what) is required)") }
            return nil
        }
        if let cast = cast(value) { return cast }
        error("\(path).\(key)", "expected \(what), found \(Self.typeName(value))")
        return nil
    }

    /// `dict[key]` as a boolean, `default` when missing.
    mutating func bool(_ dict: OrderedDictionary<String, DataValue>, _ key: String, at path: String, default fallback: Bool) -> Bool {
        guard let value = dict[key], value != .null else { return fallback }
        if case .bool(let b) = value { return b }
        error("\(path).\(key)", "expected true or false, found \(Self.typeName(value))")
        return fallback
    }

    /// `dict[key]` as an array of strings (non-strings are reported and skipped); empty when missing.
    mutating func strings(_ dict: OrderedDictionary<String, DataValue>, _ key: String, at path: String) -> [String] {
        guard let value = dict[key], value != .null else { return [] }
        guard let items = array(value, at: "\(path).\(key)") else { return [] }
        var out: [String] = []
        for (n, item) in items.enumerated() {
            if case .string(let s) = item {
                out.append(s)
            } else {
                error("\(path).\(key)[\(n)]", "expected a string, found \(Self.typeName(item))")
            }
        }
        return out
    }
}
