import ArgumentAnalysis

extension CheckReport.Summary {
    /// The closing line of `argmap check`: `2 files checked: 1 error, 0 warnings`, the unreadable files when there
    /// are any and, when quotes were verified against `source`, how many were found.
    public func text(source: String?) -> String {
        var line = "\(files) \(files == 1 ? "file" : "files") checked: "
            + "\(errors) \(errors == 1 ? "error" : "errors"), "
            + "\(warnings) \(warnings == 1 ? "warning" : "warnings")"
        if unreadable > 0 { line += ", \(unreadable) unreadable" }
        if let source { line += "; \(quotes) quotes found in \(source)" }
        return line
    }
}
