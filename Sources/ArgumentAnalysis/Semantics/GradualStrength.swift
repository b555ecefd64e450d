/// DF-QuAD gradual strength (Rago, Toni, Aurisicchio and Baroni 2016): a score in [0, 1] per node from a base
/// score, its attackers' and its supporters' strengths.
///
/// Aggregation: F(s₁…sₖ) = 1 − ∏(1 − sᵢ) (0 with none). With attack aggregate a and support aggregate s, the
/// strength is `base − base·(a − s)` when a ≥ s, else `base + (1 − base)·(s − a)`. On an acyclic map one sweep in
/// topological order is exact; in general the update is repeated until no score moves by more than 1e-9 (at
/// most `maxRounds` rounds). Each round is O(n + m + s).
public enum GradualStrength {
    /// The DF-QuAD strength of every node. `attackers[v]` and `supporters[v]` list node indices; `base[v]` is in
    /// [0, 1].
    public static func dfquad(
        base: [Double], attackers: [[Int]], supporters: [[Int]], maxRounds: Int = 10_000
    ) -> [Double] {
        let n = base.count
        var strength = base
        for _ in 0..<maxRounds {
            var next = strength
            var moved = 0.0
            for v in 0..<n {
                let a = aggregate(attackers[v].map { strength[$0] })
                let s = aggregate(supporters[v].map { strength[$0] })
                let b = base[v]
                next[v] = a >= s ? b - b * (a - s) : b + (1 - b) * (s - a)
                moved = max(moved, abs(next[v] - strength[v]))
            }
            strength = next
            if moved < 1e-9 { break }
        }
        return strength
    }

    /// 1 − ∏(1 − sᵢ); 0 for no scores.
    static func aggregate(_ scores: [Double]) -> Double {
        1 - scores.reduce(1.0) { $0 * (1 - $1) }
    }
}
