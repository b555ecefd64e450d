import ArgmapServices
import ArgumentAnalysis
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

    func run() throws {
        let graph = try QueryCommandSupport.loadGraph(map.file)
        let target = try QueryCommandSupport.resolve(title, in: graph, matching: titles.matching)
        let report = SupportersReport(target, in: graph, transitive: transitive, premiseSupports: premises.premiseLinks)
        try QueryCommandSupport.print(report, as: format)
    }
}
