import ArgumentAnalysis
import ArgumentFormats
import ArgumentParser

/// `argmap outline`: the map as an indented outline and its arguments in standard form.
struct OutlineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "outline",
        abstract: "Print a map as an outline of reasons and objections, and each argument in standard form.",
        discussion: """
            The outline starts at the main conclusion; every reason is indented below what
            it supports (+), every objection below what it attacks (-), undercuts (_) and
            contradictions (><) likewise. A claim that appears twice is written out once
            and later marked "(see above)", so cycles are safe. Then each reconstructed
            argument is printed in standard form: numbered premises, the inference line,
            the conclusion.

              argmap outline map.argdown
              argmap outline map.argdown --format markdown -o handout.md
            """)

    @OptionGroup var map: MapInputOptions

    @Option(name: .long, help: "text or markdown.")
    var format: Outline.Style = .text

    @OptionGroup var destination: OutputOptions

    func run() throws {
        let graph = try InputLoader.loadChecked(map.file).result.graph
        try OutputWriter.write(report: Outline.render(graph, style: format), to: destination.output)
    }
}

extension Outline.Style: ExpressibleByArgument {}
