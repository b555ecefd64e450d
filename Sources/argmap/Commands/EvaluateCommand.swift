import ArgmapServices
import ArgumentAnalysis
import ArgumentParser

extension Semantics: ExpressibleByArgument {}
extension SupportMode: ExpressibleByArgument {}

/// `argmap evaluate FILE`: which claims stand, under an argumentation semantics, with explanations.
struct EvaluateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Label every claim and argument IN, OUT or UNDEC under an argumentation semantics.",
        discussion: """
            The map is read as an abstract argumentation framework: attacks,
            undercuts and both directions of a contradiction are attacks; --support
            says what supports do (reasons, the default: a claim with reasons needs
            one reason wholly IN; deductive; necessary; none). See docs/evaluation.md.

              argmap evaluate map.argdown
              argmap evaluate map.argdown --semantics preferred --all
              argmap evaluate map.argdown --explain "Soviet power"
              argmap evaluate map.argdown --strength --format json

            Semantics: grounded (default; what must be accepted), complete,
            preferred, stable, semi-stable. With several labellings the first is
            shown, with each node's acceptance over all of them (sceptical: IN in
            every one; credulous: IN in some); --all lists them (at most --limit).
            """)

    @OptionGroup var map: MapInputOptions

    @Option(name: .long, help: "grounded, complete, preferred, stable or semi-stable.")
    var semantics: Semantics = .grounded

    @Option(name: .long, help: "reasons, deductive, necessary or none.")
    var support: SupportMode = .reasons

    @Option(name: .long, help: "Explain the label of this claim or argument (its title).")
    var explain: String?

    @OptionGroup var titles: TitleOptions

    @Flag(name: .long, help: "List every labelling (extension), not just the first.")
    var all = false

    @Option(name: .long, help: "With several labellings: how many to compute at most.")
    var limit: Int = 100

    @Flag(name: .long, help: "Add the DF-QuAD gradual strength of each node (base: node data `strength`, default 0.5).")
    var strength = false

    @Option(name: .shortAndLong, help: "text or json.")
    var format: AnswerFormat = .text

    func validate() throws {
        if limit < 1 { throw ValidationError("--limit must be at least 1, e.g. --limit 10") }
        if titles.fuzzy, explain == nil { throw ValidationError("--fuzzy matches the title given to --explain; give --explain TITLE") }
    }

    func run() throws {
        let graph = try QueryCommandSupport.loadGraph(map.file)
        let explained = try explain.map { try QueryCommandSupport.resolve($0, in: graph, matching: titles.matching) }
        let evaluation = MapEvaluation(graph, semantics: semantics, support: support, limit: limit)
        let explanation = explained.flatMap { Explanation($0, evaluation: evaluation, graph: graph) }
        let output = EvaluationOutput(evaluation, graph: graph, support: support, strength: strength, all: all, explanation: explanation)
        try QueryCommandSupport.print(output, as: format)
    }
}
