import ArgumentModel
import Testing
@testable import ArgumentAnalysis

/// `--gradebook-format`: argmap's CSV, Moodle's grade import CSV and Canvas's gradebook CSV, checked against the
/// columns their documentation gives (Moodle: its export's layout, "First name, Surname, ID number, …, Email
/// address, Assignment: <item>, Feedback: <item>"; Canvas: "Student, ID, SIS User ID, SIS Login ID, Section,
/// <assignment>" with a "Points Possible" row).
@Suite struct GradebookFormatTests {
    typealias M = ClassroomMaps

    /// A report for `student`: the key itself (100%) or a map missing one reason.
    func report(_ student: String, perfect: Bool) -> GradeReport {
        let map = perfect ? M.key : M.map([M.c, M.p1, M.o], [("P1", "C", .support), ("O", "C", .attack)])
        return GradeReport(MapComparison(key: M.key, student: map), student: student, key: "key.argdown")
    }

    /// The cells of a CSV line without quoted commas or line breaks.
    func cells(_ line: Substring) -> [String] { line.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }

    @Test func moodleHasAnIdentifierAGradeItemAndItsFeedback() {
        let entries: [Gradebook.Entry] = [
            .graded(report("ann", perfect: true), file: "subs/ann.argdown"),
            .failed(student: "bob", file: "subs/bob.argdown", reason: "2 error(s)"),
            .graded(report("=cmd", perfect: false), file: "subs/=cmd.argdown"),
        ]
        let lines = Gradebook.document(entries, format: .moodle, assignment: "October").split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first == "Username,Assignment: October,Feedback: October")
        #expect(lines[1] == "ann,100.00,Nothing to fix: your map matches the key.")
        // bob could not be graded: no row (an empty grade would clear one already in Moodle).
        #expect(!lines.contains { $0.hasPrefix("bob") })
        // A name a spreadsheet would run as a formula starts with ', and the multi-line feedback is one quoted cell.
        #expect(lines[2].hasPrefix("'=cmd,"))
        let score = report("=cmd", perfect: false).score.percent
        #expect(score < 100)
        #expect(lines[2].hasPrefix("'=cmd,\(Format.fixed(score, 2)),\""))
        #expect(lines.last == "")
    }

    @Test func moodleNamesTheEmailColumnWhenEveryStudentIsAnEmailAddress() {
        let reports = [report("ann@school.example", perfect: true), report("bo@school.example", perfect: true)]
        #expect(MoodleGradebook.rows(reports, assignment: "Map").first == "Email address,Assignment: Map,Feedback: Map")
        #expect(MoodleGradebook.identifierColumn(reports + [report("cy", perfect: true)]) == "Username")
    }

    @Test func canvasHasItsFiveStudentColumnsAndAPointsPossibleRow() {
        let entries: [Gradebook.Entry] = [
            .graded(report("ann", perfect: true), file: "a"), .failed(student: "bob", file: "b", reason: "x"),
            .graded(report("cy", perfect: false), file: "c"),
        ]
        let lines = Gradebook.document(entries, format: .canvas, assignment: "Map, October").split(separator: "\n")
        #expect(lines.count == 4)
        #expect(lines[0] == "Student,ID,SIS User ID,SIS Login ID,Section,\"Map, October\"")
        #expect(cells(lines[1]) == ["Points Possible", "", "", "", "", "100"])
        #expect(cells(lines[2]) == ["ann", "", "", "ann", "", "100.00"])
        let cy = cells(lines[3])
        #expect(cy.count == 6 && cy[0] == "cy" && cy[3] == "cy" && Double(cy[5]).map { $0 < 100 } == true)
    }

    @Test func argmapsOwnCSVKeepsEveryRowIncludingFailures() {
        let entries: [Gradebook.Entry] = [
            .graded(report("ann", perfect: true), file: "subs/ann.argdown"),
            .failed(student: "bob", file: "subs/bob.argdown", reason: "2 error(s)"),
        ]
        let lines = Gradebook.document(entries, format: .csv, assignment: "ignored").split(separator: "\n")
        #expect(lines[0] == Substring(Gradebook.header))
        #expect(lines[1].hasPrefix("ann,subs/ann.argdown,100.0,"))
        #expect(lines[2] == "bob,subs/bob.argdown,,,,,,,,,,,,,not graded: 2 error(s)")
        #expect(cells(lines[0]).count == cells(lines[1]).count && cells(lines[1]).count == cells(lines[2]).count)
    }
}
