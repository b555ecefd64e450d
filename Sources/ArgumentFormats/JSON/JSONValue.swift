import ArgumentModel
import Collections

/// A parsed JSON value that remembers where it stood in the text, so readers can point diagnostics at the
/// exact line and column of a bad node or edge. ``JSONDataParser/parseTree(_:dialect:)`` builds it.
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
        SourcePosition(line: line, column: LineStarts.column(of: offset, from: lineStart, in: utf8), offset: offset)
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
        column = LineStarts.column(of: location.offset, from: offset, at: column, in: utf8)
        offset = max(offset, min(location.offset, utf8.count))
        return SourcePosition(line: location.line, column: column, offset: location.offset)
    }
}

/// A tree ``JSONDataParser`` can build: one constructor per kind of JSON value, each told where the value starts.
/// Object members are gathered in `Members` (an ordered dictionary for `DataValue`, the list as written for
/// ``JSONValue``) so neither tree pays for the other's representation.
protocol JSONTree {
    /// The members of an object being read.
    associatedtype Members
    /// No members yet.
    static func emptyMembers() -> Members
    /// Adds one member (a repeated key: the tree decides; `DataValue` keeps the last value).
    static func add(_ key: String, _ value: Self, to members: inout Members)
    /// An object that starts at `location`; likewise for the other kinds below.
    static func object(_ members: Members, at location: JSONLocation) -> Self
    /// An array.
    static func array(_ items: [Self], at location: JSONLocation) -> Self
    /// A string.
    static func string(_ value: String, at location: JSONLocation) -> Self
    /// A number without fraction or exponent that fits `Int`.
    static func int(_ value: Int, at location: JSONLocation) -> Self
    /// Any other number.
    static func double(_ value: Double, at location: JSONLocation) -> Self
    /// `true` or `false`.
    static func bool(_ value: Bool, at location: JSONLocation) -> Self
    /// `null`.
    static func null(at location: JSONLocation) -> Self
}

/// Plain data: positions are dropped, key order is kept.
extension DataValue: JSONTree {
    static func emptyMembers() -> OrderedDictionary<String, DataValue> { [:] }
    static func add(_ key: String, _ value: DataValue, to members: inout OrderedDictionary<String, DataValue>) {
        members[key] = value
    }
    static func object(_ members: OrderedDictionary<String, DataValue>, at _: JSONLocation) -> DataValue { .object(members) }
    static func array(_ items: [DataValue], at _: JSONLocation) -> DataValue { .array(items) }
    static func string(_ value: String, at _: JSONLocation) -> DataValue { .string(value) }
    static func int(_ value: Int, at _: JSONLocation) -> DataValue { .int(value) }
    static func double(_ value: Double, at _: JSONLocation) -> DataValue { .double(value) }
    static func bool(_ value: Bool, at _: JSONLocation) -> DataValue { .bool(value) }
    static func null(at _: JSONLocation) -> DataValue { .null }
}

/// Positioned values: every member kept in file order, repeated keys too.
extension JSONValue: JSONTree {
    static func emptyMembers() -> [(key: String, value: JSONValue)] { [] }
    static func add(_ key: String, _ value: JSONValue, to members: inout [(key: String, value: JSONValue)]) {
        members.append((key, value))
    }
    static func object(_ members: [(key: String, value: JSONValue)], at location: JSONLocation) -> JSONValue {
        JSONValue(kind: .object(members), location: location)
    }
    static func array(_ items: [JSONValue], at location: JSONLocation) -> JSONValue {
        JSONValue(kind: .array(items), location: location)
    }
    static func string(_ value: String, at location: JSONLocation) -> JSONValue {
        JSONValue(kind: .string(value), location: location)
    }
    static func int(_ value: Int, at location: JSONLocation) -> JSONValue { JSONValue(kind: .int(value), location: location) }
    static func double(_ value: Double, at location: JSONLocation) -> JSONValue {
        JSONValue(kind: .double(value), location: location)
    }
    static func bool(_ value: Bool, at location: JSONLocation) -> JSONValue { JSONValue(kind: .bool(value), location: location) }
    static func null(at location: JSONLocation) -> JSONValue { JSONValue(kind: .null, location: location) }
}
