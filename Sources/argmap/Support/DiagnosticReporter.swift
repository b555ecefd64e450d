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
