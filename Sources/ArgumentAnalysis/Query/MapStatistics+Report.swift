import ArgumentModel

/// The statistics as CSV (`argmap stats --format csv`).
extension MapStatistics {
    /// CSV with one row per file and a total row: file, claims, arguments, relations, then one column per label.
    public var csv: String {
        let s = self
        let labels = s.labels.keys.sorted()
        var out = CSV.row(["file", "claims", "arguments", "relations"] + labels) + "\n"
        func row(_ name: String, _ statements: Int, _ arguments: Int, _ relations: Int, _ counts: [String: Int]) {
            out += CSV.row([name, String(statements), String(arguments), String(relations)] + labels.map { String(counts[$0] ?? 0) })
                + "\n"
        }
        for f in s.perFile { row(f.file, f.statements, f.arguments, f.relations, f.labels) }
        row("total", s.statements, s.arguments, s.perFile.reduce(0) { $0 + $1.relations }, s.labels)
        return out
    }

    /// `MajorClaim 3, Claim 10, Premise 40` (most frequent first, then by name).
    public static func labelCounts(_ labels: [String: Int]) -> String {
        labels.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map { "\($0.key) \($0.value)" }
            .joined(separator: ", ")
    }
}
