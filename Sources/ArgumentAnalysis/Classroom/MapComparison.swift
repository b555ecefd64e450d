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
/// Relations are compared as (from, to, type) triples over both listed and derived relations, after folding
/// strict mode's names into loose ones (`entails` → support, `contrary` → attack) and dropping duplicates.
/// Each key relation is judged once, in key order, against the student's relations between the two aligned nodes:
/// first every exact match is taken (correct; contradictions in either direction), then for the rest in order of
/// preference: same direction with another type (wrong type), the other direction (reversed), else missing.
/// Each student relation answers at most one key relation; those left over are extra.
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

    /// Compares `student` with `key`. Complexity: alignment's cost plus O(E_key + E_student) on average.
    public init(key: ArgumentGraph, student: ArgumentGraph, threshold: Double = NodeAlignment.defaultThreshold) {
        self.key = key
        self.student = student
        let alignment = NodeAlignment.align(key: key, student: student, threshold: threshold)
        self.alignment = alignment
        keyMainConclusion = MainConclusion.of(key)
        studentMainConclusion = MainConclusion.of(student)

        let keyRelations = Self.comparable(key)
        let studentRelations = Self.comparable(student)
        // Student relations by unordered endpoint pair.
        var byPair: [Pair: [Int]] = [:]
        for (i, r) in studentRelations.enumerated() { byPair[Pair(r.from, r.to), default: []].append(i) }
        var used = [Bool](repeating: false, count: studentRelations.count)
        var verdicts = [RelationFinding?](repeating: nil, count: keyRelations.count)

        func candidates(_ k: Relation) -> (from: NodeID, to: NodeID, list: [Int])? {
            guard let f = alignment.student(for: k.from), let t = alignment.student(for: k.to) else { return nil }
            return (f, t, (byPair[Pair(f, t)] ?? []).filter { !used[$0] })
        }
        // Pass 1: exact matches.
        for (ki, k) in keyRelations.enumerated() {
            guard let c = candidates(k) else { continue }
            let exact = c.list.first { i in
                let s = studentRelations[i]
                guard s.type == k.type else { return false }
                return (s.from == c.from && s.to == c.to) || (k.type == .contradictory && s.from == c.to && s.to == c.from)
            }
            if let i = exact {
                used[i] = true
                verdicts[ki] = RelationFinding(verdict: .correct, key: k, student: studentRelations[i])
            }
        }
        // Pass 2: wrong type, then reversed.
        for (ki, k) in keyRelations.enumerated() where verdicts[ki] == nil {
            guard let c = candidates(k) else {
                verdicts[ki] = RelationFinding(verdict: .missing, key: k, student: nil)
                continue
            }
            if let i = c.list.first(where: { studentRelations[$0].from == c.from && studentRelations[$0].to == c.to && c.from != c.to }) {
                used[i] = true
                verdicts[ki] = RelationFinding(verdict: .wrongType, key: k, student: studentRelations[i])
            } else if let i = c.list.first(where: { studentRelations[$0].from == c.to && studentRelations[$0].to == c.from }) {
                used[i] = true
                verdicts[ki] = RelationFinding(verdict: studentRelations[i].type.isSymmetric ? .wrongType : .reversed, key: k, student: studentRelations[i])
            } else {
                verdicts[ki] = RelationFinding(verdict: .missing, key: k, student: nil)
            }
        }
        var findings = verdicts.compactMap { $0 }
        for (i, s) in studentRelations.enumerated() where !used[i] {
            findings.append(RelationFinding(verdict: .extra, key: nil, student: s))
        }
        relations = findings
    }

    /// The relations of `graph` as compared: the shown ones (listed, and an argument's derived supports of its
    /// conclusion or of the argument using it; Argdown's other implicit relations would count one written relation
    /// several times), strict types folded to loose ones, duplicates dropped, in id order. Complexity: O(E).
    public static func comparable(_ graph: ArgumentGraph) -> [Relation] {
        var seen: Set<String> = []
        var out: [Relation] = []
        for var r in graph.relations where graph.isShown(r) {
            r.type = normalised(r.type)
            var (a, b) = (r.from.index, r.to.index)
            if r.type.isSymmetric && b < a { swap(&a, &b) }
            if seen.insert("\(a) \(b) \(r.type.rawValue)").inserted { out.append(r) }
        }
        return out
    }

    /// `entails` → `support`, `contrary` → `attack`; other types unchanged.
    public static func normalised(_ type: RelationType) -> RelationType {
        switch type {
        case .entails: .support
        case .contrary: .attack
        default: type
        }
    }

    /// The findings with `verdict`.
    public func findings(_ verdict: RelationVerdict) -> [RelationFinding] { relations.filter { $0.verdict == verdict } }

    /// Whether the student's main conclusion is the key's main conclusion's partner.
    public var mainConclusionFound: Bool {
        guard let k = keyMainConclusion, let s = alignment.student(for: k) else { return false }
        return s == studentMainConclusion
    }

    private struct Pair: Hashable {
        var low: Int
        var high: Int
        init(_ a: NodeID, _ b: NodeID) {
            low = min(a.index, b.index)
            high = max(a.index, b.index)
        }
    }
}
