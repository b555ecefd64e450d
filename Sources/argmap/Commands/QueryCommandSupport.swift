import ArgumentFormats
import ArgumentAnalysis
import ArgumentModel
import ArgumentParser
import Foundation

/// What the query commands share: loading one map, resolving typed titles, printing nodes and paths, JSON.
enum QueryCommandSupport {
    /// Loads `path`, prints its diagnostics, and fails (exit 1) when it cannot be read or has errors.
    static func loadGraph(_ path: String) throws -> ArgumentGraph {
        let input: LoadedInput
        do {
            input = try InputLoader.load(path)
        } catch {
            StandardError.print("error: \(error)")
            throw ExitCode.failure
        }
        DiagnosticReporter.report(input.result.diagnostics, for: input)
        if input.result.diagnostics.containsErrors {
            StandardError.print("error: \(path) has errors; fix them first (argmap check \(path))")
            throw ExitCode.failure
        }
        return input.result.graph
    }

    /// Keeps `graph` alive until the process exits. Taking a large graph apart (a million nodes, each with its own
    /// strings and arrays) took a twentieth of a query's run for nothing: exiting returns the memory at once.
    static func keepUntilExit(_ graph: ArgumentGraph) {
        _ = Unmanaged.passRetained(Kept(graph))
    }

    /// What ``keepUntilExit(_:)`` holds.
    private final class Kept {
        let graph: ArgumentGraph
        init(_ graph: ArgumentGraph) { self.graph = graph }
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

    /// `[Title]` or `<Title>`.
    static func name(_ node: NodeID, _ graph: ArgumentGraph) -> String { graph[node].bracketedTitle }

    /// Pretty, key-sorted JSON with a final newline (deterministic).
    static func json<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }

    /// Left-aligned columns separated by two spaces, trailing blanks trimmed.
    static func table(_ header: [String], _ rows: [[String]]) -> String {
        let all = [header] + rows
        let widths = header.indices.map { i in all.map { $0[i].count }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            var s = ""
            for (i, c) in cells.enumerated() {
                s += i == cells.count - 1 ? c : c.padding(toLength: widths[i] + 2, withPad: " ", startingAt: 0)
            }
            while s.hasSuffix(" ") { s.removeLast() }
            return s
        }
        return ([line(header), String(repeating: "-", count: widths.reduce(0, +) + 2 * max(0, widths.count - 1))]
            + rows.map(line)).joined(separator: "\n") + "\n"
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
