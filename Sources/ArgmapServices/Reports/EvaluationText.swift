import ArgumentAnalysis
import ArgumentModel
import Foundation

extension MapEvaluation {
    /// The evaluation as `argmap evaluate` prints it: with `explanation`, that node's label and the reasons for
    /// it; otherwise per labelling (the first, or with `all` every one computed) a line of counts and a table of
    /// labels, acceptance (for semantics with several labellings), `strength` when asked for, and notes on open
    /// contradictions. `support` is the support mode the evaluation was made with. O(labellings × nodes).
    public func text(_ graph: ArgumentGraph, support: SupportMode, all: Bool, strength: Bool, explanation: Explanation?) -> String {
        guard let labels else {
            return "No \(semantics.rawValue) labelling exists (\(support.rawValue) support): every labelling leaves something UNDEC.\n"
        }
        let notes = contradictionNotes(in: labels, graph: graph)
        var out = ""
        if let explanation {
            // With several labellings, say which one is explained: the first, the one the table shows.
            let which = semantics == .grounded ? "" : ", labelling 1 of \(labellings.count)\(isComplete ? "" : "+")"
            out += "\(graph[explanation.node].bracketedTitle) is \(explanation.label.rawValue) (\(semantics.rawValue)\(which), \(support.rawValue) support):\n"
            for line in explanation.lines { out += "  - \(line)\n" }
            return out
        }
        let count = labellings.count
        let several = semantics != .grounded
        let shown = all ? labellings : [labels]
        for (k, l) in shown.enumerated() {
            let counts = Label.allCases.map { c in "\(l.filter { $0 == c }.count) \(c.rawValue)" }.joined(separator: ", ")
            let which = several ? (all ? " labelling \(k + 1) of \(count)\(isComplete ? "" : "+")" : " (first of \(count)\(isComplete ? "" : "+") labellings)") : ""
            out += "\(semantics.rawValue)\(which), \(support.rawValue) support: \(counts)\n"
            var header = ["label", "node"]
            if several { header.append("accepted") }
            if strength { header.append("strength") }
            header.append("note")
            let rows: [[String]] = graph.nodes.map { node in
                let i = node.id.index
                var row = [l[i].rawValue, node.bracketedTitle]
                if several { row.append(sceptical[i] ? "sceptically" : credulous[i] ? "credulously" : "no") }
                if strength { row.append(String(format: "%.3f", self.strength[i])) }
                row.append(k == 0 ? notes[i] ?? "" : "")
                return row
            }
            out += ReportText.table(header, rows)
            if k < shown.count - 1 { out += "\n" }
        }
        return out
    }
}

/// An evaluation as `argmap evaluate` prints it: `EvaluationReport`'s JSON, or the text of
/// `MapEvaluation.text(_:support:all:strength:explanation:)`.
public struct EvaluationOutput: TextReport, Sendable {
    /// The document.
    public var report: EvaluationReport
    /// The labels as a table, or the explanation.
    public let text: String

    /// The output for `evaluation` of `graph` (made with `support`): `strength` adds each node's strength, `all`
    /// every labelling computed, `explanation` explains one node. O(labellings × nodes).
    public init(
        _ evaluation: MapEvaluation, graph: ArgumentGraph, support: SupportMode, strength: Bool, all: Bool, explanation: Explanation?
    ) {
        report = EvaluationReport(evaluation, graph: graph, strength: strength, allLabellings: all, explanation: explanation)
        text = evaluation.text(graph, support: support, all: all, strength: strength, explanation: explanation)
    }

    /// Encodes the `EvaluationReport`.
    public func encode(to encoder: any Encoder) throws {
        try report.encode(to: encoder)
    }
}
