import ArgumentAnalysis
import ArgumentModel
import Foundation

/// One printed page per student: the score, the diff map (the student's map marked against the key) and every line
/// of feedback, fitted to one sheet of paper.
public enum GradeReportPrinter {
    /// The page's heading: `alice — 72.5% (14.50 of 20.00 points)`.
    public static func heading(_ report: GradeReport) -> String {
        let s = report.score
        return "\(report.student) — \(Format.fixed(s.percent, 1))% (\(Format.fixed(s.points, 2)) of \(Format.fixed(s.possible, 2)) points)"
    }

    /// The lines printed under the heading: the counts, what the map's colours mean (`legend`, when given), then
    /// the feedback, one bullet per line, wrapped at `lineWidth` characters.
    public static func notes(_ report: GradeReport, legend: String?, lineWidth: Int = 90) -> [String] {
        let s = report.score
        var lines = ["Key: \(report.key)"]
        lines += TextWrapper.wrap(
            "Claims: \(s.nodesFound) of \(s.keyNodes) found, \(s.extraNodes) extra. Relations: \(s.correct) correct, "
                + "\(s.wrongType) wrong type, \(s.reversed) reversed, \(s.missing) missing, \(s.extra) extra.", width: lineWidth)
        if let legend { lines += TextWrapper.wrap("Map: " + legend, width: lineWidth) }
        lines.append("Feedback:")
        if report.feedback.isEmpty { lines.append("• Nothing to fix: your map matches the key.") }
        for line in report.feedback {
            for (i, part) in TextWrapper.wrap(line.message, width: lineWidth).enumerated() {
                lines.append((i == 0 ? "• " : "   ") + part)
            }
        }
        return lines
    }

    /// The one-page PDF for `report`: `diff` drawn with `options` (its caption, if any, is printed as the colour
    /// key), headed by the score, the counts and the feedback, all scaled together to fill `paper`
    /// (up to ``HandoutRenderer/largestText``). Two layouts (one to measure, one to print) and a qpdf pass.
    public static func pdf(
        _ report: GradeReport, diff: ArgumentGraph, options: RenderOptions, paper: PaperSize
    ) async throws -> (data: Data, textSize: Double) {
        var page = options
        // Lines about as wide as the printable area at the notes' 12 pt (an average letter is half an em).
        page.captionNotes = notes(report, legend: options.caption, lineWidth: max(40, Int(paper.printable.width / 6.5)))
        page.caption = heading(report)
        let fitted = try await HandoutRenderer.fit(diff, options: page, onto: paper, directions: [page.rankDirection])
        let output = try await MapRenderer.draw(diff, options: fitted.options, as: .pdf)
        let data = try PDFPageMerger.merge([output.data], pageSize: paper.size, enlargements: [fitted.enlargement])
        return (data, fitted.textSize)
    }

    /// The one-page PDF for `report` with the diff map of `comparison` (``ClassroomPictures/diffOptions(_:)``), as
    /// `argmap grade --report` prints it; see ``pdf(_:diff:options:paper:)``.
    public static func pdf(
        _ report: GradeReport, comparison: MapComparison, paper: PaperSize
    ) async throws -> (data: Data, textSize: Double) {
        let diff = DiffMap(comparison)
        return try await pdf(report, diff: diff.graph, options: ClassroomPictures.diffOptions(diff), paper: paper)
    }
}
