import ArgmapServices
import ArgumentFormats
import ArgumentAnalysis
import ArgumentModel
import ArgumentParser
import ArgumentRendering
import Foundation

/// `argmap grade`: compares a student's map (or a folder of them) with the teacher's key map.
struct GradeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "grade",
        abstract: "Grade a student's argument map against the teacher's key map and explain every difference.",
        discussion: """
            argmap pairs each claim of the key with one claim of the student's map by
            wording (shared words and synonyms), quotes, titles and the map's structure,
            solved as an optimal assignment — and then checks every relation of
            the key: correct, wrong type (a support drawn as an attack), reversed, or
            missing; relations the key does not have are extra. The score follows a rubric (docs/grading.md); every
            difference becomes one line of feedback quoting the key's wording.

              argmap grade alice.argdown --key key.argdown
              argmap grade alice.argdown --key key.argdown --format json
              argmap grade alice.argdown --key key.argdown --diff-map alice-diff.svg
              argmap grade alice.argdown --key key.argdown --threshold 0.6
              argmap grade alice.argdown --key key.argdown --rubric rubric.yaml
              argmap grade alice.argdown --key key.argdown --key other-key.argdown

            Several keys: the student is graded against each and the best match wins.
            A key node's data may accept other titles and wordings:
            {accept: ["[Other title]", "Another way to say it"]}.

            A whole class: give a folder and a gradebook. Every .argdown file in the
            folder is graded; the gradebook gets one row per student and each student gets
            a feedback file beside it (<name>.feedback.txt). Unreadable submissions are
            listed and skipped; the exit status is 1 if any submission could not be
            graded.

              argmap grade submissions/ --key key.argdown --gradebook grades/grades.csv

            --gradebook-format moodle or canvas writes the gradebook as that platform's
            grade import CSV instead (docs/grading.md: name each submission after the
            student's username, email address or SIS login). --report DIR prints one
            page per student into DIR (<name>.pdf: score, diff map, feedback), on
            --paper (default a4-portrait).

              argmap grade submissions/ --key key.argdown --gradebook moodle.csv --gradebook-format moodle
              argmap grade submissions/ --key key.argdown --gradebook grades.csv --report reports/

            A rubric file sets weights by name, one per line (unset names keep their
            defaults):

              relation: 3
              extraRelationPenalty: 0
            """)

    @Argument(help: "The student's map, or a folder of students' maps (with --gradebook).")
    var student: String

    @Option(name: .long, help: "The teacher's key map (repeat for several accepted keys: the best match wins).")
    var key: [String]

    @Option(name: .long, help: "Least pair weight (0...1: shared words and synonyms, quotes, titles, plus structure) for two claims to count as the same claim.")
    var threshold: Double = NodeAlignment.defaultThreshold

    @Option(name: .long, help: "A YAML file of rubric weights (see docs/grading.md).")
    var rubric: String?

    @Option(name: .long, help: "text, json or csv.")
    var format: ReportFormat = .text

    @OptionGroup var destination: OutputOptions

    @Option(name: .long, help: "Also draw the student's map coloured by verdict, with the key's missing parts dashed (.svg, .pdf, .png or .dot).")
    var diffMap: String?

    @Option(name: .long, help: "Grade a folder: write one CSV row per student here and feedback files beside it.")
    var gradebook: String?

    @Option(name: .long, help: "The gradebook's format: csv (argmap's columns), moodle or canvas (their grade import CSV).")
    var gradebookFormat: GradebookFormat = .csv

    @Option(name: .long, help: "Print a one-page PDF per student (score, diff map, feedback) into this folder.")
    var report: String?

    @Option(name: .long, help: "Paper for --report: a4, a3, letter or legal, with -portrait for upright (default a4-portrait).")
    var paper: String = "a4-portrait"

    func validate() throws {
        guard (0...1).contains(threshold) else {
            throw ValidationError("--threshold must be between 0 and 1, e.g. --threshold 0.4")
        }
        guard PaperSize(paper) != nil else {
            throw ValidationError("unknown paper '\(paper)'; use a4, a3, letter or legal, with -portrait for upright pages (a4-portrait)")
        }
        if gradebookFormat != .csv, gradebook == nil {
            throw ValidationError("--gradebook-format says how to write a class gradebook: add --gradebook grades.csv and a folder of maps")
        }
    }

    func run() async throws {
        let weights = try rubric.map { try RubricReader.read(String(decoding: try InputLoader.readData($0), as: UTF8.self), path: $0) } ?? .standard
        let keys = try key.map { path in
            (name: path, graph: try InputLoader.loadChecked(path, failure: "the key \(path) has errors; fix them before grading").result.graph)
        }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: student, isDirectory: &isDirectory), isDirectory.boolValue {
            guard let gradebook else {
                throw ValidationError("\(student) is a folder: add --gradebook grades.csv to grade every map in it")
            }
            guard diffMap == nil else {
                throw ValidationError("--diff-map draws one student's map: grade that student's file on its own to get it")
            }
            try await gradeClass(keys, rubric: weights, gradebook: gradebook)
            return
        }
        let studentInput = try InputLoader.loadChecked(student, failure: "\(student) has errors; fix them, then grade again")
        let (comparison, report) = KeyChoice.best(
            keys: keys, student: studentInput.result.graph, studentName: ClassGrading.studentName(of: student), rubric: weights, threshold: threshold)
        try OutputWriter.write(try report.document(format), to: destination.output)
        if let diffMap {
            try OutputWriter.write(
                try await ClassroomPictures.diffMap(DiffMap(comparison), format: ClassroomPictures.format(of: diffMap)), to: diffMap)
            StandardError.print("wrote \(diffMap)")
        }
        try await printReport(report, comparison)
    }

    /// With --report: the student's one-page PDF, `<report folder>/<student>.pdf`.
    private func printReport(_ graded: GradeReport, _ comparison: MapComparison) async throws {
        guard let report, let paper = PaperSize(paper) else { return }
        try FileManager.default.createDirectory(atPath: report, withIntermediateDirectories: true)
        let page = try await GradeReportPrinter.pdf(graded, comparison: comparison, paper: paper)
        let path = URL(fileURLWithPath: report).appendingPathComponent("\(graded.student).pdf").relativePath
        try OutputWriter.write(page.data, to: path)
        StandardError.print("wrote \(path)")
        if page.textSize < HandoutRenderer.smallestReadableText {
            StandardError.print("warning: \(path) prints its map at \(Format.fixed(page.textSize, 1)) pt, too small to read; try --paper a3")
        }
    }

    /// Grades every `.argdown` file in the folder; one gradebook row per file, a feedback file per student.
    private func gradeClass(_ keys: [(name: String, graph: ArgumentGraph)], rubric weights: GradingRubric, gradebook: String) async throws {
        // The gradebook's folder holds the feedback files too; make it, as `exercise -o` makes its folder.
        let gradebookFolder = URL(fileURLWithPath: gradebook).deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: gradebookFolder, withIntermediateDirectories: true)
        } catch {
            throw ValidationError("cannot create the folder \(gradebookFolder.path): \(error.localizedDescription)")
        }
        let files = try ClassGrading.submissions(in: student, excluding: key)
        OutputWriter.protect(files)
        let grading = ClassGrading(keys: keys, rubric: weights, threshold: threshold)
        let run = await grading.grade(files, load: { try InputLoader.load($0) }, progress: StandardError.print) { report, comparison in
            let feedbackPath = gradebookFolder.appendingPathComponent("\(report.student).feedback.\(format.fileExtension)")
            try OutputWriter.write(try report.document(format), to: feedbackPath.relativePath)
            try await printReport(report, comparison)
        }
        try OutputWriter.write(Gradebook.document(run.entries, format: gradebookFormat, assignment: grading.assignment), to: gradebook)
        StandardError.print("wrote \(gradebook) (\(files.count - run.failures) graded, \(run.failures) not graded)")
        if run.failures > 0 { throw ExitCode(1) }
    }
}

extension GradebookFormat: ExpressibleByArgument {}
extension ReportFormat: ExpressibleByArgument {}
