import ArgmapServices
import ArgumentFormats
import ArgumentAnalysis
import ArgumentModel
import ArgumentParser

/// What the query commands share: loading one map, resolving typed titles, printing nodes and paths, JSON.
enum QueryCommandSupport {
    /// Loads `path`, prints its diagnostics, and fails (exit 1) when it cannot be read or has errors.
    static func loadGraph(_ path: String) throws -> ArgumentGraph {
        try InputLoader.loadChecked(path, failure: "\(path) has errors; fix them first (argmap check \(path))").result.graph
    }

    /// The node the user meant by `typed` (see ``TitleResolver``); unknown or ambiguous titles print an error
    /// listing the candidates (or the closest titles) and exit 1.
    static func resolve(_ typed: String, in graph: ArgumentGraph, matching: TitleMatching) throws -> NodeID {
        do {
            return try TitleResolver(graph, matching: matching).resolve(typed)
        } catch {
            StandardError.print(DiagnosticFormatter(source: "").format(error.diagnostic()))  // lists the candidates
            throw ExitCode.failure
        }
    }

    /// Prints `report` on standard output: as JSON, or as text with control characters shown harmless.
    static func print(_ report: some TextReport, as format: AnswerFormat) throws {
        switch format {
        case .json: try OutputWriter.write(try ReportText.json(report), to: nil)
        case .text: try OutputWriter.write(report: report.text, to: nil)
        }
    }
}

/// `--fuzzy`, for every command that takes a title: titles are exact unless it is given.
struct TitleOptions: ParsableArguments {
    @Flag(help: "Let a title match loosely: an unambiguous prefix or part of a title, or the one title a typo away (default: exact titles, ignoring case only when that is unambiguous).")
    var fuzzy = false

    /// How typed titles are matched.
    var matching: TitleMatching { fuzzy ? .fuzzy : .exact }
}

/// Text or JSON, for the shortcut commands.
enum AnswerFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}
