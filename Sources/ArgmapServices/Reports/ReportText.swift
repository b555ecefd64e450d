import Foundation

/// A report the `argmap` commands print: a document that encodes to JSON and reads as plain text.
public protocol TextReport: Encodable {
    /// The report as lines of plain text, each ending in a newline (map text as it is: a terminal printer
    /// escapes control characters).
    var text: String { get }
}

/// The two shapes every report is printed in: aligned columns and deterministic JSON.
public enum ReportText {
    /// Left-aligned columns separated by two spaces, a rule of dashes under the header, trailing blanks trimmed.
    /// Every row has the header's number of cells. O(cells).
    public static func table(_ header: [String], _ rows: [[String]]) -> String {
        let all = [header] + rows
        let widths = header.indices.map { i in all.map { $0[i].count }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            var s = ""
            for (i, c) in cells.enumerated() {
                s += i == cells.count - 1 ? c : c.padding(toLength: widths[i] + 2, withPad: " ", startingAt: 0)
            }
            while s.hasSuffix(" ") { s.removeLast() }
            return s
        }
        return ([line(header), String(repeating: "-", count: widths.reduce(0, +) + 2 * max(0, widths.count - 1))]
            + rows.map(line)).joined(separator: "\n") + "\n"
    }

    /// `value` as pretty, key-sorted JSON with a final newline: the same value always gives the same bytes.
    public static func json<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }
}
