/// An identifier that is a dense index into one of ``ArgumentGraph``'s arrays (`0..<count`). The conforming types
/// share their ordering (by index), their description (a one-letter prefix and the index) and their `Codable` form
/// (the bare index).
public protocol DenseIndexID: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// Position in the array the identifier indexes.
    var index: Int { get }
    /// Wraps an index.
    init(_ index: Int)
    /// The letter before the index in ``description`` (`n`, `r`, `s`).
    static var descriptionPrefix: String { get }
}

extension DenseIndexID {
    /// Orders by index (document order).
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.index < rhs.index }
    /// `<prefix><index>`, as `n0`.
    public var description: String { "\(Self.descriptionPrefix)\(index)" }
    /// Reads the bare index.
    public init(from decoder: any Decoder) throws { self.init(try decoder.singleValueContainer().decode(Int.self)) }
    /// Writes the bare index.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(index)
    }
}

/// Dense index of a node (statement or argument) in an ``ArgumentGraph``: `0..<graph.nodes.count`.
public struct NodeID: DenseIndexID {
    /// Position of the node in ``ArgumentGraph/nodes``.
    public let index: Int
    /// Wraps an index.
    public init(_ index: Int) { self.index = index }
    /// `n`: a node's description is `n<index>`.
    public static var descriptionPrefix: String { "n" }
}

/// Dense index of a relation in ``ArgumentGraph/relations``.
public struct RelationID: DenseIndexID {
    /// Position of the relation in ``ArgumentGraph/relations``.
    public let index: Int
    /// Wraps an index.
    public init(_ index: Int) { self.index = index }
    /// `r`: a relation's description is `r<index>`.
    public static var descriptionPrefix: String { "r" }
}

/// Dense index of a section in ``ArgumentGraph/sections``.
public struct SectionID: DenseIndexID {
    /// Position of the section in ``ArgumentGraph/sections``.
    public let index: Int
    /// Wraps an index.
    public init(_ index: Int) { self.index = index }
    /// `s`: a section's description is `s<index>`.
    public static var descriptionPrefix: String { "s" }
}
