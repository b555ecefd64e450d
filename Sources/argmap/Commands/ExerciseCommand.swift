import ArgumentAnalysis
import ArgumentFormats
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
            for PDF) into the output folder. Blanks are numbered in reading order of
            the drawn map: top to bottom, left to right. The same --seed always gives
            the same exercise, so a class can share one version and a retake can get
            another. identify needs the text the quotes come from (--source, or the
            key's front matter `source`): it orders the passages as the text does.

            --format pdf prints instead of pictures: <kind>-worksheet.pdf is the page set
            to hand out (the instructions and the word bank, claims or passages, then
            the map's pages with a legend, each drawing scaled to fill the paper) and
            <kind>-answers.pdf the answer key with the key map, on --paper (default
            a4-portrait; letter-portrait, a4, ...).

              argmap exercise key.argdown --kind blanks --seed 7 -o exercises/
              argmap exercise key.argdown --kind blanks --format pdf --paper letter-portrait -o exercises/
              argmap exercise key.argdown --kind scramble --picture pdf -o exercises/
              argmap exercise key.argdown --kind identify --source essay.txt -o exercises/
            """)

    /// What to write besides the Markdown.
    enum SheetFormat: String, ExpressibleByArgument, CaseIterable {
        /// Pictures (--picture) of the worksheet and of the key.
        case markdown
        /// Printable PDF page sets of the worksheet and the answer key.
        case pdf
    }

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
    var picture: String?

    @Option(name: .long, help: "markdown (Markdown and pictures) or pdf (printable worksheet and answer key).")
    var format: SheetFormat = .markdown

    @Option(name: .long, help: "Paper for --format pdf: a4, a3, letter or legal, with -portrait for upright (default a4-portrait).")
    var paper: String = "a4-portrait"

    func validate() throws {
        if let picture, !["svg", "pdf", "png", "dot"].contains(picture) {
            throw ValidationError("--picture must be svg, pdf, png or dot, e.g. --picture pdf")
        }
        if format == .pdf, picture != nil {
            throw ValidationError("--format pdf prints the worksheet and its map as one PDF: leave out --picture")
        }
        guard PaperSize(paper) != nil else {
            throw ValidationError("unknown paper '\(paper)'; use a4, a3, letter or legal, with -portrait for upright pages (a4-portrait)")
        }
    }

    func run() async throws {
        let graph = try InputLoader.loadChecked(key).result.graph
        var sourceText: String?
        if kind == .identify {
            guard let sourcePath = ExerciseFiles.sourcePath(given: source, key: key, graph: graph) else {
                throw ValidationError("identify lists the passages in the order the text has them: name the text with --source, e.g. argmap exercise \(key) --kind identify --source essay.txt -o \(output)")
            }
            do {
                sourceText = String(decoding: try InputLoader.readData(sourcePath), as: UTF8.self)
            } catch {
                throw CommandError("\(error); identify needs the text the quotes come from: give it with --source essay.txt")
            }
        }
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        let made = try await ExerciseFiles(
            kind, from: graph, seed: seed, source: sourceText, paper: format == .pdf ? PaperSize(paper) : nil, picture: picture ?? "svg")
        let paths = made.files.map { URL(fileURLWithPath: output).appendingPathComponent($0.name) }
        for (path, file) in zip(paths, made.files) { try OutputWriter.write(file.data, to: path.path) }
        if let smallest = made.smallestText, smallest < HandoutRenderer.smallestReadableText {
            StandardError.print("warning: the worksheet's map prints its text at \(Format.fixed(smallest, 1)) pt, too small to read; try --paper a3")
        }
        for path in paths.suffix(2) + paths.prefix(2) { StandardError.print("wrote \(path.relativePath)") }
    }
}

extension Exercise.Kind: ExpressibleByArgument {}
