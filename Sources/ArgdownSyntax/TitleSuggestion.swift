/// "Did you mean ...?" for titles: the closest candidate by Levenshtein distance over Unicode scalars.
///
/// ArgdownSyntax may not import ArgumentAnalysis (where `EditDistance` lives), so this is a small bounded copy:
/// it gives up on a pair as soon as the distance must exceed the limit, and skips pairs whose lengths already
/// differ by more than the limit, so most comparisons cost O(length).
enum TitleSuggestion {
    /// The candidate closest to `title` (case-insensitive) within max(2, length / 3) edits, ties broken by
    /// candidate order; nil when none is that close. `budget` caps the total work (scalar pairs compared) so a
    /// file with thousands of undefined titles stays fast.
    static func closest(to title: String, among candidates: [[Unicode.Scalar]], names: [String], budget: inout Int) -> String? {
        let x = Array(title.lowercased().unicodeScalars)
        let limit = max(2, x.count / 3)
        var best: (distance: Int, index: Int)?
        for (index, y) in candidates.enumerated() {
            if budget <= 0 { break }
            if abs(x.count - y.count) > limit { continue }
            budget -= x.count * (2 * limit + 1) + 1
            if let d = distance(x, y, limit: best.map { min($0.distance - 1, limit) } ?? limit), d <= limit {
                if best.map({ d < $0.distance }) ?? true { best = (d, index) }
                if d == 0 { break }
            }
        }
        return best.map { names[$0.index] }
    }

    /// Lower-cased scalars of a title, the form ``closest(to:among:names:budget:)`` compares.
    static func key(_ title: String) -> [Unicode.Scalar] { Array(title.lowercased().unicodeScalars) }

    /// The edit distance when it is at most `limit`, else nil. O(|x| × (2·limit + 1)) with a band.
    static func distance(_ x: [Unicode.Scalar], _ y: [Unicode.Scalar], limit: Int) -> Int? {
        if limit < 0 { return nil }
        if x.isEmpty { return y.count <= limit ? y.count : nil }
        if y.isEmpty { return x.count <= limit ? x.count : nil }
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
}
