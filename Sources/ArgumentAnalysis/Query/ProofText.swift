import ArgumentModel

/// Chains of proof steps written out for people: `[A] -support-> [B] <-attack- [C]`, each arrow in its
/// relation's own direction (the query, path and supporters commands print these).
public enum ProofText {
    /// `[A] -support-> [B] <-attack- [C]`: the chain from `start`. An empty chain prints as the start node with
    /// "(itself: zero-length path)". O(steps).
    public static func chain(_ steps: [ProofStep], from start: NodeID, _ graph: ArgumentGraph) -> String {
        guard !steps.isEmpty else { return graph[start].bracketedTitle + " (itself: zero-length path)" }
        var text = graph[start].bracketedTitle
        for s in steps {
            text += s.reversed ? " <-\(s.label)- " : " -\(s.label)-> "
            text += graph[s.to].bracketedTitle
        }
        return text
    }

    /// The steps of a chain between its two ends, e.g. `-support-> [B] -support->` (ends left out). O(steps).
    public static func via(_ steps: [ProofStep], _ graph: ArgumentGraph) -> String {
        var parts: [String] = []
        for (i, s) in steps.enumerated() {
            parts.append((s.reversed ? "<-\(s.label)-" : "-\(s.label)->") + implicit(s, graph))
            if i < steps.count - 1 { parts.append(graph[s.to].bracketedTitle) }
        }
        return parts.joined(separator: " ")
    }

    /// ` (implicit)` for a step along a derived relation, else nothing.
    public static func implicit(_ step: ProofStep, _ graph: ArgumentGraph) -> String {
        step.relation.map { graph[$0].isDerived } == true ? " (implicit)" : ""
    }
}
