import ArgumentModel

/// The relation transforms of argdown.md §6, applied to the listed relations in source order.
///
/// 1. Outgoing relations of a reconstructed argument (one with a pcs) start at its main conclusion instead; a
///    support of its own main conclusion is dropped (the implicit support argument → conclusion already says it;
///    Argdown keeps it as a conclusion-to-itself support), every other relation that lands on the conclusion itself
///    is kept as a self-relation (the lint's `self-relation` flags it). Incoming undercuts without a named
///    inference target the argument's last inference.
/// 2. Strict mode: statement-to-statement support becomes `entails`, attack becomes `contrary`.
/// 3. An attack from a statement on a reconstructed argument is dropped when that statement already attacks
///    (or is contradictory or contrary to) one of the argument's premises.
///
/// Implicit relations (§6.4) are added later by `GraphBuilder.build()`. Complexity: O(relations + pcs statements).
enum RelationTransforms {
    /// `hasPCS`: whether any node has a premise-conclusion structure; without one, in loose mode, no transform
    /// applies and the relations are returned as they are (without looking at each relation's nodes).
    static func apply(_ relations: consuming [PendingRelation], nodes: [Node], mode: ModelMode, hasPCS: Bool = true) -> [PendingRelation] {
        // Transformed in place (kept ones moved to the front): the listed relations are not copied.
        var out = consume relations
        if !hasPCS && mode != .strict { return out }
        var kept = 0
        // Field by field, in place: copying each relation out and back retained its range and data.
        for i in out.indices {
            if nodes[out[i].from.index].kind == .argument, let conclusion = nodes[out[i].from.index].pcs?.mainConclusion {
                // `<A> +> [C]` for A's own main conclusion C restates the implicit support A → C: not a self-support.
                if conclusion == out[i].to && out[i].type == .support { continue }
                out[i].from = conclusion
            }
            if out[i].type == .undercut, out[i].inference == nil, let pcs = nodes[out[i].to.index].pcs, !pcs.inferences.isEmpty {
                out[i].inference = pcs.inferences.count - 1
            }
            if mode == .strict, nodes[out[i].from.index].kind == .statement, nodes[out[i].to.index].kind == .statement {
                if out[i].type == .support { out[i].type = .entails }
                if out[i].type == .attack { out[i].type = .contrary }
            }
            // The dropped ones (between `kept` and `i`) move behind the kept ones, whose order stays.
            if kept != i { out.swapAt(kept, i) }
            kept += 1
        }
        out.removeLast(out.count - kept)
        // Only an attack from a statement on a node with a pcs can be dropped below: without one, the table of
        // attacks is not built.
        guard out.indices.contains(where: {
            out[$0].type == .attack && nodes[out[$0].to.index].pcs != nil && nodes[out[$0].from.index].kind == .statement
        }) else { return out }
        // Which statements already attack which statements (symmetric kinds in both directions).
        struct Pair: Hashable { var from: Int, to: Int }
        var attacks = Set<Pair>()
        for r in out where nodes[r.from.index].kind == .statement && nodes[r.to.index].kind == .statement {
            switch r.type {
            case .attack: attacks.insert(Pair(from: r.from.index, to: r.to.index))
            case .contradictory, .contrary:
                attacks.insert(Pair(from: r.from.index, to: r.to.index))
                attacks.insert(Pair(from: r.to.index, to: r.from.index))
            default: break
            }
        }
        guard !attacks.isEmpty else { return out }
        return out.filter { r in
            guard r.type == .attack, nodes[r.from.index].kind == .statement,
                let premises = nodes[r.to.index].pcs?.premises else { return true }
            return !premises.contains { attacks.contains(Pair(from: r.from.index, to: $0.index)) }
        }
    }
}
