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
            StandardError.print("error: \(error.description)")  // the message lists the candidates
            throw ExitCode.failure
        }
    }

    /// `[Title]` or `<Title>`.
    static func name(_ node: NodeID, _ graph: ArgumentGraph) -> String { graph[node].bracketedTitle }

    /// `[A] -support-> [B] <-attack- [C]`: a chain with the relation types, arrows showing each relation's
    /// own direction. An empty chain prints as the start node with "(itself)".
    static func chain(_ steps: [ProofStep], from start: NodeID, _ graph: ArgumentGraph) -> String {
        guard !steps.isEmpty else { return name(start, graph) + " (itself: zero-length path)" }
        var text = name(start, graph)
        for s in steps {
            text += s.reversed ? " <-\(s.label)- " : " -\(s.label)-> "
            text += name(s.to, graph)
        }
        return text
    }

    /// The steps of a chain between its two ends, e.g. `-support-> [B] -support->` (ends left out).
    static func via(_ steps: [ProofStep], _ graph: ArgumentGraph) -> String {
        var parts: [String] = []
        for (i, s) in steps.enumerated() {
            parts.append((s.reversed ? "<-\(s.label)-" : "-\(s.label)->") + implicit(s, graph))
            if i < steps.count - 1 { parts.append(name(s.to, graph)) }
        }
        return parts.joined(separator: " ")
    }

    /// ` (implicit)` for a step along a derived relation, else nothing.
    static func implicit(_ step: ProofStep, _ graph: ArgumentGraph) -> String {
        step.relation.map { graph[$0].isDerived } == true ? " (implicit)" : ""
    }

    /// A node as JSON.
    struct NodeJSON: Codable, Equatable {
        var title: String
        var kind: String
        init(_ node: NodeID, _ graph: ArgumentGraph) {
            title = graph[node].title
            kind = graph[node].kind.rawValue
        }
    }

    /// One step of a chain as JSON.
    struct StepJSON: Codable, Equatable {
        var from: String
        var to: String
        var type: String
        var reversed: Bool
        init(_ step: ProofStep, _ graph: ArgumentGraph) {
            from = name(step.from, graph)
            to = name(step.to, graph)
            type = step.label
            reversed = step.reversed
        }
    }

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
enum ShortcutFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}
