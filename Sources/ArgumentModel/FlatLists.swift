/// A list of items per key (a node or argument index, mostly), all kept in one flat array: key `k`'s items are
/// `items[start[k]..<start[k + 1]]`, in the order they were handed over (compressed sparse rows). One array of
/// items and one of offsets instead of an array per key, which for a large map was most of the cost of building
/// such tables. Built by a counting sort: O(keys + items).
public struct FlatLists<Item> {
    /// Where each key's list starts in ``items``: `keyCount + 1` offsets, the last one `items.count`.
    public let start: [Int32]
    /// Every list, one after another in key order.
    public let items: [Item]

    /// Builds the lists. `entries` is called twice with a function taking one entry (a key below `keyCount` and its
    /// item) and must hand over the same entries, in the same order, both times: the first call counts each key's
    /// entries, the second puts them in place. `placeholder` fills the array before the items are put in place.
    @inlinable
    public init(keyCount: Int, placeholder: Item, entries: ((_ key: Int, _ item: Item) -> Void) -> Void) {
        var start = [Int32](repeating: 0, count: keyCount + 1)
        var count = 0
        entries { key, _ in
            start[key + 1] += 1
            count += 1
        }
        for k in 0..<keyCount { start[k + 1] += start[k] }
        var next = start
        var items = [Item](repeating: placeholder, count: count)
        entries { key, item in
            items[Int(next[key])] = item
            next[key] += 1
        }
        self.start = start
        self.items = items
    }

    /// The positions in ``items`` of key `key`'s list. O(1).
    @inlinable
    public func range(of key: Int) -> Range<Int> { Int(start[key])..<Int(start[key + 1]) }
}

extension FlatLists: Sendable where Item: Sendable {}
