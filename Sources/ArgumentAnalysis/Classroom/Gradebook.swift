/// A class gradebook: one row per submission, as argmap's own CSV or as the grade-import CSV of a learning platform.
public enum Gradebook {
    /// The header row of argmap's own CSV.
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

    /// One submission of a class.
    public enum Entry: Sendable {
        /// Graded: the report and the submission's path as shown.
        case graded(GradeReport, file: String)
        /// Not graded, and why.
        case failed(student: String, file: String, reason: String)
    }

    /// The gradebook file for `entries` in `format`, ending with a line break. `assignment` names the grade column
    /// of the platform formats. Platforms get graded submissions only (an empty grade cell would clear a grade
    /// already there); argmap's CSV lists every submission. Complexity: O(entries).
    public static func document(_ entries: [Entry], format: GradebookFormat, assignment: String) -> String {
        var rows: [String]
        switch format {
        case .csv:
            rows = [header]
            for entry in entries {
                switch entry {
                case .graded(let report, let file): rows.append(row(report, file: file))
                case .failed(let student, let file, let reason): rows.append(failedRow(student: student, file: file, reason: reason))
                }
            }
        case .moodle: rows = MoodleGradebook.rows(graded(entries), assignment: assignment)
        case .canvas: rows = CanvasGradebook.rows(graded(entries), assignment: assignment)
        }
        return rows.joined(separator: "\n") + "\n"
    }

    /// The reports of the graded entries, in order.
    static func graded(_ entries: [Entry]) -> [GradeReport] {
        entries.compactMap { if case .graded(let report, _) = $0 { report } else { nil } }
    }
}

/// Which gradebook file to write.
public enum GradebookFormat: String, Sendable, CaseIterable, Hashable {
    /// argmap's own CSV: every count of the score, one row per submission, failures included.
    case csv
    /// Moodle's grade import CSV (Grades ▸ Import ▸ CSV file).
    case moodle
    /// Canvas's gradebook import CSV (Grades ▸ Import).
    case canvas
}
