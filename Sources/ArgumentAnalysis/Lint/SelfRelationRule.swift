import ArgumentModel

/// `self-relation`: a listed relation from a node to itself (`[A]` supporting, attacking, contradicting or
/// rephrasing `[A]`), as AIF files, generated maps and Argdown's `[A]` / `  + [A]` can hold. The relation stays in
/// the graph (semantics read it as written: a self-attacking node is never IN); this rule is what reports it, once
/// per relation. Derived self-relations are not reported here: they follow from a listed relation inside an
/// argument, which `self-attack` reports. Complexity: O(E).
enum SelfRelationRule {
    static func check(_ graph: ArgumentGraph) -> [Diagnostic] {
        graph.listedRelations.filter { $0.from == $0.to }.map { r in
            let node = graph[r.from]
            let what = switch r.type {
            case .support, .entails: "\(r.type == .support ? "supports" : "entails") itself; a claim cannot be a reason for itself"
            case .attack, .contradictory, .contrary: "\(r.type == .attack ? "attacks" : "contradicts") itself, so it can never be accepted"
            case .undercut: "undercuts itself, so it can never be accepted"
            case .rephrase: "rephrases itself, which says nothing"
            }
            var d = Diagnostic.lint(.selfRelation, "\(node.bracketedTitle) \(what): point the relation at another node or remove it", at: node)
            if let range = r.range { d.range = range }
            return d
        }
    }
}
