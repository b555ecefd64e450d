import ArgmapServices
import ArgumentAnalysis
import ArgumentFormats
import ArgumentModel
import ArgumentParser

/// `argmap stats FILE...`: counts describing one map or a corpus of maps.
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Count claims, arguments and relations; measure depth; find the most contested claims.",
        discussion: """
            Prints: nodes by kind; relations by type (listed, and derived implicit
            supports); depth, the longest chain of supports ending in a main conclusion (a
            support cycle counts as one node, so cycles are safe); reasons and objections
            per claim; the claims with the most objections; nodes by component label (data
            `label`, as in brat essays: MajorClaim, Claim, Premise). Several files, or
            folders (searched recursively for maps in any input format), are summed as one
            corpus (depth is the largest of them), under a header line "N files in DIR";
            --per-file adds one row per file. --format csv writes one row per file and a
            total row, for spreadsheets.

              argmap stats map.argdown
              argmap stats graphs/*.argdown --format json
              argmap stats corpus/ --per-file
              argmap stats corpus/ --format csv > corpus.csv
            """)

    @Argument(help: "One or more maps (any input format), or folders of maps.")
    var files: [String]

    @Option(name: .shortAndLong, help: "text, json or csv (one row per file and a total row).")
    var format: ReportFormat = .text

    @Flag(help: "Also list each file's counts (text and json).")
    var perFile = false

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("name at least one map, for example: argmap stats map.argdown") }
    }

    func run() throws {
        var maps: [(file: String, graph: ArgumentGraph)] = []
        let expanded = try InputLoader.expand(files)
        guard !expanded.isEmpty else { throw CommandError("no map found in \(files.joined(separator: ", "))") }
        for f in expanded { maps.append((f.path, try QueryCommandSupport.loadGraph(f.path))) }
        let isCorpus = maps.count > 1 || expanded.contains { $0.base != nil }
        let header = isCorpus ? "\(maps.count) file\(maps.count == 1 ? "" : "s") in \(files.joined(separator: ", "))\n" : ""
        try OutputWriter.write(try MapStatistics.corpus(maps).document(format, perFile: perFile, header: header), to: nil)
    }
}
