/// Moodle's grade import CSV: the layout of Moodle's own grade export, which its CSV import reads back. A column
/// identifies the user, then one column per grade item, and a `Feedback: <item>` column whose text Moodle stores as
/// the grade's feedback. On import the teacher maps the identifier column to a user field ("Map from" the column,
/// "Map to" `username` or `useremail`) and the grade column to a grade item. Each student's identifier is the
/// submission's file name without extension: the column is `Email address` when every name is an email address
/// (has an `@`), else `Username`. Grades are percentages (Moodle's default grade item is out of 100).
public enum MoodleGradebook {
    /// The header of the identifier column for `reports`: `Email address` or `Username`.
    public static func identifierColumn(_ reports: [GradeReport]) -> String {
        !reports.isEmpty && reports.allSatisfy { $0.student.contains("@") } ? "Email address" : "Username"
    }

    /// The header row and one row per report (RFC 4180 cells, formulas neutralised).
    public static func rows(_ reports: [GradeReport], assignment: String) -> [String] {
        var rows = [CSV.row([identifierColumn(reports), "Assignment: \(assignment)", "Feedback: \(assignment)"])]
        for report in reports {
            rows.append(CSV.row([report.student, Format.fixed(report.score.percent, 2), feedback(report)]))
        }
        return rows
    }

    /// The feedback lines of `report` as one cell (lines separated by line breaks; Moodle shows the text as is).
    static func feedback(_ report: GradeReport) -> String {
        report.feedback.isEmpty ? "Nothing to fix: your map matches the key." : report.feedback.map(\.message).joined(separator: "\n")
    }
}

/// Canvas's gradebook import CSV: the columns of Canvas's gradebook export, `Student`, `ID`, `SIS User ID`,
/// `SIS Login ID`, `Section`, then one column per assignment, and a second row `Points Possible` giving each
/// assignment's maximum (a column Canvas does not know becomes a new assignment). Canvas matches a row to a student
/// by its ID, SIS User ID or SIS Login ID: argmap writes the submission's file name as `Student` and `SIS Login ID`
/// and leaves the Canvas-internal `ID`, `SIS User ID` and `Section` empty. Scores are out of 100.
public enum CanvasGradebook {
    /// Canvas's fixed leading columns.
    public static let leadingColumns = ["Student", "ID", "SIS User ID", "SIS Login ID", "Section"]

    /// The header row, the `Points Possible` row and one row per report.
    public static func rows(_ reports: [GradeReport], assignment: String) -> [String] {
        var rows = [CSV.row(leadingColumns + [assignment])]
        rows.append(CSV.row(["Points Possible", "", "", "", "", "100"]))
        for report in reports {
            rows.append(CSV.row([report.student, "", "", report.student, "", Format.fixed(report.score.percent, 2)]))
        }
        return rows
    }
}
