import Collections

/// A YAML/JSON value attached to nodes, sections, inferences and the document (Argdown's `{...}` data blocks and
/// front matter). Objects keep their key order, so output is deterministic.
public enum DataValue: Hashable, Sendable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([DataValue])
    case object(OrderedDictionary<String, DataValue>)

    /// The empty object, the data of an element that has none.
    public static let empty = DataValue.object([:])

    /// The value under `key` when this is an object.
    public subscript(key: String) -> DataValue? {
        if case .object(let dict) = self { return dict[key] }
        return nil
    }

    /// The object's entries, or empty for any other value.
    public var objectValue: OrderedDictionary<String, DataValue> {
        if case .object(let dict) = self { return dict }
        return [:]
    }

    /// Whether this is `.null` or an empty object.
    public var isEmpty: Bool {
        switch self {
        case .null: true
        case .object(let dict): dict.isEmpty
        default: false
        }
    }

    /// The string, when this is a string.
    public var stringValue: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    /// The boolean, when this is a boolean.
    public var boolValue: Bool? {
        if case .bool(let b) = self { return b }
        return nil
    }

    /// The number as a `Double`, when this is an integer or a double.
    public var doubleValue: Double? {
        switch self {
        case .int(let i): Double(i)
        case .double(let d): d
        default: nil
        }
    }

    /// The integer, when this is an integer (or a double with no fraction).
    public var intValue: Int? {
        switch self {
        case .int(let i): i
        case .double(let d) where d.rounded() == d && abs(d) < 9e15: Int(d)
        default: nil
        }
    }

    /// The elements, when this is an array.
    public var arrayValue: [DataValue]? {
        if case .array(let a) = self { return a }
        return nil
    }

    /// Deep merge: objects merge key by key (recursively), anything else is replaced by `other` ("later wins").
    /// Complexity: O(size of `self` + size of `other`) for the copy; ``merge(_:)`` merges in place.
    public func merging(_ other: DataValue) -> DataValue {
        var merged = self
        merged.merge(other)
        return merged
    }

    /// Deep merge in place (see ``merging(_:)``). Complexity: O(size of `other`) amortized when `self`'s storage is
    /// not shared, so merging many small blocks one after another stays linear.
    public mutating func merge(_ other: DataValue) {
        guard case .object(var mine) = self, case .object(let theirs) = other else {
            self = other
            return
        }
        if mine.isEmpty {
            self = other  // shares `other`'s storage
            return
        }
        self = .null  // releases the reference held by `self`, so `mine` is unique and grows in place
        for (key, value) in theirs {
            if let index = mine.index(forKey: key) {
                mine.values[index].merge(value)
            } else {
                mine[key] = value
            }
        }
        self = .object(mine)
    }

    /// Returns a copy with `value` stored under `key` (turning a non-object into an object).
    public func setting(_ key: String, to value: DataValue) -> DataValue {
        var dict = objectValue
        dict[key] = value
        return .object(dict)
    }
}

extension DataValue: Codable {
    public init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() {
            self = .null
        } else if let b = try? c.decode(Bool.self) {
            self = .bool(b)
        } else if let i = try? c.decode(Int.self) {
            self = .int(i)
        } else if let d = try? c.decode(Double.self) {
            self = .double(d)
        } else if let s = try? c.decode(String.self) {
            self = .string(s)
        } else if let a = try? c.decode([DataValue].self) {
            self = .array(a)
        } else {
            // Decode objects through a key container so key order is kept.
            let keyed = try decoder.container(keyedBy: AnyKey.self)
            var dict = OrderedDictionary<String, DataValue>()
            for key in keyed.allKeys {
                dict[key.stringValue] = try keyed.decode(DataValue.self, forKey: key)
            }
            self = .object(dict)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .array(let a):
            var c = encoder.unkeyedContainer()
            for v in a { try c.encode(v) }
        case .object(let dict):
            var c = encoder.container(keyedBy: AnyKey.self)
            for (k, v) in dict { try c.encode(v, forKey: AnyKey(k)) }
        case .null, .bool, .int, .double, .string:
            var c = encoder.singleValueContainer()
            switch self {
            case .bool(let b): try c.encode(b)
            case .int(let i): try c.encode(i)
            case .double(let d): try c.encode(d)
            case .string(let s): try c.encode(s)
            default: try c.encodeNil()   // null (arrays and objects are handled above)
            }
        }
    }
}

/// A coding key made from any string.
struct AnyKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(_ s: String) { stringValue = s }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { return nil }
}
