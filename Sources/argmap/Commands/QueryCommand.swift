import ArgmapServices
import ArgumentAnalysis
import ArgumentFormats
import ArgumentModel
import ArgumentParser
import ArgumentRendering
import Foundation

/// `argmap query FILE 'QUERY'`: answers a path query with a table of bindings.
struct QueryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "query",
        abstract: "Ask a map a question in argmap's path query language.",
        discussion: """
            A query is one or more patterns joined by commas; every pattern must hold. A
            pattern is SUBJECT PATH OBJECT, where subject and object are a claim [Title],
            an argument <Title>, a variable ?x, or any node with a tag #tag. Titles are
            exact (case is ignored when that is unambiguous); with --fuzzy an unambiguous
            prefix or part of a title will do, and a typo is forgiven when one title is
            closest.

            Relations: supports, attacks, undercuts, contradictory, rephrases, and
            contradicts (= attacks|undercuts|contradictory); premise (a premise to its
            argument) and conclusion (an argument to its main conclusion). supports counts
            a premise as supporting its argument unless --no-premise-links. Combine them: ^p (backwards),
            p/q (then), p|q (or), p* (zero or more), p+ (one or more), p? (zero or one),
            parentheses. Filters: ?x is statement|argument, ?x has #tag, ?x text ~ "word".
            Negation: not PATTERN.

              argmap query map.argdown '?x supports+ [Soviet power]' --explain
              argmap query map.argdown '?x contradicts ?y, not ?z contradicts ?x'
              argmap query map.argdown '?c is statement, not ?r supports ?c' --format csv
              argmap query map.argdown '[War] supports+ ?x' --format svg -o q.svg

            --explain prints, for each answer, one shortest path proving each pattern. The
            full language is described in docs/queries.md.
            """)

    enum QueryAnswerFormat: String, ExpressibleByArgument, CaseIterable {
        case text, json, csv, dot, svg
    }

    @OptionGroup var map: MapInputOptions

    @Argument(help: "The query, e.g. '?x supports+ [Title]'. Quote it for the shell.")
    var query: String

    @Option(
        name: .shortAndLong,
        help: "Output format: text (a table), json, csv, or dot / svg (the map around the answers, highlighted).")
    var format: QueryAnswerFormat = .text

    @OptionGroup var titles: TitleOptions

    @OptionGroup var premises: PremiseLinkOptions

    @Flag(help: "Add one shortest proving path per answer and pattern.")
    var explain = false

    @OptionGroup var destination: OutputOptions

    func run() async throws {
        let parsed: Query
        do {
            parsed = try Query.parse(query)
        } catch {
            StandardError.print(error.rendered(query: query))
            throw ExitCode.failure
        }
        let graph = try QueryCommandSupport.loadGraph(map.file)
        defer { graph.keepUntilExit() }
        let result: QueryResult
        do {
            result = try QueryEngine(graph, titles: titles.matching, premiseSupports: premises.premiseLinks).evaluate(parsed, explain: explain || format == .dot || format == .svg)
        } catch {
            StandardError.print(error.rendered(query: query))  // the message lists the candidates
            throw ExitCode.failure
        }
        let text: String
        switch format {
        case .text: text = QueryReport.text(result, graph, explain: explain)
        case .json: text = try ReportText.json(QueryReport(result, graph, query: parsed, explain: explain))
        case .csv: text = QueryReport.csv(result, graph)
        case .dot, .svg:
            let options = QueryHighlights.options(result, graph, query: parsed.description)
            if format == .dot {
                text = MapRenderer.dot(graph, options: options)
            } else {
                let rendered: RenderedMap
                do {
                    rendered = try await MapRenderer.render(graph, options: options, format: .svg)
                } catch {
                    for diagnostic in error.diagnostics { StandardError.print(diagnostic.headline) }
                    throw CommandError("\(error)")
                }
                for diagnostic in rendered.diagnostics { StandardError.print(diagnostic.headline) }
                try OutputWriter.write(rendered.data, to: destination.output)
                return
            }
        }
        if format == .text {
            try OutputWriter.write(report: text, to: destination.output)
        } else {
            try OutputWriter.write(text, to: destination.output)
        }
    }
}
