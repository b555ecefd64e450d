import ArgumentModel

/// Small maps built with GraphBuilder, so classroom tests do not depend on the Argdown parser.
enum ClassroomMaps {
    /// Statements (title, text) and relations (from title, to title, type); arguments when the title starts with `<`.
    static func map(_ nodes: [(String, String?)], _ relations: [(String, String, RelationType)], metadata: DataValue = .empty) -> ArgumentGraph {
        var b = GraphBuilder()
        b.metadata = metadata
        for (title, text) in nodes {
            let isArgument = title.hasPrefix("<")
            let clean = isArgument ? String(title.dropFirst().dropLast()) : title
            let id = b.node(isArgument ? .argument : .statement, title: clean)
            b.update(id) { $0.text = text }
        }
        for (from, to, type) in relations {
            func find(_ t: String) -> NodeID {
                if t.hasPrefix("<") { return b.node(.argument, title: String(t.dropFirst().dropLast())) }
                return b.node(.statement, title: t)
            }
            b.addRelation(from: find(from), to: find(to), type: type)
        }
        return b.build()
    }

    static let c = ("C", "Workers took power in October" as String?)
    static let p1 = ("P1", "The Bolsheviks won majorities in the soviets" as String?)
    static let p2 = ("P2", "The Kornilov coup was defeated by workers" as String?)
    static let o = ("O", "The insurrection was a military conspiracy" as String?)

    /// The key: P1 and P2 support C, O attacks C. 4 nodes, 3 relations; possible = 4·1 + 3·2 + 3 = 13 points.
    static let key = map([c, p1, p2, o], [("P1", "C", .support), ("P2", "C", .support), ("O", "C", .attack)])
}
