import ArgmapServices
import ArgumentAnalysis
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

    func run() throws {
        let graph = try QueryCommandSupport.loadGraph(map.file)
        let target = try QueryCommandSupport.resolve(title, in: graph, matching: titles.matching)
        try QueryCommandSupport.print(ObjectionsReport(target, in: graph), as: format)
    }
}
