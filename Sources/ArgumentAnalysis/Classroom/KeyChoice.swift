import ArgumentModel

/// Grading against several accepted keys (`argmap grade --key a.argdown --key b.argdown`): the student is graded
/// against each, and the key giving the highest score wins (ties: the first key given), so a teacher can accept
/// two reconstructions of one passage. The report names the winning key.
public enum KeyChoice {
    /// The comparison and report against the best of `keys` (each a name and its map; at least one).
    /// Complexity: one ``MapComparison`` per key.
    public static func best(
        keys: [(name: String, graph: ArgumentGraph)], student: ArgumentGraph, studentName: String,
        rubric: GradingRubric = .standard, threshold: Double = NodeAlignment.defaultThreshold
    ) -> (comparison: MapComparison, report: GradeReport) {
        var best: (comparison: MapComparison, report: GradeReport)?
        for key in keys {
            let comparison = MapComparison(key: key.graph, student: student, threshold: threshold)
            let report = GradeReport(comparison, rubric: rubric, threshold: threshold, student: studentName, key: key.name)
            if best == nil || report.score.percent > (best?.report.score.percent ?? 0) { best = (comparison, report) }
        }
        if let best { return best }
        let comparison = MapComparison(key: .empty, student: student, threshold: threshold)
        return (comparison, GradeReport(comparison, rubric: rubric, threshold: threshold, student: studentName, key: ""))
    }
}
