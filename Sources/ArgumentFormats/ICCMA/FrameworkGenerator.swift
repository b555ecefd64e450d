import ArgumentModel

/// Deterministic random abstract frameworks, for benchmarks and tests.
public enum FrameworkGenerator {
    /// `arguments` arguments named `1...N` and `attacks` attacks drawn uniformly (with a fixed `seed`, the same
    /// framework every time). Self-attacks are allowed; repeated draws merge, so the framework may hold slightly
    /// fewer than `attacks` attacks. Complexity: O(n + m log m).
    public static func random(arguments: Int, attacks: Int, seed: UInt64) -> AttackFramework {
        let n = max(0, arguments)
        guard n > 0 else { return AttackFramework(count: 0, attacks: []) }
        var rng = SplitMix64(seed: seed)
        var list: [AttackFramework.Attack] = []
        list.reserveCapacity(max(0, attacks))
        for _ in 0..<max(0, attacks) {
            list.append(.init(rng.below(n), rng.below(n)))
        }
        return AttackFramework(count: n, attacks: list)
    }
}
