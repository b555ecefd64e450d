import ArgmapServices
import ArgumentAnalysis
import ArgumentParser

/// `argmap path FILE FROM TO`: the shortest chains of relations between two nodes.
struct PathCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "path",
        abstract: "Show the shortest chains of relations from one claim or argument to another.",
        discussion: """
            Chains use every relation type (supports, attacks, undercuts, contradictions,
            rephrasings) and print the type of each step. By default a chain follows each
            relation's direction (from the reason or objection to its target);
            contradictory and contrary relations are symmetric and can be walked both
            ways. With --undirected every relation can be walked both ways; a step against
            a relation's direction prints as <-type-.

              argmap path map.argdown '[War]' '[Soviet power]'
              argmap path map.argdown War "Soviet power" --undirected --limit 3
              argmap path map.argdown war soviet --fuzzy --format json
            """)

    @OptionGroup var map: MapInputOptions

    @Argument(help: "The first node, [Title] or <Title>.")
    var from: String

    @Argument(help: "The last node.")
    var to: String

    @OptionGroup var titles: TitleOptions

    @OptionGroup var premises: PremiseLinkOptions

    @Flag(help: "Walk relations in both directions.")
    var undirected = false

    @Option(help: "At most this many chains (all of the shortest length).")
    var limit = 10

    @Option(name: .shortAndLong, help: "text or json.")
    var format: AnswerFormat = .text

    func validate() throws {
        guard limit > 0 else { throw ValidationError("--limit must be at least 1, for example --limit 5") }
    }

    func run() throws {
        let graph = try QueryCommandSupport.loadGraph(map.file)
        let source = try QueryCommandSupport.resolve(from, in: graph, matching: titles.matching)
        let target = try QueryCommandSupport.resolve(to, in: graph, matching: titles.matching)
        let report = PathReport(
            from: source, to: target, in: graph, direction: undirected ? .undirected : .forward, limit: limit,
            premiseLinks: premises.premiseLinks)
        try QueryCommandSupport.print(report, as: format)
    }
}
