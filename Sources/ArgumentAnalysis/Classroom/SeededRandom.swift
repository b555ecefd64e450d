import ArgumentModel

extension SplitMix64 {
    /// `items` in a random order: this module's own Fisher–Yates (from the back, one `below(_:)` per step), not
    /// the standard library's `shuffle(using:)`, whose use of the generator is not promised to stay the same — so
    /// the same seed gives the same exercise on every machine and Swift version. Complexity: O(n).
    public mutating func shuffled<T>(_ items: [T]) -> [T] {
        var a = items
        var i = a.count - 1
        while i > 0 {
            let j = below(i + 1)
            a.swapAt(i, j)
            i -= 1
        }
        return a
    }
}
