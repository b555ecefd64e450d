import ArgumentAnalysis
import ArgumentModel

/// A small self-contained DOT view of a query's answers: the matched nodes filled, the proving paths drawn bold,
/// and their direct neighbours in grey as context. (Until the rendering module's DOT writer offers per-node
/// highlight styles, this keeps `argmap query --format dot` independent of it.)
enum QueryDOTOutput {
    /// DOT text for `result` (which must carry proofs). Deterministic: nodes and edges in id order.
    /// Complexity: O(answers × proof length + degrees of the shown nodes).
    static func dot(_ result: QueryResult, _ graph: ArgumentGraph, query: String) -> String {
        var matched = Set<NodeID>(), proofEdges = Set<RelationID>(), onPath = Set<NodeID>()
        for row in result.rows { matched.formUnion(row) }
        for proofs in result.proofs {
            for p in proofs {
                onPath.insert(p.subject)
                onPath.insert(p.object)
                for s in p.steps {
                    proofEdges.insert(s.relation)
                    onPath.insert(s.from)
                    onPath.insert(s.to)
                }
            }
        }
        let core = matched.union(onPath)
        var shown = core
        for n in core {
            for r in graph.outgoing(n) { shown.insert(graph[r].to) }
            for r in graph.incoming(n) { shown.insert(graph[r].from) }
        }
        var out = "digraph query {\n"
        out += "  label=\(quote("query: " + query)); labelloc=t; rankdir=BT;\n"
        out += "  node [shape=box, style=\"rounded,filled\", fillcolor=white, fontname=\"Helvetica\"];\n"
        for n in shown.sorted() {
            let node = graph[n]
            var attrs = ["label=\(quote(node.bracketedTitle))"]
            if node.kind == .argument { attrs.append("shape=box, style=\"filled\"") }
            if matched.contains(n) {
                attrs.append("fillcolor=\"#ffe08a\", penwidth=2")
            } else if onPath.contains(n) {
                attrs.append("fillcolor=\"#fff4cc\"")
            } else {
                attrs.append("color=gray60, fontcolor=gray45")
            }
            out += "  n\(n.index) [\(attrs.joined(separator: ", "))];\n"
        }
        for r in graph.relations where shown.contains(r.from) && shown.contains(r.to) {
            var attrs = [style(r.type)]
            if proofEdges.contains(r.id) { attrs.append("penwidth=3") } else if !(core.contains(r.from) && core.contains(r.to)) {
                attrs.append("color=gray70")
            }
            if r.isDerived { attrs.append("style=dashed") }
            out += "  n\(r.from.index) -> n\(r.to.index) [\(attrs.joined(separator: ", "))];\n"
        }
        return out + "}\n"
    }

    private static func style(_ type: RelationType) -> String {
        switch type {
        case .support, .entails: "color=\"#2e7d32\", label=\"\(type.rawValue)\""
        case .attack, .contrary: "color=\"#c62828\", label=\"\(type.rawValue)\""
        case .undercut: "color=\"#c62828\", arrowhead=tee, label=\"undercut\""
        case .contradictory: "color=\"#c62828\", dir=both, label=\"contradictory\""
        case .rephrase: "color=\"#555555\", style=dotted, label=\"rephrase\""
        }
    }

    private static func quote(_ s: String) -> String {
        var out = "\""
        for c in s {
            switch c {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            default: out.append(c)
            }
        }
        return out + "\""
    }
}
