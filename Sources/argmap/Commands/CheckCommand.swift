import ArgmapServices
import ArgumentFormats
import ArgumentAnalysis
import ArgumentModel
import ArgumentParser
import Foundation

/// `argmap check`: reads maps, runs the reasoning lint and (with `--source`) verifies quotes; prints diagnostics.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Find mistakes in argument maps: syntax, undefined titles, reasoning faults, misquotes.",
        discussion: """
            Every problem is printed the way the Swift compiler prints one: the file,
            line and column, a message, a stable code in brackets, then the line itself
            with a caret under the spot.

              argmap check map.argdown
              argmap check graphs/*.argdown --strict
              argmap check map.argdown --format json
              argmap check --source essay.txt map.argdown
              argmap check map.argdown --disable unsupported-claim --disable disconnected
              cat map.argdown | argmap check -
              argmap check notes.md               # the ```argdown blocks of a Markdown file

            Besides the reader's errors and warnings, check runs the reasoning lint:
            circular-support, unsupported-claim, unanswered-objection, self-attack,
            support-and-attack, disconnected and duplicate-text (docs/lint.md explains
            each with an example). --disable CODE, or `lint: {disable: [CODE]}` in the
            map's front matter, turns a rule off; --disable all turns them all off.

            --source FILE checks that every `quote` in the map stands word for word in
            FILE and reports where; a quote that is not there is an error naming the
            closest passage (quote-not-in-source).

            Exit status: 0 when there are no errors (warnings are allowed unless
            --strict), 1 otherwise. Every reader's codes: docs/diagnostics.md.
            """)

    /// How the results are printed.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: "The maps to check (any input format; `-` reads standard input; folders are searched).")
    var files: [String]

    @Flag(help: "Fail (exit 1) on warnings too.")
    var strict = false

    @Option(help: "text, or json for scripts.")
    var format: Format = .text

    @Option(help: "The text the map quotes: verify every `quote` is in it, word for word.")
    var source: String?

    @Option(help: ArgumentHelp("Turn off a lint rule by its code (repeatable; `all` turns off every rule).", valueName: "code"))
    var disable: [String] = []

    @Flag(help: "With --source, print where each quote was found.")
    var verbose = false

    func run() throws {
        let unknown = Linter.unknownCodes(Set(disable))
        guard unknown.isEmpty else {
            throw ValidationError("unknown lint rule \(unknown.joined(separator: ", ")); the rules are "
                + LintCode.documented.sorted().joined(separator: ", ") + " (or all)")
        }
        let sourceText = try source.map(Self.readSource)
        let inputs: [(path: String, base: String?)]
        do {
            inputs = try InputLoader.expand(files)
        } catch let error as InputError {
            StandardError.print("error: \(error.description)")
            throw ExitCode(1)
        }
        var reports: [FileReport] = []
        for entry in inputs {
            reports.append(check(entry.path, source: sourceText))
        }
        let summary = Summary(reports)
        switch format {
        case .text:
            try printText(reports, summary: summary)
        case .json:
            try printJSON(reports, summary: summary)
        }
        if summary.errors > 0 || summary.unreadable > 0 || (strict && summary.warnings > 0) {
            throw ExitCode(1)
        }
    }

    /// Reads, lints and verifies one input.
    private func check(_ path: String, source: (path: String, text: String)?) -> FileReport {
        var input: LoadedInput
        do {
            input = MarkdownMapBlocks.isMarkdown(path)
                ? LoadedInput(path: path, text: String(decoding: try InputLoader.readData(path), as: UTF8.self), result: ReadResult(graph: .empty))
                : try InputLoader.load(path)
        } catch let error as InputError {
            return FileReport(path: path, input: nil, diagnostics: [], quotes: [], failure: error.description)
        } catch {
            return FileReport(path: path, input: nil, diagnostics: [], quotes: [], failure: "\(path): \(error)")
        }
        var diagnostics: [Diagnostic] = []
        var quotes: [QuoteReport] = []
        // A Markdown file: each ```argdown block is checked on its own, its problems located in the Markdown file.
        for (graph, read, block) in MarkdownMapBlocks.isMarkdown(path)
            ? MarkdownMapBlocks.read(input.text ?? "", file: path) : [(input.result.graph, input.result.diagnostics, nil)]
        {
            var found = read + Linter.lint(graph, disabled: Set(disable)).map { located($0, in: path) }
            if let source {
                let verified = QuoteVerifier.verify(graph, source: source.text, sourcePath: source.path)
                found += verified.diagnostics.map { located($0, in: path) }
                quotes += verified.matches.map {
                    QuoteReport(node: graph[$0.node].title, file: source.path, line: $0.line, column: $0.column)
                }
            }
            diagnostics += block.map { block in found.map { block.locate($0, file: path) } } ?? found
        }
        diagnostics.sort { ($0.range?.start.offset ?? -1, $0.severity) < ($1.range?.start.offset ?? -1, $1.severity) }
        return FileReport(path: path, input: input, diagnostics: diagnostics, quotes: quotes, failure: nil)
    }

    /// Gives a diagnostic from an analysis the map's file name when it has a position but no file.
    private func located(_ diagnostic: Diagnostic, in path: String) -> Diagnostic {
        var located = diagnostic
        if var range = located.range, range.file == nil {
            range.file = path == "-" ? "<stdin>" : path
            located.range = range
        }
        return located
    }

    private static func readSource(_ path: String) throws -> (path: String, text: String) {
        do {
            let data = try InputLoader.readData(path)
            guard let text = String(data: data, encoding: .utf8) else {
                StandardError.print("error: \(path): the source text is not valid UTF-8")
                throw ExitCode(1)
            }
            return (path, text.replacingOccurrences(of: "\r\n", with: "\n"))
        } catch let error as InputError {
            StandardError.print("error: \(error.description)")
            throw ExitCode(1)
        }
    }

    private func printText(_ reports: [FileReport], summary: Summary) throws {
        for report in reports {
            if let failure = report.failure {
                StandardError.print("error: \(failure)")
                continue
            }
            if let input = report.input { DiagnosticReporter.report(report.diagnostics, for: input) }
            if verbose {
                for quote in report.quotes {
                    try OutputWriter.print("quote of [\(quote.node)] found at \(quote.file):\(quote.line):\(quote.column)")
                }
            }
        }
        var line = "\(summary.files) \(summary.files == 1 ? "file" : "files") checked: "
            + "\(summary.errors) \(summary.errors == 1 ? "error" : "errors"), "
            + "\(summary.warnings) \(summary.warnings == 1 ? "warning" : "warnings")"
        if summary.unreadable > 0 { line += ", \(summary.unreadable) unreadable" }
        if source != nil { line += "; \(summary.quotes) quotes found in \(source ?? "")" }
        StandardError.print(line)
    }

    private func printJSON(_ reports: [FileReport], summary: Summary) throws {
        let document = JSONReport(
            files: reports.map { report in
                JSONReport.File(
                    path: report.path,
                    readable: report.failure == nil,
                    failure: report.failure,
                    diagnostics: report.diagnostics.map(JSONReport.Item.init),
                    quotes: report.quotes)
            },
            summary: summary)
        try OutputWriter.write(try QueryCommandSupport.json(document), to: nil)
    }
}

/// What `check` found in one input.
private struct FileReport {
    var path: String
    var input: LoadedInput?
    var diagnostics: [Diagnostic]
    var quotes: [QuoteReport]
    var failure: String?
}

/// Where one quote stands in the source text.
private struct QuoteReport: Codable {
    var node: String
    var file: String
    var line: Int
    var column: Int
}

/// Totals over every input.
private struct Summary: Codable {
    var files: Int
    var errors: Int
    var warnings: Int
    var notes: Int
    var unreadable: Int
    var quotes: Int

    init(_ reports: [FileReport]) {
        let all = reports.flatMap(\.diagnostics)
        files = reports.count
        errors = all.filter { $0.severity == .error }.count
        warnings = all.filter { $0.severity == .warning }.count
        notes = all.count - errors - warnings
        unreadable = reports.filter { $0.failure != nil }.count
        quotes = reports.reduce(0) { $0 + $1.quotes.count }
    }
}

/// The `--format json` document.
private struct JSONReport: Encodable {
    struct File: Encodable {
        var path: String
        var readable: Bool
        var failure: String?
        var diagnostics: [Item]
        var quotes: [QuoteReport]
    }

    struct Item: Encodable {
        var severity: String
        var code: String
        var message: String
        var file: String?
        var line: Int?
        var column: Int?
        var endLine: Int?
        var endColumn: Int?
        var fixIt: String?

        init(_ diagnostic: Diagnostic) {
            severity = diagnostic.severity.rawValue
            code = diagnostic.code
            message = diagnostic.message
            file = diagnostic.range?.file
            line = diagnostic.range?.start.line
            column = diagnostic.range?.start.column
            endLine = diagnostic.range?.end.line
            endColumn = diagnostic.range?.end.column
            fixIt = diagnostic.fixIt
        }
    }

    var files: [File]
    var summary: Summary
}
