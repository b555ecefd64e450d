/// Levenshtein distance over Unicode scalars, and the "did you mean ...?" search built on it.
///
/// The one edit distance of the package: the reader's undefined-reference hints, the title resolver's
/// suggestions and the query parser's relation-name hints all use it. It lives in ArgumentModel because the
/// reader (ArgdownSyntax) may import nothing else.
public enum EditDistance {
    /// The number of single-scalar insertions, deletions and substitutions turning `a` into `b`.
    /// Complexity: O(|a| × |b|) time, O(|b|) space.
    public static func between(_ a: String, _ b: String) -> Int {
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        let most = max(x.count, y.count)  // never more edits than the longer string has scalars
        return within(most, x, y) ?? most
    }

    /// The distance between `x` and `y` when it is at most `limit`, else nil.
    /// Complexity: O(|x| × (2·limit + 1)) time (only a band around the diagonal is computed, and the search
    /// stops at the first row whose every entry exceeds the limit), O(|y|) space.
    public static func within(_ limit: Int, _ x: [Unicode.Scalar], _ y: [Unicode.Scalar]) -> Int? {
        if limit < 0 || abs(x.count - y.count) > limit { return nil }
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        let big = limit + 1
        var previous = [Int](repeating: big, count: y.count + 1)
        var current = [Int](repeating: big, count: y.count + 1)
        for j in 0...min(y.count, limit) { previous[j] = j }
        for i in 1...x.count {
            let lo = max(1, i - limit), hi = min(y.count, i + limit)
            current[0] = i <= limit ? i : big
            if lo > 1 { current[lo - 1] = big }
            var rowMin = current[0]
            if lo <= hi {
                for j in lo...hi {
                    let cost = x[i - 1] == y[j - 1] ? 0 : 1
                    let value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                    current[j] = min(value, big)
                    rowMin = min(rowMin, current[j])
                }
            }
            if hi < y.count { current[hi + 1] = big }
            if rowMin > limit { return nil }
            swap(&previous, &current)
        }
        return previous[y.count] <= limit ? previous[y.count] : nil
    }

    /// How many edits still count as "close" for a typed text of `length` scalars: max(2, length / 3).
    public static func suggestionLimit(forLength length: Int) -> Int { max(2, length / 3) }

    /// The form ``nearest(to:among:count:budget:)`` compares: the lower-cased scalars of a title.
    public static func key(_ title: String) -> [Unicode.Scalar] { Array(title.lowercased().unicodeScalars) }

    /// The (at most) `count` candidates closest to `typed` (case-insensitive), each within
    /// ``suggestionLimit(forLength:)`` edits, as indices into `candidates` with their distances; closest first,
    /// ties in candidate order. `candidates` are
    /// ``key(_:)``s. `budget` caps the total work (scalar pairs compared), so a file with thousands of unknown
    /// titles stays fast; candidates past the budget are not considered.
    /// Complexity: O(candidates × |typed| × (2·limit + 1)) at most, O(candidates) for candidates whose length
    /// alone rules them out.
    public static func nearest(
        to typed: String, among candidates: [[Unicode.Scalar]], count: Int, budget: inout Int
    ) -> [(index: Int, distance: Int)] {
        guard count > 0 else { return [] }
        let x = key(typed)
        let limit = suggestionLimit(forLength: x.count)
        var best: [(distance: Int, index: Int)] = []  // sorted by distance, then index
        for (index, y) in candidates.enumerated() {
            if budget <= 0 { break }
            if abs(x.count - y.count) > limit { continue }
            budget -= x.count * (2 * limit + 1) + 1
            // Once `count` are found, only a strictly closer candidate can enter (ties keep the earlier ones).
            let bound = best.count == count ? min(best[count - 1].distance - 1, limit) : limit
            guard let d = within(bound, x, y) else { continue }
            let at = best.firstIndex { $0.distance > d } ?? best.count
            best.insert((d, index), at: at)
            if best.count > count { best.removeLast() }
            if best.count == count, best[count - 1].distance == 0 { break }
        }
        return best.map { (index: $0.index, distance: $0.distance) }
    }
}
