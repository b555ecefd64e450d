import ArgumentModel

/// The premise links of a map's reconstructed arguments, both ways: the arguments each statement is a premise of,
/// and each argument's premises (each once, in pcs order). A premise supports its argument (argdown.md §6), so
/// queries, `supporters` and `path` walk these links as the pictures draw them; they are not relations of the model.
///
/// Built in O(nodes + total pcs size).
public struct PremiseIndex: Sendable {
    /// Per node: the arguments it is a premise of, in node order.
    public let argumentsOf: [[NodeID]]
    /// Per node: its premises when it is a reconstructed argument, else empty.
    public let premisesOf: [[NodeID]]

    /// Indexes `graph`.
    public init(_ graph: ArgumentGraph) {
        var arguments = [[NodeID]](repeating: [], count: graph.nodes.count)
        var premises = [[NodeID]](repeating: [], count: graph.nodes.count)
        // By index, reading the pcs only: a `for node in graph.nodes` loop copied every node of the map.
        for i in graph.nodes.indices where graph.nodes[i].kind == .argument {
            guard let pcs = graph.nodes[i].pcs else { continue }
            let id = graph.nodes[i].id
            var seen = Set<NodeID>()
            for p in pcs.premises where p != id && p.index < graph.nodes.count && seen.insert(p).inserted {
                premises[id.index].append(p)
                arguments[p.index].append(id)
            }
        }
        argumentsOf = arguments
        premisesOf = premises
    }

    /// Whether `relation` is a reconstructed argument's support of its own main conclusion (the `conclusion` link).
    public static func isConclusionLink(_ relation: Relation, in graph: ArgumentGraph) -> Bool {
        relation.isDerived && relation.type == .support && graph.nodes[relation.from.index].pcs?.mainConclusion == relation.to
    }
}
