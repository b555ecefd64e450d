import ArgumentAnalysis
import ArgumentFormats
import ArgumentRendering
import Foundation

/// The formats `argmap diff` writes.
public enum DiffFormat: String, Sendable, CaseIterable {
    /// The changes as lines of text.
    case text
    /// The `DiffReport` as JSON.
    case json
    /// The union map with the changes marked.
    case svg
    /// The union map as an interactive page.
    case html
}

extension MapDiff {
    /// The diff as `argmap diff` writes it in `format`: the `DiffReport` of the versions named `oldName` and
    /// `newName` as text or JSON (control characters of map text shown harmless), or the union map with the
    /// changes marked (`DiffPicture`, one Graphviz layout).
    public func document(_ format: DiffFormat, oldName: String, newName: String) async throws -> Data {
        let report = DiffReport(self, oldName: oldName, newName: newName)
        switch format {
        case .text: return Data(TerminalText.escaped(report.text).utf8)
        case .json: return Data(TerminalText.escaped(try ReportText.json(report)).utf8)
        case .svg: return try await DiffPicture.render(self, format: .svg)
        case .html: return try await DiffPicture.render(self, format: .html)
        }
    }
}
