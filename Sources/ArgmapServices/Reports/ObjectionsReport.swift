import ArgumentAnalysis
import ArgumentModel

/// The objections to a claim or argument, each with its rebuttals (`argmap objections`): JSON and text.
public struct ObjectionsReport: TextReport, Sendable {
    /// An answer to an objection.
    public struct Rebuttal: Encodable, Sendable {
        /// The rebutting node.
        public var node: NodeSummary
        /// Its relation type.
        public var relation: String
        /// The argument behind the objection, or its premise, that the answer attacks (absent: the objection).
        public var via: NodeSummary?
    }

    /// One objection and what answers it.
    public struct Objection: Encodable, Sendable {
        /// The objecting node.
        public var node: NodeSummary
        /// How it objects: attack, undercut, contradictory, ...
        public var relation: String
        /// What answers it.
        public var rebuttals: [Rebuttal]
    }

    /// The node objected to.
    public var target: NodeSummary
    /// Its objections, as `Objections.of(_:in:)` finds them.
    public var objections: [Objection]
    /// `Objections to [T]:` and one line per objection and rebuttal, or `No objections to [T].`
    public let text: String

    private enum CodingKeys: String, CodingKey { case target, objections }

    /// The objections to `target` in `graph`. O(objections × rebuttals) after the search.
    public init(_ target: NodeID, in graph: ArgumentGraph) {
        let found = Objections.of(target, in: graph)
        self.target = NodeSummary(target, graph)
        objections = found.map { o in
            Objection(
                node: NodeSummary(o.edge.node, graph), relation: o.edge.type.rawValue,
                rebuttals: o.rebuttals.map {
                    Rebuttal(node: NodeSummary($0.node, graph), relation: $0.type.rawValue, via: $0.via.map { NodeSummary($0, graph) })
                })
        }
        let name = graph[target].bracketedTitle
        guard !found.isEmpty else {
            text = "No objections to \(name).\n"
            return
        }
        var text = "Objections to \(name):\n"
        for o in found {
            text += "  \(graph[o.edge.node].bracketedTitle) (\(o.edge.type.rawValue))\n"
            if o.rebuttals.isEmpty { text += "      no rebuttal\n" }
            for r in o.rebuttals {
                text += "      rebutted by \(graph[r.node].bracketedTitle) (\(Self.how(r, graph)))\n"
            }
        }
        self.text = text
    }

    /// How a rebuttal answers: its relation type, and what it attacks when that is not the objection itself.
    static func how(_ r: ObjectionEdge, _ graph: ArgumentGraph) -> String {
        guard let via = r.via else { return r.type.rawValue }
        let what = graph[via].kind == .argument ? "the argument" : "the premise"
        return "\(r.type.rawValue) on \(what) \(graph[via].bracketedTitle)"
    }
}
