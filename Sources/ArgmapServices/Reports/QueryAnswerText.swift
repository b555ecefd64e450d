import ArgumentAnalysis
import ArgumentModel

extension QueryReport {
    /// A query's answers as `argmap query` prints them: `yes` / `no` for a query without variables, otherwise a
    /// table of bracketed titles (one column per variable) and the count; `explain` writes each answer on its own
    /// line followed by one `because` chain per pattern (which `result` must carry). O(answers × (variables +
    /// proof length)).
    public static func text(_ result: QueryResult, _ graph: ArgumentGraph, explain: Bool) -> String {
        if result.variables.isEmpty {
            var out = result.holds ? "yes\n" : "no\n"
            if explain, let proofs = result.proofs.first {
                for p in proofs { out += "  because " + ProofText.chain(p.steps, from: p.subject, graph) + "\n" }
            }
            return out
        }
        guard result.holds else { return "no answers\n" }
        let header = result.variables.map { "?" + $0 }
        let rows = result.rows.map { $0.map { graph.nodes[$0.index].bracketedTitle } }  // in place: no node copied
        var out: String
        if explain {
            out = ""
            for (i, row) in rows.enumerated() {
                out += zip(header, row).map { "\($0) = \($1)" }.joined(separator: ", ") + "\n"
                for p in result.proofs[i] {
                    out += "  because " + ProofText.chain(p.steps, from: p.subject, graph) + "\n"
                }
            }
        } else {
            out = ReportText.table(header, rows)
        }
        return out + "(\(rows.count) answer\(rows.count == 1 ? "" : "s"))\n"
    }
}
