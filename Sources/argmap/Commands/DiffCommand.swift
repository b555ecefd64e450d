import ArgmapServices
import ArgumentAnalysis
import ArgumentFormats
import ArgumentModel
import ArgumentParser

/// `argmap diff OLD NEW`: what changed between two versions of a map (flags, printing and the exit status only;
/// the comparison is ``MapDiff`` in ArgumentAnalysis, the picture ``DiffPicture`` in ArgumentRendering).
struct DiffCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Show what changed between two versions of an argument map.",
        discussion: """
            Nodes are paired as `grade` pairs them (words, quotes, titles and the map's
            structure, solved as an optimal assignment), so renamed and reworded claims
            are recognised. Reports nodes matched, reworded, added and removed; relations
            added, removed and changed (type or direction); claims whose grounded IN/OUT
            label changes; and precision, recall, F1 and Cohen's kappa over the relations
            of the nodes both versions have (docs/grading.md §7).

            Exit status: 0 when the structure is the same (rewordings alone do not
            count), 1 when it differs, 2 when a map cannot be read.

              argmap diff old.argdown new.argdown
              argmap diff old.argdown new.argdown --format json
              argmap diff old.argdown new.argdown --format svg -o changes.svg

            As a git difftool (README.md): git difftool -t argmap -- '*.argdown'
            """)

    @Argument(help: "The old version.")
    var old: String

    @Argument(help: "The new version.")
    var new: String

    @Option(name: .long, help: "text, json, svg (the union map with changes marked) or html.")
    var format: DiffFormat = .text

    @Option(name: [.customShort("o"), .long], help: "Write here instead of standard output.")
    var output: String?

    @Option(name: .long, help: "Least pair weight (0...1) for two differently worded nodes to count as the same node.")
    var threshold: Double = NodeAlignment.defaultThreshold

    func validate() throws {
        guard (0...1).contains(threshold) else { throw ValidationError("--threshold must be between 0 and 1, e.g. --threshold 0.4") }
    }

    func run() async throws {
        let diff: MapDiff
        do {
            diff = MapDiff(old: try Self.read(old), new: try Self.read(new), threshold: threshold)
            try OutputWriter.write(try await diff.document(format, oldName: old, newName: new), to: output)
        } catch {
            throw CommandError("\(error)", status: 2)
        }
        if !diff.structureIsSame { throw ExitCode(1) }
    }

    /// One version's graph; read errors and maps with errors are failures (exit 2). `/dev/null` (what git passes
    /// for the missing side of an added or deleted file) is the empty map.
    static func read(_ path: String) throws -> ArgumentGraph {
        if path == "/dev/null" { return .empty }
        return try InputLoader.loadChecked(path).result.graph
    }
}

extension DiffFormat: ExpressibleByArgument {}
