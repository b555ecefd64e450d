import ArgumentModel

/// `unsupported-claim`: a statement others depend on — it supports something, or it is a premise of a
/// reconstructed argument — that nothing supports (no incoming supportive connection, `MapConnections`,
/// and it is no conclusion of a reconstruction). A statement is grounded, and not flagged, when its data has a `quote`, `source` or `basis` (the
/// evidence kind: statistic, event, assumption ...), or it is tagged `#evidence` or `#fact`. Complexity: O(N + E + pcs sizes).
enum UnsupportedClaimRule {
    static let groundingTags: Set<String> = ["evidence", "fact"]

    static func check(_ graph: ArgumentGraph, _ connections: MapConnections) -> [Diagnostic] {
        let pcs = graph.pcsMembership()
        var out: [Diagnostic] = []
        for node in graph.nodes where node.kind == .statement {
            let i = node.id.index
            let supports = connections.outgoing(node.id).filter(\.type.isSupportive)
            let supportsSomething = supports.contains { $0.kind != .premise }
            guard !supports.isEmpty else { continue }
            if pcs.concluded[i] || connections.incoming(node.id).contains(where: \.type.isSupportive) { continue }
            if isGrounded(node) { continue }
            let role = supportsSomething ? "is a reason for another claim" : "is a premise of an argument"
            out.append(.lint(.unsupportedClaim, "\(node.bracketedTitle) \(role) but nothing supports it; give a reason, or ground it with a `quote` or `source` (or tag it #evidence)", at: node))
        }
        return out
    }

    /// Whether the node carries its own grounds: a non-empty `quote`, `source` or `basis`, or an evidence/fact tag.
    static func isGrounded(_ node: Node) -> Bool {
        for key in ["quote", "source", "basis"] {
            if let value = node.data[key], value != .null, value.stringValue?.isEmpty != true { return true }
        }
        return node.tags.contains { tag in
            groundingTags.contains(String(tag.drop(while: { $0 == "#" })).lowercased())
        }
    }
}
