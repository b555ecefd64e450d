import ArgumentAnalysis
import ArgumentFormats
import ArgumentModel
import ArgumentParser
import Foundation

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

    /// How `stats` prints.
    enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
        case text, json, csv
    }

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
        let expanded: [(path: String, base: String?)]
        do {
            expanded = try InputLoader.expand(files)
        } catch {
            StandardError.print("error: \(error)")
            throw ExitCode.failure
        }
        guard !expanded.isEmpty else {
            StandardError.print("error: no map found in \(files.joined(separator: ", "))")
            throw ExitCode.failure
        }
        for f in expanded { maps.append((f.path, try QueryCommandSupport.loadGraph(f.path))) }
        var stats = MapStatistics.corpus(maps)
        let isCorpus = maps.count > 1 || expanded.contains { $0.base != nil }
        switch format {
        case .json:
            if !perFile { stats.perFile = [] }
            try OutputWriter.write(try QueryCommandSupport.json(stats), to: nil)
        case .csv: try OutputWriter.write(stats.csv, to: nil)
        case .text:
            let header = isCorpus ? "\(maps.count) file\(maps.count == 1 ? "" : "s") in \(files.joined(separator: ", "))\n" : ""
            try OutputWriter.write(report: header + Self.text(stats, perFile: perFile), to: nil)
        }
    }

    static func text(_ s: MapStatistics, perFile: Bool = false) -> String {
        func counts(_ d: [String: Int]) -> String {
            let parts = RelationType.allCases.compactMap { t in d[t.rawValue].flatMap { $0 > 0 ? "\(t.rawValue) \($0)" : nil } }
            return parts.isEmpty ? "none" : parts.joined(separator: ", ")
        }
        var out = ""
        out += "claims \(s.statements), arguments \(s.arguments) (\(s.reconstructedArguments) reconstructed)\n"
        if !s.labels.isEmpty { out += "components by label: \(MapStatistics.labelCounts(s.labels))\n" }
        out += "relations: \(counts(s.relations))\n"
        out += "implicit relations: \(counts(s.derivedRelations))\n"
        out += "depth \(s.depth) (longest support chain), main conclusions \(s.mainConclusions)\n"
        out += String(format: "reasons per claim %.2f (%d claims without any), objections per claim %.2f\n",
                      s.reasonsPerClaim, s.unsupportedClaims, s.objectionsPerClaim)
        if s.mostContested.isEmpty {
            out += "most contested: none (no claim has an objection)\n"
        } else {
            out += "most contested:\n"
            for c in s.mostContested {
                let place = s.files.count > 1 ? (c.file.map { " in \($0)" } ?? "") : ""
                out += "  [\(c.title)]\(place): \(c.objections) objection\(c.objections == 1 ? "" : "s"), \(c.reasons) reason\(c.reasons == 1 ? "" : "s")\n"
            }
        }
        if perFile {
            out += "per file:\n"
            for f in s.perFile {
                let labels = f.labels.isEmpty ? "" : "; \(MapStatistics.labelCounts(f.labels))"
                out += "  \(f.file): claims \(f.statements), arguments \(f.arguments), relations \(f.relations)\(labels)\n"
            }
        }
        return out
    }
}
