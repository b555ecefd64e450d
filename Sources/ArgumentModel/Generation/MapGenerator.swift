/// Generates deterministic, well-formed argument maps of any size: for benchmarks, fuzz seeds and demos.
///
/// - `tree`: one thesis; every other statement supports (about 3 in 4) or attacks an earlier one.
/// - `essay`: looks like an essay map: a thesis, reasons grouped in sections, evidence with quotes and a `basis`,
///   objections and rebuttals, and reconstructed arguments whose premises are existing claims.
/// - `random`: a tree plus long cross links between random statements (about half as many again), the shape that
///   makes naive layered layout slow.
/// The same options always give the same graph. Complexity: O(statements + arguments).
public enum MapGenerator {
    /// The overall shape of a generated map.
    public enum Shape: String, Sendable, CaseIterable {
        case tree, essay, random
    }

    /// What to generate.
    public struct Options: Sendable {
        /// Number of statements (at least 1).
        public var statements: Int
        /// Number of reconstructed arguments (each with two premises and a conclusion among the statements).
        public var arguments: Int
        /// The shape.
        public var shape: Shape
        /// The random seed.
        public var seed: UInt64

        /// Creates options.
        public init(statements: Int, arguments: Int = 0, shape: Shape = .tree, seed: UInt64 = 1) {
            self.statements = statements
            self.arguments = arguments
            self.shape = shape
            self.seed = seed
        }
    }

    private static let words = [
        "workers", "soviets", "power", "war", "bread", "land", "peace", "party", "strike", "factory", "committee",
        "government", "army", "garrison", "peasants", "debate", "control", "revolution", "majority", "congress",
        "decree", "reform", "election", "press", "union", "street", "capital", "coalition", "minister", "crisis",
    ]

    /// A deterministic sentence of `count` words, capitalised, ending in a period.
    static func sentence(_ rng: inout SplitMix64, words count: Int) -> String {
        var parts: [String] = []
        for _ in 0..<count { parts.append(words[rng.below(words.count)]) }
        parts[0] = parts[0].prefix(1).uppercased() + parts[0].dropFirst()
        return parts.joined(separator: " ") + "."
    }

    /// Generates a map.
    public static func generate(_ options: Options) -> ArgumentGraph {
        var rng = SplitMix64(seed: options.seed)
        var b = GraphBuilder()
        b.metadata = .object(["title": .string("Generated \(options.shape.rawValue) map"), "generator": .object([
            "statements": .int(options.statements), "arguments": .int(options.arguments), "seed": .int(Int(truncatingIfNeeded: options.seed)),
        ])])
        let count = max(1, options.statements)
        var statements: [NodeID] = []
        statements.reserveCapacity(count)
        switch options.shape {
        case .tree, .random:
            for i in 0..<count {
                let id = b.node(.statement, title: "Claim \(i + 1)")
                let text = sentence(&rng, words: 6 + rng.below(8))
                b.update(id) { $0.text = text; $0.occurrences = [Occurrence(role: .imported, text: text)] }
                if i > 0 {
                    // Attach to a recent-ish node so depth grows like a real map's (log-ish), not a path.
                    let parent = statements[rng.below(statements.count)]
                    b.addRelation(from: id, to: parent, type: rng.chance(0.75) ? .support : .attack)
                }
                statements.append(id)
            }
            if options.shape == .random && count > 2 {
                for _ in 0..<(count / 2) {
                    let a = statements[rng.below(count)], c = statements[rng.below(count)]
                    if a != c { b.addRelation(from: a, to: c, type: rng.chance(0.6) ? .support : .attack) }
                }
            }
        case .essay:
            generateEssay(count: count, builder: &b, statements: &statements, rng: &rng)
        }
        addArguments(options.arguments, over: statements, builder: &b, rng: &rng)
        return b.build()
    }

    private static func generateEssay(count: Int, builder b: inout GraphBuilder, statements: inout [NodeID], rng: inout SplitMix64) {
        let basisKinds = ["quote", "statistic", "expert", "event", "example"]
        func add(_ title: String, section: SectionID?, basis: String?, rng: inout SplitMix64) -> NodeID {
            let id = b.node(.statement, title: title)
            let text = sentence(&rng, words: 8 + rng.below(10))
            var data = DataValue.empty
            if let basis {
                data = data.setting("basis", to: .string(basis))
                data = data.setting("quote", to: .string(sentence(&rng, words: 5 + rng.below(6))))
            }
            b.update(id) {
                $0.text = text
                $0.section = section
                $0.data = data
                $0.occurrences = [Occurrence(role: .imported, text: text, data: data)]
            }
            statements.append(id)
            return id
        }
        let thesis = add("Thesis", section: nil, basis: nil, rng: &rng)
        var reasonIndex = 0
        while statements.count < count {
            reasonIndex += 1
            let section = b.addSection(title: "Reason \(reasonIndex)", level: 1)
            let reason = add("Reason \(reasonIndex)", section: section, basis: nil, rng: &rng)
            b.addRelation(from: reason, to: thesis, type: .support)
            for e in 0..<(2 + rng.below(3)) where statements.count < count {
                let evidence = add("Evidence \(reasonIndex).\(e + 1)", section: section, basis: basisKinds[rng.below(basisKinds.count)], rng: &rng)
                b.addRelation(from: evidence, to: reason, type: .support)
            }
            if statements.count < count, rng.chance(0.6) {
                let objection = add("Objection \(reasonIndex)", section: section, basis: nil, rng: &rng)
                b.addRelation(from: objection, to: rng.chance(0.7) ? reason : thesis, type: .attack)
                if statements.count < count, rng.chance(0.8) {
                    let rebuttal = add("Rebuttal \(reasonIndex)", section: section, basis: basisKinds[rng.below(basisKinds.count)], rng: &rng)
                    b.addRelation(from: rebuttal, to: objection, type: .attack)
                }
            }
        }
    }

    private static func addArguments(_ count: Int, over statements: [NodeID], builder b: inout GraphBuilder, rng: inout SplitMix64) {
        guard count > 0, statements.count >= 3 else { return }
        for i in 0..<count {
            let id = b.node(.argument, title: "Argument \(i + 1)")
            var picks: [NodeID] = []
            while picks.count < 3 {
                let s = statements[rng.below(statements.count)]
                if !picks.contains(s) { picks.append(s) }
            }
            let text = sentence(&rng, words: 7)
            b.update(id) {
                $0.text = text
                $0.occurrences = [Occurrence(role: .imported, text: text)]
                $0.pcs = PremiseConclusionStructure(steps: [
                    .statement(PCSStatement(number: 1, statement: picks[0], role: .premise)),
                    .statement(PCSStatement(number: 2, statement: picks[1], role: .premise)),
                    .inference(Inference()),
                    .statement(PCSStatement(number: 3, statement: picks[2], role: .mainConclusion)),
                ])
            }
        }
    }
}
