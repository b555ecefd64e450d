/// Rows of a class gradebook (CSV), one per submission.
public enum Gradebook {
    /// The header row.
    public static let header =
        "student,file,score,points,possible,nodes_found,key_nodes,correct,wrong_type,reversed,missing,extra_relations,extra_nodes,main_conclusion,status"

    /// The row for a graded submission.
    public static func row(_ report: GradeReport, file: String) -> String {
        let s = report.score
        return CSV.row([
            report.student, file, Format.fixed(s.percent, 1), Format.fixed(s.points, 2), Format.fixed(s.possible, 2),
            "\(s.nodesFound)", "\(s.keyNodes)", "\(s.correct)", "\(s.wrongType)", "\(s.reversed)", "\(s.missing)",
            "\(s.extra)", "\(s.extraNodes)", s.mainConclusionFound ? "yes" : "no", "graded",
        ])
    }

    /// The row for a submission that could not be graded: empty numbers, the reason in `status`.
    public static func failedRow(student: String, file: String, reason: String) -> String {
        CSV.row([student, file] + Array(repeating: "", count: 12) + ["not graded: \(reason)"])
    }
}
