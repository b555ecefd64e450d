import ArgumentAnalysis
import ArgumentModel
import ArgumentParser

/// `argmap supporters FILE TITLE`: what supports a claim, directly or through chains.
struct SupportersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "supporters",
        abstract: "List what supports a claim or argument, directly or (--transitive) through chains.",
        discussion: """
            Supports include Argdown's implicit ones (an argument supports its conclusion)
            and, in strict mode, entailment. Titles are exact (case is ignored when
            that is unambiguous); --fuzzy also accepts an unambiguous prefix or part.

              argmap supporters map.argdown '[Soviet power]'
              argmap supporters map.argdown "soviet power" --transitive
              argmap supporters map.argdown soviet --fuzzy --transitive --format json

            Same as: argmap query FILE '?x supports [T]' (or 'supports+' with
            --transitive).
            """)

    @OptionGroup var map: MapInputOptions

    @Argument(help: "The claim [Title] or argument <Title>.")
    var title: String

    @OptionGroup var titles: TitleOptions

    @OptionGroup var premises: PremiseLinkOptions

    @Flag(help: "Follow chains of support; print each supporter's distance and the steps of one shortest chain.")
    var transitive = false

    @Option(name: .shortAndLong, help: "text or json.")
    var format: AnswerFormat = .text

    struct SupporterJSON: Codable {
        var node: NodeSummary
        var distance: Int
        var chain: [StepSummary]
    }

    struct OutputJSON: Codable {
        var target: NodeSummary
        var transitive: Bool
        var supporters: [SupporterJSON]
    }

    func run() throws {
        let graph = try QueryCommandSupport.loadGraph(map.file)
        let target = try QueryCommandSupport.resolve(title, in: graph, matching: titles.matching)
        let found = Supporters.of(target, in: graph, transitive: transitive, premiseSupports: premises.premiseLinks)
        switch format {
        case .json:
            let out = OutputJSON(
                target: .init(target, graph), transitive: transitive,
                supporters: found.map { .init(node: .init($0.node, graph), distance: $0.distance, chain: $0.chain.map { .init($0, graph) }) })
            try OutputWriter.write(try QueryCommandSupport.json(out), to: nil)
        case .text:
            let name = QueryCommandSupport.name(target, graph)
            guard !found.isEmpty else {
                try OutputWriter.write(report: "Nothing supports \(name).\n", to: nil)
                return
            }
            var text = "Supporters of \(name)\(transitive ? " (transitive)" : ""):\n"
            let rows: [[String]] = found.map { s in
                transitive
                    ? ["\(s.distance)", QueryCommandSupport.name(s.node, graph), ProofText.via(s.chain, graph)]
                    : [QueryCommandSupport.name(s.node, graph), s.chain.first.map { step in
                        step.label + ProofText.implicit(step, graph)
                    } ?? ""]
            }
            text += QueryCommandSupport.table(transitive ? ["distance", "supporter", "chain"] : ["supporter", "relation"], rows)
            try OutputWriter.write(report: text, to: nil)
        }
    }
}
