import ArgumentAnalysis
import ArgumentParser
import ArgumentRendering
import Foundation

/// `argmap exercise`: worksheets and answer keys made from a key map.
struct ExerciseCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "exercise",
        abstract: "Make a worksheet and its answer key from a key map.",
        discussion: """
            Three kinds:
              blanks    the map with about a third of its claims replaced by numbered
                        blanks, and a shuffled word bank to fill them from;
              scramble  every claim of the map in a shuffled, lettered list (and as
                        cards to cut out) to arrange into a map;
              identify  the passages of the source the map quotes (each claim's
                        `quote`), in the order they stand in the text, with the task
                        of finding the main conclusion and its reasons.

            Each writes <kind>-worksheet.md, <kind>-answers.md and pictures to print
            (<kind>-worksheet.svg, and the key map as <kind>-answers.svg; --picture pdf
            for PDF) into the output folder. The same --seed always gives the same
            exercise, so a class can share one version and a retake can get another.

              argmap exercise key.argdown --kind blanks --seed 7 -o exercises/
              argmap exercise key.argdown --kind scramble --picture pdf -o exercises/
              argmap exercise key.argdown --kind identify --source essay.txt -o exercises/
            """)

    @Argument(help: "The key map.")
    var key: String

    @Option(name: .long, help: "blanks, scramble or identify.")
    var kind: Exercise.Kind

    @Option(name: .long, help: "Seed for the shuffles (same seed, same exercise).")
    var seed: UInt64 = 1

    @Option(name: .long, help: "The source text the quotes come from (default: the key's front matter `source`, relative to the key).")
    var source: String?

    @Option(name: [.customShort("o"), .long], help: "Folder to write into (created if missing).")
    var output: String

    @Option(name: .long, help: "Format of the pictures: svg, pdf, png or dot.")
    var picture: String = "svg"

    func validate() throws {
        guard ["svg", "pdf", "png", "dot"].contains(picture) else {
            throw ValidationError("--picture must be svg, pdf, png or dot, e.g. --picture pdf")
        }
    }

    func run() async throws {
        let input = try InputLoader.load(key)
        DiagnosticReporter.report(input.result.diagnostics, for: input)
        if input.result.diagnostics.containsErrors { throw CommandError("\(key) has errors; fix them first") }
        let graph = input.result.graph
        var sourceText: String?
        let sourcePath = source ?? graph.metadata["source"]?.stringValue.map {
            URL(fileURLWithPath: key).deletingLastPathComponent().appendingPathComponent($0).path
        }
        if let sourcePath, kind == .identify {
            do {
                sourceText = String(decoding: try InputLoader.readData(sourcePath), as: UTF8.self)
            } catch {
                if source != nil { throw error }
                StandardError.print("note: \(error); passages follow the map's order")
            }
        }
        let exercise = ExerciseGenerator.make(kind, from: graph, seed: seed, source: sourceText)
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        let base = URL(fileURLWithPath: output)
        let ext = picture
        let stem = kind.rawValue
        try OutputWriter.write(exercise.worksheet, to: base.appendingPathComponent("\(stem)-worksheet.md").path)
        try OutputWriter.write(exercise.answerKey, to: base.appendingPathComponent("\(stem)-answers.md").path)
        let worksheet = base.appendingPathComponent("\(stem)-worksheet.\(ext)").path
        try OutputWriter.write(try await ClassroomPictures.render(
            ClassroomPictures.sheetGraph(for: exercise), options: ClassroomPictures.sheetOptions(for: exercise), format: ClassroomPictures.format(of: worksheet)), to: worksheet)
        let answers = base.appendingPathComponent("\(stem)-answers.\(ext)").path
        try OutputWriter.write(try await ClassroomPictures.render(graph, format: ClassroomPictures.format(of: answers)), to: answers)
        for name in ["worksheet.md", "answers.md", "worksheet.\(ext)", "answers.\(ext)"] {
            StandardError.print("wrote \(base.appendingPathComponent("\(stem)-\(name)").relativePath)")
        }
    }
}

extension Exercise.Kind: ExpressibleByArgument {}
