import ArgumentModel
import Testing

@testable import ArgumentAnalysis

/// Every semantics against brute force on random frameworks: all 2^n subsets for Dung frameworks (n ≤ 12), all
/// 3^n labellings for frameworks with reason groups (n ≤ 7). The reference below is written from the
/// definitions and shares no code with the solvers.
@Suite struct BruteForceSemanticsTests {
    /// Dung's definitions over IN sets (bitmasks).
    struct DungReference {
        let n: Int
        let attackersMask: [UInt32]  // attackers of each argument
        let targetsMask: [UInt32]

        init(_ af: AttackFramework) {
            n = af.count
            var att = [UInt32](repeating: 0, count: n), tgt = [UInt32](repeating: 0, count: n)
            for a in af.attacks {
                att[a.target] |= 1 << UInt32(a.attacker)
                tgt[a.attacker] |= 1 << UInt32(a.target)
            }
            attackersMask = att
            targetsMask = tgt
        }

        func attacked(by s: UInt32) -> UInt32 {
            var out: UInt32 = 0
            for a in 0..<n where s & (1 << UInt32(a)) != 0 { out |= targetsMask[a] }
            return out
        }

        /// (complete, preferred, stable, semi-stable, grounded) as sets of IN masks.
        func extensions() -> (co: Set<UInt32>, pr: Set<UInt32>, st: Set<UInt32>, sst: Set<UInt32>, gr: UInt32) {
            var complete: [UInt32] = []
            var stable: Set<UInt32> = []
            let all: UInt32 = n == 32 ? ~0 : (1 << UInt32(n)) - 1
            for s in UInt32(0)...all {
                let plus = attacked(by: s)
                if plus & s != 0 { continue }  // not conflict-free
                var defended: UInt32 = 0
                for a in 0..<n where attackersMask[a] & ~plus == 0 { defended |= 1 << UInt32(a) }
                if defended == s { complete.append(s) }
                if s | plus == all { stable.insert(s) }
            }
            let preferred = complete.filter { s in !complete.contains { $0 != s && $0 & s == s } }
            let range = { (s: UInt32) in s | self.attacked(by: s) }
            let semi = complete.filter { s in !complete.contains { range($0) != range(s) && range($0) & range(s) == range(s) } }
            let grounded = complete.min { $0.nonzeroBitCount < $1.nonzeroBitCount }!
            return (Set(complete), Set(preferred), stable, Set(semi), grounded)
        }
    }

    static func mask(_ labels: [Label]) -> UInt32 {
        var m: UInt32 = 0
        for (i, l) in labels.enumerated() where l == .in { m |= 1 << UInt32(i) }
        return m
    }

    static func randomFramework(_ rng: inout SplitMix64, maxArguments: Int) -> AttackFramework {
        let n = Int.random(in: 0...maxArguments, using: &rng)
        let density = Double.random(in: 0.05...0.35, using: &rng)
        var attacks: [AttackFramework.Attack] = []
        for a in 0..<n {
            for b in 0..<n where Double.random(in: 0..<1, using: &rng) < density { attacks.append(.init(a, b)) }
        }
        return AttackFramework(count: n, attacks: attacks)
    }

    @Test func everySemanticsMatchesSubsetEnumeration() {
        var rng = SplitMix64(seed: 2026)
        for _ in 0..<2000 {
            let af = Self.randomFramework(&rng, maxArguments: 12)
            let reference = DungReference(af).extensions()
            let solver = SemanticsSolver(LabellingProblem(framework: af))
            #expect(Self.mask(solver.groundedLabelling) == reference.gr)
            let expected: [(Semantics, Set<UInt32>)] = [
                (.complete, reference.co), (.preferred, reference.pr), (.stable, reference.st),
                (.semiStable, reference.sst), (.grounded, [reference.gr]),
            ]
            for (semantics, sets) in expected {
                let found = solver.labellings(semantics)
                #expect(Set(found.map(Self.mask)) == sets, "\(semantics) on \(af.attacks)")
                #expect(found.count == sets.count)
                #expect(solver.count(semantics) == sets.count)
                for labels in found { #expect(solver.problem.isComplete(labels)) }
                if let one = solver.some(semantics) {
                    #expect(sets.contains(Self.mask(one)), "some \(semantics) on \(af.attacks)")
                } else {
                    #expect(sets.isEmpty)
                }
                if af.count > 0 {
                    let arg = Int.random(in: 0..<af.count, using: &rng)
                    let bit: UInt32 = 1 << UInt32(arg)
                    let cred = solver.credulous(arg, semantics)
                    #expect(cred.accepted == sets.contains { $0 & bit != 0 }, "DC \(semantics) \(arg) on \(af.attacks)")
                    if let w = cred.witness { #expect(sets.contains(Self.mask(w)) && w[arg] == .in) }
                    let scep = solver.sceptical(arg, semantics)
                    #expect(scep.accepted == sets.allSatisfy { $0 & bit != 0 }, "DS \(semantics) \(arg) on \(af.attacks)")
                    if let c = scep.counterexample { #expect(sets.contains(Self.mask(c)) && c[arg] != .in) }
                }
            }
        }
    }

    /// The reason-group rules by definition, over all 3^n labellings.
    static func referenceLabellings(_ problem: LabellingProblem) -> [[Label]] {
        let n = problem.count
        let af = problem.framework
        var result: [[Label]] = []
        var code = 0
        var total = 1
        for _ in 0..<n { total *= 3 }
        while code < total {
            var labels: [Label] = []
            var c = code
            for _ in 0..<n {
                labels.append([Label.in, .out, .undec][c % 3])
                c /= 3
            }
            code += 1
            var ok = true
            for v in 0..<n where ok {
                let attackers = af.attacks.filter { $0.target == v }.map(\.attacker)
                let gs = problem.groups[v]
                let inOK = attackers.allSatisfy { labels[$0] == .out } && (gs.isEmpty || gs.contains { $0.allSatisfy { labels[$0] == .in } })
                let outOK = attackers.contains { labels[$0] == .in } || (!gs.isEmpty && gs.allSatisfy { $0.contains { labels[$0] == .out } })
                ok = labels[v] == .in ? inOK : labels[v] == .out ? outOK : (!inOK && !outOK)
            }
            guard ok else { continue }
            // Founded: iterate "IN and (no groups or a group of founded members)" to a fixpoint.
            var founded = Set<Int>()
            var changed = true
            while changed {
                changed = false
                for v in 0..<n where labels[v] == .in && !founded.contains(v) {
                    if problem.groups[v].isEmpty || problem.groups[v].contains(where: { $0.allSatisfy(founded.contains) }) {
                        founded.insert(v)
                        changed = true
                    }
                }
            }
            guard founded.count == labels.filter({ $0 == .in }).count else { continue }
            // OUT founded: an IN attacker, or in every group an OUT member founded earlier.
            var foundedOut = Set<Int>()
            changed = true
            while changed {
                changed = false
                for v in 0..<n where labels[v] == .out && !foundedOut.contains(v) {
                    let attackedByIn = af.attacks.contains { $0.target == v && labels[$0.attacker] == .in }
                    let gs = problem.groups[v]
                    if attackedByIn || (!gs.isEmpty && gs.allSatisfy { $0.contains(where: foundedOut.contains) }) {
                        foundedOut.insert(v)
                        changed = true
                    }
                }
            }
            if foundedOut.count == labels.filter({ $0 == .out }).count { result.append(labels) }
        }
        return result
    }

    @Test func reasonGroupsMatchLabellingEnumeration() {
        var rng = SplitMix64(seed: 17)
        for _ in 0..<400 {
            let af = Self.randomFramework(&rng, maxArguments: 7)
            let n = af.count
            var groups: [[[Int]]] = Array(repeating: [], count: n)
            for v in 0..<n where Double.random(in: 0..<1, using: &rng) < 0.5 {
                for _ in 0..<Int.random(in: 1...2, using: &rng) {
                    groups[v].append((0..<Int.random(in: 1...2, using: &rng)).map { _ in Int.random(in: 0..<n, using: &rng) })
                }
            }
            let problem = LabellingProblem(framework: af, groups: groups)
            let all = Self.referenceLabellings(problem)
            #expect(!all.isEmpty)
            let solver = SemanticsSolver(problem)
            let inSet = { (l: [Label]) in Set(l.indices.filter { l[$0] == .in }) }
            let range = { (l: [Label]) in Set(l.indices.filter { l[$0] != .undec }) }
            // Grounded: a reference labelling whose IN and OUT sets are contained in every other's.
            let g = solver.groundedLabelling
            #expect(all.contains(g), "grounded \(g) on \(af.attacks) \(groups)")
            for l in all { #expect(inSet(g).isSubset(of: inSet(l))) }
            let preferred = all.filter { l in !all.contains { inSet($0).isStrictSuperset(of: inSet(l)) } }
            let stable = all.filter { !$0.contains(.undec) }
            let semi = all.filter { l in !all.contains { range($0).isStrictSuperset(of: range(l)) } }
            let cases: [(Semantics, [[Label]])] = [(.complete, all), (.preferred, preferred), (.stable, stable), (.semiStable, semi)]
            for (semantics, expected) in cases {
                let found = solver.labellings(semantics)
                #expect(Set(found.map(inSet)) == Set(expected.map(inSet)), "\(semantics) on \(af.attacks) \(groups)")
                for l in found { #expect(all.contains(l), "\(semantics) labelling \(l) on \(af.attacks) \(groups)") }
            }
        }
    }
}
