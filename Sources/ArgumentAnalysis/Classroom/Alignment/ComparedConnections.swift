import ArgumentModel

/// The connections of a map as grading, alignment and `argmap diff` compare them: the connections the map shows
/// (`MapConnections`) as relations, with strict types folded.
///
/// Today: every shown relation (`ArgumentGraph/isShown(_:)`: listed ones and an argument's derived
/// supports of its conclusion or of the argument using it), strict types folded to loose ones (`entails` →
/// support, `contrary` → attack), plus one support per premise of a reconstructed argument (premise → argument,
/// `MapConnections/premiseLinks(_:)`), duplicates dropped (a symmetric relation counts once whichever way it was written).
/// A premise link is not a relation of the model: it is returned as a derived support whose id is
/// `graph.relations.count + k` (past every real relation; never look it up in the graph) and whose data holds
/// `premise: true`.
public enum ComparedConnections {
    /// The connections of `graph`, relations in id order, then premise links in argument order.
    /// Complexity: O(E + total pcs size).
    public static func of(_ graph: ArgumentGraph) -> [Relation] {
        var seen: Set<Key> = []
        var out: [Relation] = []
        func add(_ r: Relation) {
            var (a, b) = (r.from.index, r.to.index)
            if r.type.isSymmetric && b < a { swap(&a, &b) }
            if seen.insert(Key(from: a, to: b, type: r.type)).inserted { out.append(r) }
        }
        for var r in graph.relations where graph.isShown(r) {
            r.type = folded(r.type)
            add(r)
        }
        var next = graph.relations.count
        for link in MapConnections.premiseLinks(graph) {
            add(Relation(
                id: RelationID(next), from: link.premise, to: link.argument, type: .support, isDerived: true,
                data: .object(["premise": .bool(true)])))
            next += 1
        }
        return out
    }

    /// Whether `relation` is a premise link made by ``of(_:)``.
    public static func isPremiseLink(_ relation: Relation) -> Bool { relation.data["premise"]?.boolValue == true }

    /// `entails` → `support`, `contrary` → `attack`; other types unchanged.
    public static func folded(_ type: RelationType) -> RelationType {
        switch type {
        case .entails: .support
        case .contrary: .attack
        default: type
        }
    }

    private struct Key: Hashable {
        var from: Int
        var to: Int
        var type: RelationType
    }
}
