/// The weights `argmap grade` scores with (docs/grading.md explains each one with a worked example).
///
/// Points possible = `node` × key nodes + `relation` × key relations + `mainConclusion`.
/// Points earned = `node` × key nodes the student has
///   + `node` × `simplifiedCredit` × key nodes a faithful simplification leaves out
///   + `relation` × (correct + `wrongTypeCredit` × wrong type + `reversedCredit` × reversed
///                   + `simplifiedCredit` × relations simplified)
///   + `mainConclusion` when the student's map ends in the key's main conclusion
///   − `extraNodePenalty` × extra nodes − `extraRelationPenalty` × extra relations,
/// kept within 0 ... possible. The score is earned / possible × 100.
public struct GradingRubric: Hashable, Sendable, Codable {
    /// Points per key node the student has (aligned by title or text).
    public var node: Double
    /// Points per key relation drawn correctly.
    public var relation: Double
    /// Points for ending the map in the key's main conclusion.
    public var mainConclusion: Double
    /// Fraction of `relation` for the right nodes and direction with the wrong type.
    public var wrongTypeCredit: Double
    /// Fraction of `relation` for the right nodes drawn the other way round.
    public var reversedCredit: Double
    /// Points taken off per student node the key does not have.
    public var extraNodePenalty: Double
    /// Points taken off per student relation the key does not have.
    public var extraRelationPenalty: Double
    /// Fraction of the points for the key relations and the nodes a faithful simplification draws across
    /// (``RelationVerdict/simplified``).
    public var simplifiedCredit: Double

    /// The default rubric: node 1, relation 2, main conclusion 3, wrong type ½, reversed ¼, extra node 0,
    /// extra relation ½, simplified ½.
    public static let standard = GradingRubric(
        node: 1, relation: 2, mainConclusion: 3, wrongTypeCredit: 0.5, reversedCredit: 0.25,
        extraNodePenalty: 0, extraRelationPenalty: 0.5, simplifiedCredit: 0.5)

    /// Creates a rubric.
    public init(
        node: Double, relation: Double, mainConclusion: Double, wrongTypeCredit: Double, reversedCredit: Double,
        extraNodePenalty: Double, extraRelationPenalty: Double, simplifiedCredit: Double = 0.5
    ) {
        self.simplifiedCredit = simplifiedCredit
        self.node = node
        self.relation = relation
        self.mainConclusion = mainConclusion
        self.wrongTypeCredit = wrongTypeCredit
        self.reversedCredit = reversedCredit
        self.extraNodePenalty = extraNodePenalty
        self.extraRelationPenalty = extraRelationPenalty
    }

    /// The names a rubric file may set, as written in the file.
    public static let keys = [
        "node", "relation", "mainConclusion", "wrongTypeCredit", "reversedCredit", "extraNodePenalty",
        "extraRelationPenalty", "simplifiedCredit",
    ]

    /// Why a rubric could not be built from a table of values.
    public struct Problem: Error, Hashable, Sendable, CustomStringConvertible {
        /// The offending key.
        public var key: String
        /// What is wrong with it.
        public var message: String
        /// `key: message`.
        public var description: String { "\(key): \(message)" }
    }

    /// The largest weight a rubric accepts: far beyond any sensible mark, small enough that points over any map
    /// that fits in memory stay finite (1e308 per node made the total infinite and the score `-nan%`).
    public static let maximumWeight = 1_000_000.0

    /// The standard rubric with the given entries replaced. Unknown names, numbers outside 0 ... ``maximumWeight``
    /// and credits (`wrongTypeCredit`, `reversedCredit`: fractions) outside 0 ... 1 are problems (the message
    /// lists the known names).
    public func overriding(_ values: [(key: String, value: Double)]) throws(Problem) -> GradingRubric {
        var r = self
        for (key, value) in values {
            let isCredit = key == "wrongTypeCredit" || key == "reversedCredit" || key == "simplifiedCredit"
            let limit = isCredit ? 1 : Self.maximumWeight
            guard value.isFinite, value >= 0, value <= limit else {
                let shown = Format.fixed(limit, 0)
                throw Problem(key: key, message: "must be a number from 0 to \(shown)\(isCredit ? " (a fraction of `relation`)" : ""), not \(value)")
            }
            switch key {
            case "node": r.node = value
            case "relation": r.relation = value
            case "mainConclusion": r.mainConclusion = value
            case "wrongTypeCredit": r.wrongTypeCredit = value
            case "reversedCredit": r.reversedCredit = value
            case "extraNodePenalty": r.extraNodePenalty = value
            case "extraRelationPenalty": r.extraRelationPenalty = value
            case "simplifiedCredit": r.simplifiedCredit = value
            default:
                throw Problem(key: key, message: "unknown weight; the rubric knows \(Self.keys.joined(separator: ", "))")
            }
        }
        return r
    }
}

/// A score under a rubric, with the counts it was computed from.
public struct GradeScore: Hashable, Sendable, Codable {
    /// Points earned (after penalties, within 0 ... possible).
    public var points: Double
    /// Points possible.
    public var possible: Double
    /// points / possible × 100 (0 when nothing is possible).
    public var percent: Double
    /// Key nodes the student has / key nodes.
    public var nodesFound: Int
    /// Key node count.
    public var keyNodes: Int
    /// Relations per verdict.
    public var correct: Int, wrongType: Int, reversed: Int, missing: Int, extra: Int, simplified: Int
    /// Key nodes left out inside faithful simplifications (not counted in `nodesFound`).
    public var simplifiedNodes: Int
    /// Key relation count.
    public var keyRelations: Int
    /// Student nodes the key does not have.
    public var extraNodes: Int
    /// Whether the map ends in the key's main conclusion.
    public var mainConclusionFound: Bool

    /// Scores `comparison` under `rubric`. Complexity: O(relations).
    public init(_ comparison: MapComparison, rubric: GradingRubric = .standard) {
        nodesFound = comparison.alignment.matches.count
        keyNodes = comparison.key.nodes.count
        let count = { (v: RelationVerdict) in comparison.findings(v).count }
        correct = count(.correct)
        wrongType = count(.wrongType)
        reversed = count(.reversed)
        missing = count(.missing)
        extra = count(.extra)
        simplified = count(.simplified)
        simplifiedNodes = comparison.simplifiedNodes.count
        keyRelations = correct + wrongType + reversed + missing + simplified
        extraNodes = comparison.alignment.unmatchedStudent.count
        mainConclusionFound = comparison.mainConclusionFound
        possible = rubric.node * Double(keyNodes) + rubric.relation * Double(keyRelations)
            + (comparison.keyMainConclusion == nil ? 0 : rubric.mainConclusion)
        let relationPoints = Double(correct) + rubric.wrongTypeCredit * Double(wrongType) + rubric.reversedCredit * Double(reversed)
            + rubric.simplifiedCredit * Double(simplified)
        var earned = rubric.node * (Double(nodesFound) + rubric.simplifiedCredit * Double(simplifiedNodes))
            + rubric.relation * relationPoints
            + (mainConclusionFound ? rubric.mainConclusion : 0)
            - rubric.extraNodePenalty * Double(extraNodes) - rubric.extraRelationPenalty * Double(extra)
        earned = min(max(earned, 0), possible)
        points = earned
        percent = possible > 0 ? earned / possible * 100 : 0
    }
}
