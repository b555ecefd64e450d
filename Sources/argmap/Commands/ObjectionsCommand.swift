import ArgumentAnalysis
import ArgumentModel
import ArgumentParser

/// `argmap objections FILE TITLE`: what attacks or contradicts a claim, and what answers each objection.
struct ObjectionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "objections",
        abstract: "List the objections to a claim (attacks, undercuts, contradictions), each with its rebuttals.",
        discussion: """
            An objection is a node that attacks or undercuts the claim, or is
            contradictory (or, in strict mode, contrary) to it. Its rebuttals are what in
            turn attacks, undercuts or contradicts the objection, or takes away its
            reasons: an undercut or attack on the reconstructed argument behind it, or an
            attack on one of that argument's premises (the claim itself is not counted).

              argmap objections map.argdown '[Soviet power]'
              argmap objections map.argdown soviet --fuzzy --format json

            The objections are: argmap query FILE '?o contradicts [T]'; the direct
            rebuttals, per objection: '?r contradicts ?o'.
            """)

    @OptionGroup var map: MapInputOptions

    @Argument(help: "The claim [Title] or argument <Title>.")
    var title: String

    @OptionGroup var titles: TitleOptions

    @Option(name: .shortAndLong, help: "text or json.")
    var format: AnswerFormat = .text

    struct EdgeJSON: Codable {
        var node: NodeSummary
        var relation: String
        /// The argument behind the objection, or its premise, that the answer attacks (absent: the objection).
        var via: NodeSummary?
    }

    struct ObjectionJSON: Codable {
        var node: NodeSummary
        var relation: String
        var rebuttals: [EdgeJSON]
    }

    struct OutputJSON: Codable {
        var target: NodeSummary
        var objections: [ObjectionJSON]
    }

    func run() throws {
        let graph = try QueryCommandSupport.loadGraph(map.file)
        let target = try QueryCommandSupport.resolve(title, in: graph, matching: titles.matching)
        let found = Objections.of(target, in: graph)
        switch format {
        case .json:
            let out = OutputJSON(target: .init(target, graph), objections: found.map { o in
                ObjectionJSON(
                    node: .init(o.edge.node, graph), relation: o.edge.type.rawValue,
                    rebuttals: o.rebuttals.map {
                        EdgeJSON(node: .init($0.node, graph), relation: $0.type.rawValue, via: $0.via.map { .init($0, graph) })
                    })
            })
            try OutputWriter.write(try QueryCommandSupport.json(out), to: nil)
        case .text:
            let name = QueryCommandSupport.name(target, graph)
            guard !found.isEmpty else {
                try OutputWriter.write(report: "No objections to \(name).\n", to: nil)
                return
            }
            var text = "Objections to \(name):\n"
            for o in found {
                text += "  \(QueryCommandSupport.name(o.edge.node, graph)) (\(o.edge.type.rawValue))\n"
                if o.rebuttals.isEmpty { text += "      no rebuttal\n" }
                for r in o.rebuttals {
                    text += "      rebutted by \(QueryCommandSupport.name(r.node, graph)) (\(Self.how(r, graph)))\n"
                }
            }
            try OutputWriter.write(report: text, to: nil)
        }
    }

    /// How a rebuttal answers: its relation type, and what it attacks when that is not the objection itself.
    static func how(_ r: ObjectionEdge, _ graph: ArgumentGraph) -> String {
        guard let via = r.via else { return r.type.rawValue }
        let what = graph[via].kind == .argument ? "the argument" : "the premise"
        return "\(r.type.rawValue) on \(what) \(QueryCommandSupport.name(via, graph))"
    }
}
