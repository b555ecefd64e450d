import ArgumentAnalysis
import ArgumentParser
import Foundation

/// `argmap exercise`: worksheets and answer keys made from a key map.
struct ExerciseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "exercise",
        abstract: "Make a worksheet and its answer key from a key map.",
        discussion: """
            Three kinds:
              blanks    the map with about a third of its claims replaced by numbered blanks, and a shuffled
                        word bank to fill them from;
              scramble  every claim of the map in a shuffled, lettered list (and as cards to cut out) to arrange
                        into a map;
              identify  the passages of the source the map quotes (each claim's `quote`), in the order they stand
                        in the text, with the task of finding the main conclusion and its reasons.

            Each writes <kind>-worksheet.md, <kind>-answers.md and a picture to print (<kind>-worksheet.dot, or
            .svg once the renderer is in the build) into the output folder. The same --seed always gives the
            same exercise, so a class can share one version and a retake can get another.

              argmap exercise key.argdown --kind blanks --seed 7 -o exercises/
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

    func run() throws {
        let input = try InputLoader.load(key)
        DiagnosticReporter.report(input.result.diagnostics, for: input)
        if input.result.diagnostics.containsErrors { throw ValidationFailure("\(key) has errors; fix them first") }
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
        let ext = ClassroomPictures.defaultExtension
        let files: [(String, () throws -> Void)] = [
            ("\(kind.rawValue)-worksheet.md", { try OutputWriter.write(exercise.worksheet, to: base.appendingPathComponent("\(kind.rawValue)-worksheet.md").path) }),
            ("\(kind.rawValue)-answers.md", { try OutputWriter.write(exercise.answerKey, to: base.appendingPathComponent("\(kind.rawValue)-answers.md").path) }),
            ("\(kind.rawValue)-worksheet.\(ext)", {
                try ClassroomPictures.write(dot: ClassroomDOT.write(exercise.sheetGraph), to: base.appendingPathComponent("\(kind.rawValue)-worksheet.\(ext)").path)
            }),
            ("\(kind.rawValue)-answers.\(ext)", {
                try ClassroomPictures.write(dot: ClassroomDOT.write(graph), to: base.appendingPathComponent("\(kind.rawValue)-answers.\(ext)").path)
            }),
        ]
        for (name, write) in files {
            try write()
            StandardError.print("wrote \(base.appendingPathComponent(name).relativePath)")
        }
    }
}

extension Exercise.Kind: ExpressibleByArgument {}
