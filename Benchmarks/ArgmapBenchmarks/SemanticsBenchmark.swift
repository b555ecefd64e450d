import ArgumentAnalysis
import ArgumentModel
import Foundation

/// `semantics`: grounded on a generated framework of 1,000,000 arguments and 5,000,000 attacks (linear time), then
/// one preferred labelling, one stable labelling (or none), sceptical preferred acceptance of one argument and
/// the number of preferred extensions (up to 100) on generated frameworks of 200–2,000 arguments.
/// Frameworks are random (seeded), each argument attacking on average `degree` others. (At 2,000 arguments with
/// degree 4 the sceptical/enumeration queries ran past 10 minutes on a shared 2-core machine, so that size is
/// left out.)
enum SemanticsBenchmark {
    static var program: BenchmarkProgram {
        BenchmarkProgram(
            name: "semantics",
            summary: "grounded on 1M arguments / 5M attacks; preferred and stable on 200-2,000 arguments",
            run: run)
    }

    static func generate(arguments n: Int, attacks m: Int, seed: UInt64) -> AttackFramework {
        var rng = SplitMix64(seed: seed)
        var attacks: [AttackFramework.Attack] = []
        attacks.reserveCapacity(m)
        for _ in 0..<m { attacks.append(.init(rng.below(n), rng.below(n))) }
        return AttackFramework(count: n, attacks: attacks)
    }

    static func time<T>(_ body: () -> T) -> (T, Double) {
        let start = DispatchTime.now().uptimeNanoseconds
        let value = body()
        return (value, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }

    static func run(_ args: [String]) throws {
        let big = args.first.flatMap(Int.init) ?? 1_000_000
        print("semantics: random frameworks (SplitMix64 seeds), wall times; the machine may be shared")
        let (af, build) = time { generate(arguments: big, attacks: 5 * big, seed: 1) }
        let problem = LabellingProblem(framework: af)
        var labels: [Label] = []
        let groundedTime = Timing.median(repeats: 3) { labels = GroundedSolver.labelling(problem) }
        let counts = Label.allCases.map { c in "\(labels.filter { $0 == c }.count) \(c.rawValue)" }.joined(separator: ", ")
        print("grounded: \(af.count) arguments, \(af.attacks.count) attacks (build \(Timing.format(build))): "
            + "\(Timing.format(groundedTime)) (median of 3) — \(counts)")
        for (n, degree) in [(200, 2), (500, 2), (1000, 2), (2000, 2), (200, 4), (1000, 4)] {
            let af = generate(arguments: n, attacks: degree * n, seed: UInt64(n * 10 + degree))
            let solver = SemanticsSolver(LabellingProblem(framework: af))
            let undecided = solver.groundedLabelling.filter { $0 == .undec }.count
            let (preferred, tp) = time { solver.some(.preferred) }
            let (stable, ts) = time { solver.some(.stable) }
            let (sceptical, tds) = time { solver.sceptical(0, .preferred).accepted }
            let (count, tc) = time { solver.labellings(.preferred, limit: 100).count }
            let inCount = preferred?.filter { $0 == .in }.count ?? 0
            print("n=\(n) m=\(af.attacks.count) (\(undecided) undecided by grounded): "
                + "SE-PR \(Timing.format(tp)) (\(inCount) IN), SE-ST \(Timing.format(ts)) (\(stable == nil ? "none" : "found")), "
                + "DS-PR \(Timing.format(tds)) (\(sceptical ? "YES" : "NO")), preferred extensions \(count)\(count == 100 ? "+" : "") in \(Timing.format(tc))")
        }
    }
}
