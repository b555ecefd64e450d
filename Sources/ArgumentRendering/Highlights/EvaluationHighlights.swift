import ArgumentAnalysis
import ArgumentModel

/// How a map is coloured by its evaluation (`argmap render --evaluate S`): each node gets class `label-in`, `label-out` or `label-undec`,
/// a fill (green, red, grey-yellow), a badge with its label, and a tooltip note (an open contradiction is noted as
/// "undecided: mutually contradicting").
public enum EvaluationHighlights {
    /// Fill of an IN node (light green).
    public static let inFill = RGBColor(0xC8EBC0)
    /// Fill of an OUT node (light red).
    public static let outFill = RGBColor(0xF6C1BE)
    /// Fill of an UNDEC node (grey-yellow).
    public static let undecFill = RGBColor(0xF3E6A8)

    /// Node styles for the first labelling of `semantics` (none when no labelling exists, e.g. stable on an odd
    /// cycle). O(evaluation) + O(n).
    public static func nodeStyles(_ graph: ArgumentGraph, semantics: Semantics, support: SupportMode = .reasons) -> [NodeID: NodeHighlight] {
        let evaluation = MapEvaluation(graph, semantics: semantics, support: support, limit: 1)
        guard let labels = evaluation.labels else { return [:] }
        let open = evaluation.contradictionNotes(in: labels, graph: graph)
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
