import ArgumentAnalysis
import ArgumentModel
import ArgumentRendering

/// How `argmap render --evaluate S` colours a map: each node gets class `label-in`, `label-out` or `label-undec`,
/// a fill (green, red, grey-yellow), a badge with its label, and a tooltip note (an open contradiction is noted as
/// "undecided: mutually contradicting").
enum EvaluationHighlights {
    static let inFill = RGBColor(0xC8EBC0)
    static let outFill = RGBColor(0xF6C1BE)
    static let undecFill = RGBColor(0xF3E6A8)

    /// Node styles for the first labelling of `semantics` (none when no labelling exists, e.g. stable on an odd
    /// cycle). O(evaluation) + O(n).
    static func nodeStyles(_ graph: ArgumentGraph, semantics: Semantics, support: SupportMode = .reasons) -> [NodeID: NodeHighlight] {
        let evaluation = MapEvaluation(graph, semantics: semantics, support: support, limit: 1)
        guard let labels = evaluation.labels else { return [:] }
        var open: [Int: String] = [:]
        for (a, b) in evaluation.openContradictions(in: labels) {
            open[a.index] = "undecided: mutually contradicting \(graph[b].bracketedTitle)"
            open[b.index] = "undecided: mutually contradicting \(graph[a].bracketedTitle)"
        }
        var styles: [NodeID: NodeHighlight] = [:]
        for node in graph.nodes {
            let label = labels[node.id.index]
            let fill = label == .in ? inFill : label == .out ? outFill : undecFill
            styles[node.id] = NodeHighlight(
                classes: ["label-\(label.rawValue.lowercased())"], fill: fill, badge: label.rawValue,
                note: open[node.id.index] ?? "\(semantics.rawValue): \(label.rawValue)")
        }
        return styles
    }
}
