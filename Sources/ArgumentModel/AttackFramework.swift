/// An abstract argumentation framework (Dung): arguments `0..<count` with names, and a set of attacks between them.
///
/// This is the shape ICCMA's `.apx`, `.tgf` and `.i23` files carry, and the shape the argumentation semantics
/// work on. Attacks are stored once as `(attacker, target)` pairs, sorted and without duplicates, with an index of
/// each argument's attackers and targets (compressed sparse rows) so that both directions cost O(degree).
public struct AttackFramework: Sendable, Hashable {
    /// The name of each argument, by index (ICCMA 2023 uses `"1"`...`"N"`).
    public let names: [String]
    /// Every attack as `(attacker, target)`, sorted, without duplicates.
    public let attacks: [Attack]
    private let attackerStart: [Int32]
    private let attackerList: [Int32]
    private let targetStart: [Int32]
    private let targetList: [Int32]

    /// One attack from `attacker` to `target` (argument indices).
    public struct Attack: Hashable, Sendable, Comparable {
        /// The attacking argument's index.
        public var attacker: Int
        /// The attacked argument's index.
        public var target: Int
        /// Creates an attack.
        public init(_ attacker: Int, _ target: Int) {
            self.attacker = attacker
            self.target = target
        }
        /// Orders by attacker, then target.
        public static func < (lhs: Attack, rhs: Attack) -> Bool {
            (lhs.attacker, lhs.target) < (rhs.attacker, rhs.target)
        }
    }

    /// Builds a framework. Attacks naming an index outside `0..<names.count` are dropped; duplicates are merged.
    /// O((n + m) log m) for n arguments and m attacks.
    public init(names: [String], attacks: [Attack]) {
        let n = names.count
        let valid = attacks.filter { $0.attacker >= 0 && $0.attacker < n && $0.target >= 0 && $0.target < n }
        var sorted = valid.sorted()
        if !sorted.isEmpty {
            var write = 1
            for read in 1..<sorted.count where sorted[read] != sorted[write - 1] {
                sorted[write] = sorted[read]
                write += 1
            }
            sorted.removeLast(sorted.count - write)
        }
        self.names = names
        self.attacks = sorted
        (targetStart, targetList) = Self.index(count: n, sorted, byTarget: false)
        (attackerStart, attackerList) = Self.index(count: n, sorted, byTarget: true)
    }

    /// A framework whose arguments are named `"1"`...`"count"`, as in ICCMA 2023.
    public init(count: Int, attacks: [Attack]) {
        self.init(names: (0..<max(0, count)).map { String($0 + 1) }, attacks: attacks)
    }

    /// The number of arguments.
    public var count: Int { names.count }

    /// The arguments that attack `argument`. O(1) to get, O(degree) to walk.
    public func attackers(of argument: Int) -> ArraySlice<Int32> {
        attackerList[Int(attackerStart[argument])..<Int(attackerStart[argument + 1])]
    }

    /// The arguments that `argument` attacks. O(1) to get, O(degree) to walk.
    public func targets(of argument: Int) -> ArraySlice<Int32> {
        targetList[Int(targetStart[argument])..<Int(targetStart[argument + 1])]
    }

    /// Each argument's targets (`byTarget` false) or attackers (true), in the order of `attacks`. O(n + m).
    private static func index(count n: Int, _ attacks: [Attack], byTarget: Bool) -> ([Int32], [Int32]) {
        let lists = FlatLists(keyCount: n, placeholder: Int32(0)) { add in
            for a in attacks {
                if byTarget { add(a.target, Int32(a.attacker)) } else { add(a.attacker, Int32(a.target)) }
            }
        }
        return (lists.start, lists.items)
    }
}
