import ArgumentModel
import Collections

extension ICCMA {
    /// The framework of an argument map: every node (statement or argument, in index order) is an argument named
    /// by its title, and every attack, undercut, contradiction (both directions) and contrary (both directions) is an
    /// attack. Supports, entailments, rephrasings, texts, tags, data, sections and reconstructions are not part of
    /// an abstract framework and are lost (``MapTextFormat/losses(_:)`` lists them). Complexity: O((n + m) log m).
    public static func framework(from graph: ArgumentGraph) -> AttackFramework {
        var attacks: [AttackFramework.Attack] = []
        attacks.reserveCapacity(graph.relations.count)
        for r in graph.relations where r.type.isAttacking {
            attacks.append(.init(r.from.index, r.to.index))
            if r.type.isSymmetric { attacks.append(.init(r.to.index, r.from.index)) }
        }
        return AttackFramework(names: graph.nodes.map(\.title), attacks: attacks)
    }

    /// The argument map of a framework: one statement per argument, titled by its name (or by its `.tgf` label,
    /// when it has one not used by an earlier argument), and one attack relation per attack. Each statement and
    /// relation is placed on the line that declared it when the reader knew it. Complexity: O(n + m).
    public static func graph(from result: FrameworkReadResult, file: String? = nil) -> ArgumentGraph {
        let af = result.framework
        var nodes: [Node] = []
        nodes.reserveCapacity(af.count)
        var used = Set<String>()
        used.reserveCapacity(af.count)
        func place(_ line: Int32) -> SourceRange? {
            line > 0 ? SourceRange(file: file, at: SourcePosition(line: Int(line), column: 1, offset: 0)) : nil
        }
        var titles = af.names
        for i in 0..<af.count {
            if i < result.labels.count, let label = result.labels[i], !label.isEmpty, !used.contains(label) {
                titles[i] = label
            }
            if !used.insert(titles[i]).inserted {
                // A label took this name earlier: keep titles unique.
                var k = 2
                while used.contains("\(titles[i]) (\(k))") { k += 1 }
                titles[i] = "\(titles[i]) (\(k))"
                used.insert(titles[i])
            }
        }
        for i in 0..<af.count {
            let range = i < result.declarationLines.count ? place(result.declarationLines[i]) : nil
            var data = DataValue.empty
            if titles[i] != af.names[i] { data = .object(["iccmaName": .string(af.names[i])]) }
            nodes.append(Node(
                id: NodeID(i), kind: .statement, title: titles[i], data: data,
                occurrences: [Occurrence(role: .imported, range: range)]))
        }
        var relations: [Relation] = []
        relations.reserveCapacity(af.attacks.count)
        for (k, a) in af.attacks.enumerated() {
            relations.append(Relation(id: RelationID(k), from: NodeID(a.attacker), to: NodeID(a.target), type: .attack))
        }
        return ArgumentGraph(nodes: nodes, relations: relations, sections: [])
    }

    /// The argument map of a bare framework (no labels, no lines).
    public static func graph(from framework: AttackFramework) -> ArgumentGraph {
        graph(from: FrameworkReadResult(framework: framework))
    }
}
