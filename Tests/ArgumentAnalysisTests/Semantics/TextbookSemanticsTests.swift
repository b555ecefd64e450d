import ArgumentModel
import Testing

@testable import ArgumentAnalysis

/// Textbook frameworks with answers worked out by hand (Dung 1995; Caminada 2006; Baroni and Giacomin's
/// floating reinstatement). Arguments are named by letters a, b, c, … = 0, 1, 2, ….
@Suite struct TextbookSemanticsTests {
    static func framework(_ n: Int, _ attacks: [(Int, Int)]) -> SemanticsSolver {
        SemanticsSolver(LabellingProblem(framework: AttackFramework(count: n, attacks: attacks.map { .init($0.0, $0.1) })))
    }

    /// IN sets as sorted letter strings, sorted: ["ac", "bd"].
    static func extensions(_ solver: SemanticsSolver, _ semantics: Semantics) -> [String] {
        solver.labellings(semantics).map { l in
            String(l.indices.filter { l[$0] == .in }.map { Character(UnicodeScalar(UInt8(97 + $0))) })
        }.sorted()
    }

    @Test func reinstatementChain() {
        // a → b → c: a is unattacked, defeats b, and so reinstates c.
        let s = Self.framework(3, [(0, 1), (1, 2)])
        #expect(s.groundedLabelling == [.in, .out, .in])
        for semantics in Semantics.allCases { #expect(Self.extensions(s, semantics) == ["ac"]) }
    }

    @Test func nixonDiamondEvenTwoCycle() {
        // Dung's Nixon example: a ↔ b. Nothing is grounded; each side is a preferred and stable extension.
        let s = Self.framework(2, [(0, 1), (1, 0)])
        #expect(s.groundedLabelling == [.undec, .undec])
        #expect(Self.extensions(s, .complete) == ["", "a", "b"])
        #expect(Self.extensions(s, .preferred) == ["a", "b"])
        #expect(Self.extensions(s, .stable) == ["a", "b"])
        #expect(Self.extensions(s, .semiStable) == ["a", "b"])
        #expect(s.credulous(0, .preferred).accepted)
        #expect(!s.sceptical(0, .preferred).accepted)
    }

    @Test func oddThreeCycleHasNoStableExtension() {
        // a → b → c → a: only the empty labelling (all UNDEC) is complete.
        let s = Self.framework(3, [(0, 1), (1, 2), (2, 0)])
        #expect(Self.extensions(s, .complete) == [""])
        #expect(Self.extensions(s, .preferred) == [""])
        #expect(Self.extensions(s, .semiStable) == [""])
        #expect(Self.extensions(s, .stable) == [])
        #expect(s.some(.stable) == nil)
        #expect(s.sceptical(0, .stable).accepted)  // vacuously: no stable extension
        #expect(!s.credulous(0, .stable).accepted)
        #expect(s.count(.stable) == 0)
    }

    @Test func evenFourCycle() {
        // a → b → c → d → a: two preferred/stable extensions {a, c} and {b, d}; the empty one is complete too.
        let s = Self.framework(4, [(0, 1), (1, 2), (2, 3), (3, 0)])
        #expect(Self.extensions(s, .complete) == ["", "ac", "bd"])
        #expect(Self.extensions(s, .preferred) == ["ac", "bd"])
        #expect(Self.extensions(s, .stable) == ["ac", "bd"])
    }

    @Test func selfAttack() {
        // a → a, a → b, c unattacked: a can never be IN, so neither a nor b is decided; c is IN.
        let s = Self.framework(3, [(0, 0), (0, 1)])
        #expect(s.groundedLabelling == [.undec, .undec, .in])
        #expect(Self.extensions(s, .preferred) == ["c"])
        #expect(Self.extensions(s, .stable) == [])
        #expect(Self.extensions(s, .semiStable) == ["c"])
    }

    @Test func floatingReinstatement() {
        // a ↔ b, both attack c, c → d: d is IN in both preferred extensions, yet not grounded.
        let s = Self.framework(4, [(0, 1), (1, 0), (0, 2), (1, 2), (2, 3)])
        #expect(s.groundedLabelling == [.undec, .undec, .undec, .undec])
        #expect(Self.extensions(s, .preferred) == ["ad", "bd"])
        #expect(s.sceptical(3, .preferred).accepted)
        #expect(!s.sceptical(3, .grounded).accepted)
        #expect(Self.extensions(s, .complete) == ["", "ad", "bd"])
    }

    @Test func semiStableDiffersFromPreferred() {
        // Caminada's example: a ↔ b, b → c, c → c. Preferred: {a}, {b}; only {b} decides c, so it is the one
        // stable and semi-stable extension. Adding an odd cycle d → e → f → d kills stability, not semi-stability.
        let s = Self.framework(3, [(0, 1), (1, 0), (1, 2), (2, 2)])
        #expect(Self.extensions(s, .preferred) == ["a", "b"])
        #expect(Self.extensions(s, .stable) == ["b"])
        #expect(Self.extensions(s, .semiStable) == ["b"])
        let t = Self.framework(6, [(0, 1), (1, 0), (1, 2), (2, 2), (3, 4), (4, 5), (5, 3)])
        #expect(Self.extensions(t, .stable) == [])
        #expect(Self.extensions(t, .semiStable) == ["b"])
        #expect(Self.extensions(t, .preferred) == ["a", "b"])
    }

    @Test func limitStopsEnumeration() {
        // Three independent 2-cycles: 8 preferred extensions; a limit of 3 returns 3.
        let s = Self.framework(6, [(0, 1), (1, 0), (2, 3), (3, 2), (4, 5), (5, 4)])
        #expect(s.count(.preferred) == 8)
        #expect(s.labellings(.preferred, limit: 3).count == 3)
    }

    @Test func groundedIsLinearOnALongChain() {
        // 200,000 arguments in a chain: alternately IN and OUT (also checks the iterative SCC walk).
        let n = 200_000
        let af = AttackFramework(count: n, attacks: (0..<(n - 1)).map { .init($0, $0 + 1) })
        let labels = GroundedSolver.labelling(LabellingProblem(framework: af))
        #expect(labels[0] == .in && labels[1] == .out && labels[n - 1] == (n % 2 == 1 ? .in : .out))
        #expect(StronglyConnectedComponents.of(af).count == n)
    }

    @Test func reasonGroupsCannotBootstrap() {
        // b and c support each other (groups {c} and {b}) and nothing else: both stay UNDEC in every labelling.
        let af = AttackFramework(count: 3, attacks: [])
        let s = SemanticsSolver(LabellingProblem(framework: af, groups: [[], [[2]], [[1]]]))
        #expect(s.groundedLabelling == [.in, .undec, .undec])
        #expect(s.labellings(.complete) == [[.in, .undec, .undec]])
        #expect(s.labellings(.stable).isEmpty)
    }
}
