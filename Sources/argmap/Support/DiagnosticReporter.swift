import ArgumentFormats
import ArgumentModel

/// Prints a loaded input's diagnostics to standard error, compiler style, with source excerpts.
enum DiagnosticReporter {
    /// Prints `diagnostics` about `input` (source excerpts when its text is known).
    static func report(_ diagnostics: [Diagnostic], for input: LoadedInput) {
        guard !diagnostics.isEmpty else { return }
        let formatter = DiagnosticFormatter(source: input.text ?? "")
        StandardError.print(formatter.format(diagnostics))
    }
}

extension InputLoader {
    /// Reads `path` like ``load(_:format:)``, prints its diagnostics, and fails with `failure` (by default
    /// "PATH has errors; fix them first") when any of them is an error.
    static func loadChecked(_ path: String, failure: String? = nil) throws -> LoadedInput {
        let input = try load(path)
        DiagnosticReporter.report(input.result.diagnostics, for: input)
        if input.result.diagnostics.containsErrors { throw CommandError(failure ?? "\(path) has errors; fix them first") }
        return input
    }
}
