import ArgumentModel

/// Everything `argmap grade` reports about one student's map, by title and text (no ids), ready to print as text,
/// CSV or JSON (it is `Codable`; the command encodes it with sorted keys).
public struct GradeReport: Hashable, Sendable, Codable {
    /// A node as shown to people.
    public struct NodeSummary: Hashable, Sendable, Codable {
        /// `statement` or `argument`.
        public var kind: NodeKind
        /// The title.
        public var title: String
        /// The canonical text, if any.
        public var text: String?
        /// `[Title]` or `<Title>`.
        public var bracketed: String { kind == .statement ? "[\(title)]" : "<\(title)>" }
    }

    /// One aligned pair.
    public struct MatchRow: Hashable, Sendable, Codable {
        /// The key's node.
        public var key: NodeSummary
        /// The student's node.
        public var student: NodeSummary
        /// `title`, `text`, `quote`, `accepted` or `structure`.
        public var method: NodeMatch.Method
        /// Word-overlap similarity of the texts (stems and synonyms), 0 ... 1.
        public var similarity: Double
    }

    /// A relation as shown to people.
    public struct Edge: Hashable, Sendable, Codable {
        /// Bracketed title of the source.
        public var from: String
        /// Relation type (strict types folded to loose).
        public var type: RelationType
        /// Bracketed title of the target.
        public var to: String
    }

    /// One relation verdict.
    public struct RelationRow: Hashable, Sendable, Codable {
        /// The verdict.
        public var verdict: RelationVerdict
        /// The key's relation (nil for extra).
        public var key: Edge?
        /// The student's relation (nil for missing).
        public var student: Edge?
    }

    /// One line of feedback: a stable code and a sentence the student can act on.
    public struct FeedbackLine: Hashable, Sendable, Codable {
        /// `main-conclusion-missing`, `main-conclusion-not-top`, `missing-node`, `wrong-type`, `reversed`,
        /// `simplified`, `missing-relation`, `extra-node`, `extra-relation`.
        public var code: String
        /// The sentence, citing the key's wording.
        public var message: String
    }

    /// The student's name (the submission's file name without extension).
    public var student: String
    /// The key's path or name.
    public var key: String
    /// The score and its counts.
    public var score: GradeScore
    /// The rubric used.
    public var rubric: GradingRubric
    /// The similarity threshold used for text matches.
    public var threshold: Double
    /// Aligned pairs, in key order.
    public var matches: [MatchRow]
    /// Key nodes the student does not have.
    public var missingNodes: [NodeSummary]
    /// Student nodes the key does not have.
    public var extraNodes: [NodeSummary]
    /// Relation verdicts: key relations in key order, then extra ones.
    public var relations: [RelationRow]
    /// The key's main conclusion.
    public var keyMainConclusion: NodeSummary?
    /// The student's main conclusion.
    public var studentMainConclusion: NodeSummary?
    /// Feedback lines, one per difference (empty when the map matches the key).
    public var feedback: [FeedbackLine]

    /// Builds the report for `comparison`. Complexity: O(nodes + relations).
    public init(
        _ comparison: MapComparison, rubric: GradingRubric = .standard, threshold: Double = NodeAlignment.defaultThreshold,
        student: String, key: String
    ) {
        let k = comparison.key, s = comparison.student, a = comparison.alignment
        func summary(_ g: ArgumentGraph, _ id: NodeID) -> NodeSummary {
            NodeSummary(kind: g[id].kind, title: g[id].title, text: g[id].text)
        }
        func edge(_ g: ArgumentGraph, _ r: Relation) -> Edge {
            Edge(from: g[r.from].bracketedTitle, type: r.type, to: g[r.to].bracketedTitle)
        }
        self.student = student
        self.key = key
        self.rubric = rubric
        self.threshold = threshold
        score = GradeScore(comparison, rubric: rubric)
        matches = a.matches.map {
            MatchRow(key: summary(k, $0.key), student: summary(s, $0.student), method: $0.method, similarity: $0.similarity)
        }
        missingNodes = a.unmatchedKey.map { summary(k, $0) }
        extraNodes = a.unmatchedStudent.map { summary(s, $0) }
        relations = comparison.relations.map { f in
            RelationRow(verdict: f.verdict, key: f.key.map { edge(k, $0) }, student: f.student.map { edge(s, $0) })
        }
        keyMainConclusion = comparison.keyMainConclusion.map { summary(k, $0) }
        studentMainConclusion = comparison.studentMainConclusion.map { summary(s, $0) }
        feedback = FeedbackWriter.lines(for: comparison)
    }

    /// The report as text for a person: score line, node pairs with similarity, relation counts, main conclusion,
    /// then one feedback line per difference.
    public var text: String {
        var out: [String] = []
        let sc = score
        out.append("\(student): \(Format.fixed(sc.percent, 1))% (\(Format.fixed(sc.points, 2)) of \(Format.fixed(sc.possible, 2)) points) against \(key)")
        out.append("")
        out.append("Nodes: \(sc.nodesFound) of \(sc.keyNodes) key nodes found, \(sc.extraNodes) extra (threshold \(Format.fixed(threshold, 2)))")
        for m in matches {
            out.append("  \(m.key.bracketed) = your \(m.student.bracketed)  by \(m.method.rawValue), similarity \(Format.fixed(m.similarity, 2))")
        }
        for n in missingNodes { out.append("  \(n.bracketed) missing") }
        for n in extraNodes { out.append("  your \(n.bracketed) extra") }
        let simplified = sc.simplified > 0 ? ", \(sc.simplified) simplified" : ""
        out.append("Relations: \(sc.correct) correct, \(sc.wrongType) wrong type, \(sc.reversed) reversed\(simplified), \(sc.missing) missing of \(sc.keyRelations) in the key; \(sc.extra) extra")
        let mc = keyMainConclusion.map { "\($0.bracketed) " + (sc.mainConclusionFound ? "found" : "not found") } ?? "none in the key"
        out.append("Main conclusion: \(mc)")
        out.append("")
        out.append("Feedback:")
        if feedback.isEmpty { out.append("- Nothing to fix: your map matches the key.") }
        for line in feedback { out.append("- \(line.message)") }
        return out.joined(separator: "\n") + "\n"
    }

    /// The report as CSV: a header, then one row per feedback line (`student,score,code,message`); a map that
    /// matches the key gets one row with code `ok`.
    public var csv: String {
        var rows = ["student,score,code,message"]
        let lines = feedback.isEmpty ? [FeedbackLine(code: "ok", message: "Nothing to fix: your map matches the key.")] : feedback
        for l in lines {
            rows.append(CSV.row([student, Format.fixed(score.percent, 1), l.code, l.message]))
        }
        return rows.joined(separator: "\n") + "\n"
    }
}

/// Small number and CSV formatting without Foundation, so output is the same on every platform.
public enum Format {
    /// `value` rounded to `digits` decimals, always printed with exactly that many (`fixed(2.5, 2)` = `2.50`).
    public static func fixed(_ value: Double, _ digits: Int) -> String {
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let scaled = (abs(value) * scale).rounded()
        guard scaled.isFinite, scaled < 9e15 else { return "\(value)" }
        let n = Int(scaled)
        let p = Int(scale)
        let sign = value < 0 && n != 0 ? "-" : ""
        guard digits > 0 else { return "\(sign)\(n)" }
        var frac = String(n % p)
        while frac.count < digits { frac = "0" + frac }
        return "\(sign)\(n / p).\(frac)"
    }
}
