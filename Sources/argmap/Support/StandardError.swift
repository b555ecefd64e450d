import ArgumentFormats
import Foundation

/// Writes to standard error (progress, diagnostics, "wrote FILE" messages). Files and standard output go through
/// `OutputWriter` (ArgumentFormats).
enum StandardError {
    /// Writes `text` and a newline to standard error, control characters shown harmless (`TerminalText`):
    /// messages quote map text.
    static func print(_ text: String) {
        write(TerminalText.escaped(text) + "\n")
    }

    /// Writes `text` as it is (the progress bar's own escapes). A failure is dropped: there is nowhere left to
    /// report it.
    static func write(_ text: String) {
        try? OutputWriter.write(Data(text.utf8), toDescriptor: STDERR_FILENO, name: "standard error")
    }

    /// Whether standard error is a terminal (progress bars only then).
    static var isTerminal: Bool { isatty(2) != 0 }
}
