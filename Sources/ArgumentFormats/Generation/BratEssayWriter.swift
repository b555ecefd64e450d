import ArgumentModel

/// Writes a graph as a brat standoff essay (`.txt` + `.ann`), the format of the Argument Annotated Essays corpus.
///
/// Statements become text-bound annotations: those with no outgoing support or attack are `MajorClaim`s,
/// those whose reasons point at a major claim are `Claim`s (with a `Stance ... For|Against` attribute instead of a
/// relation, as in the corpus), the rest are `Premise`s with `supports`/`attacks` relations. Each statement's text
/// is one sentence of the essay; offsets count Unicode scalars. Arguments and undercuts have no brat form and are
/// skipped. Complexity: O(nodes + relations + text length).
public enum BratEssayWriter {
    /// The essay text and its annotation file.
    public struct Essay: Sendable, Equatable {
        /// The `.txt` file's content.
        public var text: String
        /// The `.ann` file's content.
        public var annotations: String
    }

    /// Writes `graph` as one essay.
    public static func write(_ graph: ArgumentGraph) -> Essay {
        let statements = graph.nodes.filter { $0.kind == .statement }
        func targets(_ id: NodeID) -> [Relation] {
            graph.outgoing(id).map { graph[$0] }.filter {
                !$0.isDerived && ($0.type == .support || $0.type == .attack) && graph[$0.to].kind == .statement
            }
        }
        let major = Set(statements.filter { targets($0.id).isEmpty }.map(\.id))
        var text = ""
        var scalarCount = 0
        var lines: [String] = []
        var annotationID: [NodeID: Int] = [:]
        if let title = graph.metadata["title"]?.stringValue {
            text += title + "\n\n"
            scalarCount += title.unicodeScalars.count + 2
        }
        for (i, node) in statements.enumerated() {
            let sentence = (node.text ?? node.title).replacingNewlines()
            if i > 0 {
                text += " "
                scalarCount += 1
            }
            let start = scalarCount
            text += sentence
            scalarCount += sentence.unicodeScalars.count
            let label: String
            if major.contains(node.id) {
                label = "MajorClaim"
            } else if targets(node.id).contains(where: { major.contains($0.to) }) {
                label = "Claim"
            } else {
                label = "Premise"
            }
            annotationID[node.id] = i + 1
            lines.append("T\(i + 1)\t\(label) \(start) \(scalarCount)\t\(sentence)")
        }
        var attribute = 0, relation = 0
        for node in statements {
            guard let from = annotationID[node.id] else { continue }
            for r in targets(node.id) {
                guard let to = annotationID[r.to] else { continue }
                if major.contains(r.to) {
                    attribute += 1
                    lines.append("A\(attribute)\tStance T\(from) \(r.type == .support ? "For" : "Against")")
                } else {
                    relation += 1
                    lines.append("R\(relation)\t\(r.type == .support ? "supports" : "attacks") Arg1:T\(from) Arg2:T\(to)\t")
                }
            }
        }
        return Essay(text: text + "\n", annotations: lines.joined(separator: "\n") + "\n")
    }
}

extension String {
    fileprivate func replacingNewlines() -> String {
        String(map { $0.isNewline ? " " : $0 })
    }
}
