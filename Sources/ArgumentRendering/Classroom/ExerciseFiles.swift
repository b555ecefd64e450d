import ArgumentAnalysis
import ArgumentModel
import Foundation

/// The files of an exercise (`argmap exercise`): `<kind>-worksheet.md` and `<kind>-answers.md`, and either
/// pictures (`<kind>-worksheet.svg`, the key map as `<kind>-answers.svg`) or printable page sets
/// (`<kind>-worksheet.pdf`, `<kind>-answers.pdf`). The worksheet's picture is drawn as ``ClassroomPictures`` draws
/// sheets.
public struct ExerciseFiles: Sendable {
    /// The exercise made.
    public var exercise: Exercise
    /// The files by name, the pictures or page sets first, then the two Markdown files.
    public var files: [(name: String, data: Data)]
    /// With page sets: the smallest text size of the map pages, in points.
    public var smallestText: Double?

    /// The exercise of `kind` from the key map `graph` with `seed` (`source`: the text the quotes come from);
    /// with `paper`, printed as PDF page sets, otherwise drawn as pictures in the format `picture` names (`svg`,
    /// `pdf`, `png` or `dot`). Costs the layouts of ``WorksheetPrinter``.
    public init(
        _ kind: Exercise.Kind, from graph: ArgumentGraph, seed: UInt64, source: String?, paper: PaperSize?, picture: String
    ) async throws {
        let stem = kind.rawValue
        let draw: WorksheetPrinter.Picture = { (ClassroomPictures.sheetGraph(for: $0), ClassroomPictures.sheetOptions(for: $0)) }
        if let paper {
            let printout = try await WorksheetPrinter.printout(kind, from: graph, seed: seed, source: source, paper: paper, picture: draw)
            exercise = printout.exercise
            files = [("\(stem)-worksheet.pdf", printout.worksheet), ("\(stem)-answers.pdf", printout.answers)]
            smallestText = printout.smallestText
        } else {
            exercise = try await WorksheetPrinter.exercise(kind, from: graph, seed: seed, source: source, picture: draw)
            let sheet = draw(exercise)
            let worksheet = "\(stem)-worksheet.\(picture)", answers = "\(stem)-answers.\(picture)"
            files = [
                (worksheet, try await ClassroomPictures.render(sheet.graph, options: sheet.options, format: ClassroomPictures.format(of: worksheet))),
                (answers, try await ClassroomPictures.render(graph, format: ClassroomPictures.format(of: answers))),
            ]
        }
        files += [("\(stem)-worksheet.md", Data(exercise.worksheet.utf8)), ("\(stem)-answers.md", Data(exercise.answerKey.utf8))]
    }

    /// The text the exercise quotes: `given`, else the key's front matter `source` relative to the key's folder.
    public static func sourcePath(given: String?, key: String, graph: ArgumentGraph) -> String? {
        given ?? graph.metadata["source"]?.stringValue.map {
            URL(fileURLWithPath: key).deletingLastPathComponent().appendingPathComponent($0).path
        }
    }
}
