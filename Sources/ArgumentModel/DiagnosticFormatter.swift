/// Prints diagnostics the way the Swift compiler does: `file:line:col: severity: message [code]`, then the
/// offending source line and a caret under the column (with `~` under the rest of a one-line range).
public struct DiagnosticFormatter: Sendable {
    private let lines: [Substring]

    /// A formatter for diagnostics about `source` (the whole text of the file they point into).
    public init(source: String) {
        lines = source.split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.hasSuffix("\r") ? $0.dropLast() : $0
        }
    }

    /// The diagnostic's headline, source line and caret line, joined by newlines (no trailing newline).
    public func format(_ diagnostic: Diagnostic) -> String {
        format(diagnostic) { Array(lines[$0].unicodeScalars) }
    }

    /// `diagnostic` formatted with the Unicode scalars of line `index` (0-based) from `scalarsOfLine`.
    private func format(_ diagnostic: Diagnostic, scalarsOfLine: (Int) -> [Unicode.Scalar]) -> String {
        var out = diagnostic.headline
        guard let range = diagnostic.range, range.start.line >= 1, range.start.line <= lines.count else { return out }
        let scalars = scalarsOfLine(range.start.line - 1)
        let column = max(1, min(range.start.column, scalars.count + 1))
        // Keep very long lines readable: show a window of the line around the column.
        let window = 160
        let lower = column - 1 > window / 2 ? column - 1 - window / 2 : 0
        let upper = min(scalars.count, lower + window)
        var shown = String(String.UnicodeScalarView(scalars[lower..<upper]))
        if lower > 0 { shown = "…" + shown }
        if upper < scalars.count { shown += "…" }
        let gutter = String(range.start.line)
        out += "\n\(gutter) | \(shown)"
        var marker = String(repeating: " ", count: column - 1 - lower + (lower > 0 ? 1 : 0))
        // Tabs keep their width in the caret line so the caret sits under the right character.
        marker = String(marker.enumerated().map { index, _ in
            let scalarIndex = lower + index - (lower > 0 ? 1 : 0)
            return scalarIndex >= 0 && scalarIndex < scalars.count && scalars[scalarIndex] == "\t" ? "\t" : " "
        })
        var underline = "^"
        if range.end.line == range.start.line, range.end.column > range.start.column + 1 {
            underline += String(repeating: "~", count: min(range.end.column - range.start.column - 1, upper - column + 1))
        }
        out += "\n\(String(repeating: " ", count: gutter.count)) | \(marker)\(underline)"
        if let fixIt = diagnostic.fixIt {
            out += "\n\(String(repeating: " ", count: gutter.count)) | \(marker)\(fixIt)"
        }
        return out
    }

    /// All diagnostics, each formatted, separated by newlines. The scalars of the last line shown are kept for the
    /// next diagnostic, so many diagnostics on one long line (sorted by place, as readers return them) cost
    /// O(line length + diagnostics × window), not O(line length × diagnostics).
    public func format(_ diagnostics: [Diagnostic]) -> String {
        var cached: (index: Int, scalars: [Unicode.Scalar])?
        return diagnostics.map { diagnostic in
            format(diagnostic) { index in
                if let cached, cached.index == index { return cached.scalars }
                let scalars = Array(lines[index].unicodeScalars)
                cached = (index, scalars)
                return scalars
            }
        }.joined(separator: "\n")
    }
}
