import ArgumentAnalysis
import ArgumentFormats

/// The formats a grade report is written in (`argmap grade --format`).
public enum GradeReportFormat: String, Sendable, CaseIterable {
    /// The feedback as lines of text.
    case text
    /// The report as JSON.
    case json
    /// One CSV row per verdict.
    case csv

    /// The extension of a feedback file in this format (`txt`, `json`, `csv`).
    public var fileExtension: String { self == .text ? "txt" : rawValue }
}

extension GradeReport {
    /// The report in `format`; text has the control characters of map text shown harmless (`TerminalText`).
    public func document(_ format: GradeReportFormat) throws -> String {
        switch format {
        case .text: TerminalText.escaped(text)
        case .csv: csv
        case .json: try ReportText.json(self)
        }
    }
}
