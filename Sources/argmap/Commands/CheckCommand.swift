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
    enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: "The maps to check (any input format; `-` reads standard input; folders are searched).")
    var files: [String]

    @Flag(help: "Fail (exit 1) on warnings too.")
    var strict = false

    @Option(help: "text, or json for scripts.")
    var format: ReportFormat = .text

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
        let report = CheckReport(reports.map {
            CheckReport.File(path: $0.path, diagnostics: $0.diagnostics, quotes: $0.quotes, failure: $0.failure)
        })
        let summary = report.summary
        switch format {
        case .text:
            try printText(reports, summary: summary)
        case .json:
            try OutputWriter.write(try QueryCommandSupport.json(report), to: nil)
        }
        if summary.errors > 0 || summary.unreadable > 0 || (strict && summary.warnings > 0) {
            throw ExitCode(1)
        }
    }

    /// Reads, lints and verifies one input.
    private func check(_ path: String, source: MapCheck.Source?) -> FileReport {
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
        var quotes: [CheckReport.Quote] = []
        // A Markdown file: each ```argdown block is checked on its own, its problems located in the Markdown file.
        for (graph, read, block) in MarkdownMapBlocks.isMarkdown(path)
            ? MarkdownMapBlocks.read(input.text ?? "", file: path) : [(input.result.graph, input.result.diagnostics, nil)]
        {
            let check = MapCheck(
                graph, readerDiagnostics: read, disabled: Set(disable), source: source,
                file: path == "-" ? "<stdin>" : path)
            quotes += check.quotes.map {
                CheckReport.Quote(node: graph[$0.node].title, file: source?.path ?? "", line: $0.line, column: $0.column)
            }
            diagnostics += block.map { block in check.diagnostics.map { block.locate($0, file: path) } } ?? check.diagnostics
        }
        return FileReport(path: path, input: input, diagnostics: MapCheck.sortedBySource(diagnostics), quotes: quotes, failure: nil)
    }

    private static func readSource(_ path: String) throws -> MapCheck.Source {
        do {
            let data = try InputLoader.readData(path)
            guard let text = String(data: data, encoding: .utf8) else {
                StandardError.print("error: \(path): the source text is not valid UTF-8")
                throw ExitCode(1)
            }
            return MapCheck.Source(path: path, text: text.replacingOccurrences(of: "\r\n", with: "\n"))
        } catch let error as InputError {
            StandardError.print("error: \(error.description)")
            throw ExitCode(1)
        }
    }

    private func printText(_ reports: [FileReport], summary: CheckReport.Summary) throws {
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
}

/// What `check` found in one input.
private struct FileReport {
    var path: String
    var input: LoadedInput?
    var diagnostics: [Diagnostic]
    var quotes: [CheckReport.Quote]
    var failure: String?
}
