import ArgmapServices
import ArgumentFormats
import ArgumentAnalysis
import ArgumentParser

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
        let inputs = try InputLoader.expand(files)
        let reports = inputs.map {
            FileCheck(
                $0.path, disabled: Set(disable), source: sourceText, load: { try InputLoader.load($0) },
                readData: InputLoader.readData)
        }
        let report = CheckReport(reports.map(\.report))
        let summary = report.summary
        switch format {
        case .text:
            try printText(reports, summary: summary)
        case .json:
            try OutputWriter.write(try ReportText.json(report), to: nil)
        }
        if summary.errors > 0 || summary.unreadable > 0 || (strict && summary.warnings > 0) {
            throw ExitCode(1)
        }
    }

    private static func readSource(_ path: String) throws -> MapCheck.Source {
        guard let source = FileCheck.source(path: path, data: try InputLoader.readData(path)) else {
            throw CommandError("\(path): the source text is not valid UTF-8")
        }
        return source
    }

    private func printText(_ reports: [FileCheck], summary: CheckReport.Summary) throws {
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
        StandardError.print(summary.text(source: source))
    }
}
