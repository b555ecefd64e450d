import ArgumentModel

/// The main conclusions a map declares: the node its front matter names (`mainConclusion: Title`, a statement or
/// else an argument), else the nodes whose data says `mainConclusion: true`; empty when it declares none.
/// `stats` counts these when there are any, and the lint's objection rule checks objections to them. O(nodes).
enum MainConclusions {
    static func declared(in graph: ArgumentGraph) -> [NodeID] {
        if let title = graph.metadata["mainConclusion"]?.stringValue,
           let id = graph.statement(titled: title) ?? graph.argument(titled: title) {
            return [id]
        }
        return graph.nodes.filter { $0.data["mainConclusion"]?.boolValue == true }.map(\.id)
    }
}
