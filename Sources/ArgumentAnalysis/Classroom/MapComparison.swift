import ArgumentModel

/// What the grader says about one relation.
public enum RelationVerdict: String, Hashable, Sendable, Codable, CaseIterable {
    /// The student drew the key's relation between the right nodes, in the right direction, of the right type.
    case correct
    /// Right nodes and direction, wrong type (a support drawn as an attack, ...).
    case wrongType = "wrong-type"
    /// Right nodes, drawn the other way round (possibly also with the wrong type).
    case reversed
    /// The key has it, the student does not (including when an endpoint is missing).
    case missing
    /// The student has it, the key does not.
    case extra
    /// A faithful simplification: the student drew one relation straight across a chain of the key's (an objection
    /// drawn directly against the claim its argument concludes against; a premise drawn straight to the
    /// conclusion its argument supports), leaving out the argument in between. Every key relation of the chain gets
    /// this verdict, with the student's shortcut as its `student`.
    case simplified
}

/// One compared relation: a key relation with what the student drew for it, or a student relation the key lacks.
public struct RelationFinding: Hashable, Sendable {
    /// Correct, wrong type, reversed, missing or extra.
    public var verdict: RelationVerdict
    /// The key's relation (nil for extra).
    public var key: Relation?
    /// The student's relation that was matched to it (nil for missing).
    public var student: Relation?

    /// Creates a finding.
    public init(verdict: RelationVerdict, key: Relation?, student: Relation?) {
        self.verdict = verdict
        self.key = key
        self.student = student
    }
}

/// A student's map compared with the key: node alignment, relation verdicts and the main conclusion.
///
/// Relations are the connections each map shows (`MapConnections`: shown relations with strict types folded to
/// loose ones, plus premise → argument supports of reconstructed arguments), compared as (from, to, type).
/// Each key relation is judged once, in key order, against the student's relations between the two aligned nodes:
/// first every exact match is taken (correct; contradictions in either direction), then for the rest in order of
/// preference: same direction with another type (wrong type), the other direction (reversed), else missing.
/// Each student relation answers at most one key relation. A student relation left over that runs straight across
/// a chain of key relations — supports through nodes the student left out, then one relation of the student's
/// type (``RelationVerdict/simplified``) — answers the whole chain; the rest are extra.
public struct MapComparison: Sendable {
    /// The teacher's map.
    public let key: ArgumentGraph
    /// The student's map.
    public let student: ArgumentGraph
    /// The node pairing.
    public let alignment: NodeAlignment
    /// Verdicts on key relations (key order), then extra student relations (student order).
    public let relations: [RelationFinding]
    /// The key's main conclusion (``MainConclusion``).
    public let keyMainConclusion: NodeID?
    /// The student's main conclusion.
    public let studentMainConclusion: NodeID?
    /// The faithful simplifications, in student relation order.
    public let simplifications: [Simplification]
    /// Key nodes the student left out inside a faithful simplification (the argument drawn across), in key order.
    public var simplifiedNodes: [NodeID] { Array(Set(simplifications.flatMap(\.skipped))).sorted() }
    /// Whether the student's map ends in the key's main conclusion's partner — or would, but for relations judged
    /// reversed leaving it (a flipped relation costs its own points and is named once, as reversed).
    public let mainConclusionFound: Bool
    /// Whether the main conclusion counts as found only because reversed relations leave it.
    public let mainConclusionFlipped: Bool

    /// Compares `student` with `key`. Complexity: the alignment's (``AlignmentEngine``) plus
    /// O(E_key + E_student) on average, and O(E_student · E_key) at worst for simplification chains.
    public init(key: ArgumentGraph, student: ArgumentGraph, threshold: Double = NodeAlignment.defaultThreshold) {
        self.init(key: key, student: student, alignment: NodeAlignment.align(key: key, student: student, threshold: threshold))
    }

    /// Compares `student` with `key` under a given alignment.
    public init(key: ArgumentGraph, student: ArgumentGraph, alignment: NodeAlignment) {
        self.key = key
        self.student = student
        self.alignment = alignment
        keyMainConclusion = MainConclusion.of(key)
        studentMainConclusion = MainConclusion.of(student)

        let keyRelations = Self.comparable(key)
        let studentRelations = Self.comparable(student)
        var judge = RelationJudge(keyRelations: keyRelations, studentRelations: studentRelations, alignment: alignment)
        judge.run()
        simplifications = judge.simplify()
        var findings = judge.verdicts.compactMap { $0 }
        for (i, s) in studentRelations.enumerated() where !judge.used[i] {
            findings.append(RelationFinding(verdict: .extra, key: nil, student: s))
        }
        relations = findings

        let partner = keyMainConclusion.flatMap { alignment.student(for: $0) }
        if let partner, partner == studentMainConclusion {
            mainConclusionFound = true
            mainConclusionFlipped = false
        } else if let partner {
            let reversed = Set(findings.filter { $0.verdict == .reversed }.compactMap { $0.student.map(Self.edgeKey) })
            let leaving = studentRelations.filter { $0.from == partner && !$0.type.isSymmetric }
            let flipped = !leaving.isEmpty && leaving.allSatisfy { reversed.contains(Self.edgeKey($0)) }
            mainConclusionFound = flipped
            mainConclusionFlipped = flipped
        } else {
            mainConclusionFound = false
            mainConclusionFlipped = false
        }
    }

    /// `from to type` of a relation, to find it again among findings.
    static func edgeKey(_ r: Relation) -> String { "\(r.from.index) \(r.to.index) \(r.type.rawValue)" }

    /// The relations of `graph` as compared: its connections (`MapConnections/of(_:)`). Complexity: O(E).
    public static func comparable(_ graph: ArgumentGraph) -> [Relation] { ComparedConnections.of(graph) }

    /// `entails` → `support`, `contrary` → `attack`; other types unchanged.
    public static func normalised(_ type: RelationType) -> RelationType { ComparedConnections.folded(type) }

    /// The findings with `verdict`.
    public func findings(_ verdict: RelationVerdict) -> [RelationFinding] { relations.filter { $0.verdict == verdict } }
}
