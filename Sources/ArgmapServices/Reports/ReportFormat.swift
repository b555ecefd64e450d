import ArgumentAnalysis
import ArgumentFormats

/// The formats a grade report or the statistics are written in (`argmap grade --format`, `argmap stats --format`).
public enum ReportFormat: String, Sendable, CaseIterable {
    /// Lines of text, control characters of map text shown harmless.
    case text
    /// JSON.
    case json
    /// CSV.
    case csv

    /// The extension of a file in this format (`txt`, `json`, `csv`).
    public var fileExtension: String { self == .text ? "txt" : rawValue }
}

extension GradeReport {
    /// The report in `format`; text has the control characters of map text shown harmless (`TerminalText`).
    public func document(_ format: ReportFormat) throws -> String {
        switch format {
        case .text: TerminalText.escaped(text)
        case .csv: csv
        case .json: try ReportText.json(self)
        }
    }
}

extension MapStatistics {
    /// The statistics as `argmap stats` writes them in `format`: text (after `header`, with `text(perFile:)`'s
    /// per-file lines when `perFile`), JSON (per-file counts only when `perFile`) or CSV (always one row per file).
    public func document(_ format: ReportFormat, perFile: Bool, header: String = "") throws -> String {
        switch format {
        case .text: return TerminalText.escaped(header + text(perFile: perFile))
        case .csv: return csv
        case .json:
            var shown = self
            if !perFile { shown.perFile = [] }
            return try ReportText.json(shown)
        }
    }
}
