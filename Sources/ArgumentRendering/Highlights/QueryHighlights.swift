import ArgumentAnalysis
import ArgumentModel

/// How query answers are drawn (`argmap query --format dot|svg`): the matched nodes filled
/// (class `query-match`), the other nodes on proving paths lightly filled (`query-path`), the relations of the
/// proofs drawn thick (`query-proof`), and the direct neighbours of all of these in grey as context
/// (`query-context`); everything else is left out.
public enum QueryHighlights {
    /// Fill of a matched node.
    public static let matchFill = RGBColor(0xFFE08A)
    /// Fill of a node on a proving path.
    public static let pathFill = RGBColor(0xFFF4CC)
    /// Colour of the relations of the proofs.
    public static let proofColor = RGBColor(0xE09A00)
    /// Outline and text colour of the context nodes.
    public static let contextGrey = RGBColor(0x8C8C8C)

    /// Render options for `result` (which must carry proofs). Complexity: O(answers × proof length + degrees of
    /// the shown nodes).
    public static func options(_ result: QueryResult, _ graph: ArgumentGraph, query: String) -> RenderOptions {
        var matched = Set<NodeID>(), onPath = Set<NodeID>(), proofEdges = Set<RelationID>()
        var proofPremises = Set<PremiseLinks.Link>()
        for row in result.rows { matched.formUnion(row) }
        for proofs in result.proofs {
            for p in proofs {
                onPath.insert(p.subject)
                onPath.insert(p.object)
                for s in p.steps {
                    if let relation = s.relation {
                        proofEdges.insert(relation)
                    } else {
                        proofPremises.insert(s.reversed ? .init(premise: s.to, argument: s.from) : .init(premise: s.from, argument: s.to))
                    }
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
        var options = RenderOptions()
        options.visibleNodes = shown
        options.caption = "query: " + query
        for n in shown {
            if matched.contains(n) {
                options.nodeStyles[n] = NodeHighlight(classes: ["query-match"], fill: matchFill, penWidth: 2.5)
            } else if onPath.contains(n) {
                options.nodeStyles[n] = NodeHighlight(classes: ["query-path"], fill: pathFill)
            } else {
                options.nodeStyles[n] = NodeHighlight(classes: ["query-context"], border: contextGrey, fontColor: contextGrey)
            }
        }
        let proof = RelationHighlight(classes: ["query-proof"], color: proofColor, penWidth: 3)
        for r in proofEdges { options.relationStyles[r] = proof }
        for link in proofPremises { options.premiseStyles[link] = proof }
        return options
    }
}
