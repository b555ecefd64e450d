import ArgumentModel

extension Diagnostic {
    /// A lint warning with `code` at `node`'s source range.
    static func lint(_ code: LintCode, _ message: String, at node: Node) -> Diagnostic {
        Diagnostic(.warning, code: code, message, at: node.range)
    }
}

extension ArgumentGraph {
    /// Whether `node`'s premise-conclusion membership links it to an argument: it is a member of some argument's
    /// pcs, or it is an argument with one. O(N + pcs sizes) for all nodes at once.
    func pcsMembership() -> (member: [Bool], premise: [Bool], concluded: [Bool]) {
        var member = [Bool](repeating: false, count: nodes.count)
        var premise = member
        var concluded = member
        for node in nodes {
            guard let pcs = node.pcs else { continue }
            for s in pcs.statements {
                member[s.statement.index] = true
                member[node.id.index] = true
                if s.role == .premise { premise[s.statement.index] = true } else { concluded[s.statement.index] = true }
            }
        }
        return (member, premise, concluded)
    }
}
