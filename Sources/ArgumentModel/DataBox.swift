/// A ``DataValue`` in a box of its own, for compact structs (``Relation``) whose data is empty nearly always: they
/// store one optional reference (nil for ``DataValue/empty``) instead of the value. Immutable: a change makes a new
/// box, so copies never share a change.
@usableFromInline
final class DataBox: Sendable {
    /// The boxed value.
    @usableFromInline let value: DataValue

    private init(_ value: DataValue) { self.value = value }

    /// A box for `value`, or nil when it is an empty object (``DataValue/empty``; `null` is boxed). O(1).
    static func make(_ value: DataValue) -> DataBox? {
        if case .object(let dict) = value, dict.isEmpty { return nil }
        return DataBox(value)
    }
}
