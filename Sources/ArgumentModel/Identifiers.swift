/// Dense index of a node (statement or argument) in an ``ArgumentGraph``: `0..<graph.nodes.count`.
public struct NodeID: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// Position of the node in ``ArgumentGraph/nodes``.
    public let index: Int
    /// Wraps an index.
    public init(_ index: Int) { self.index = index }
    /// Orders by index (document order of first occurrence).
    public static func < (lhs: NodeID, rhs: NodeID) -> Bool { lhs.index < rhs.index }
    /// `n<index>`.
    public var description: String { "n\(index)" }
    public init(from decoder: any Decoder) throws { index = try decoder.singleValueContainer().decode(Int.self) }
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(index)
    }
}

/// Dense index of a relation in ``ArgumentGraph/relations``.
public struct RelationID: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// Position of the relation in ``ArgumentGraph/relations``.
    public let index: Int
    /// Wraps an index.
    public init(_ index: Int) { self.index = index }
    /// Orders by index.
    public static func < (lhs: RelationID, rhs: RelationID) -> Bool { lhs.index < rhs.index }
    /// `r<index>`.
    public var description: String { "r\(index)" }
    public init(from decoder: any Decoder) throws { index = try decoder.singleValueContainer().decode(Int.self) }
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(index)
    }
}

/// Dense index of a section in ``ArgumentGraph/sections``.
public struct SectionID: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// Position of the section in ``ArgumentGraph/sections``.
    public let index: Int
    /// Wraps an index.
    public init(_ index: Int) { self.index = index }
    /// Orders by index (document order).
    public static func < (lhs: SectionID, rhs: SectionID) -> Bool { lhs.index < rhs.index }
    /// `s<index>`.
    public var description: String { "s\(index)" }
    public init(from decoder: any Decoder) throws { index = try decoder.singleValueContainer().decode(Int.self) }
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(index)
    }
}
