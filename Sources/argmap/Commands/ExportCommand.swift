import ArgumentFormats
import ArgumentParser

/// `argmap export`: one map to one output, in any format `convert` writes (the same writers and declared losses);
/// kept for its familiar name and its Argdown-centred help.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Convert an argument map to Argdown JSON, argmap JSON or canonical Argdown.",
        discussion: """
            Reads FILE (Argdown, argmap JSON or Argdown JSON; `-` reads standard input)
            and writes it in another format:

              argdown-json  the JSON Argdown's own exporter writes: statements,
                            arguments and the listed relations with Argdown's names
                            (support, attack, undercut, contradictory ...)
              json          argmap's lossless JSON: every node, relation, section,
                            data block and source range, in a versioned schema
                            (docs/json-schema.md)
              argdown       canonical Argdown text: reading it back gives the same map

            Every other format `convert` writes is accepted too (aif, graphml, mermaid, ttl,
            apx, tgf, i23); what a format cannot hold is noted on standard error.

            Examples:
              argmap export map.argdown --format json -o map.json
              argmap export map.argdown --format argdown-json > map.argdown.json
              argmap export map.json --format argdown            (back to Argdown text)
              cat map.argdown | argmap export - --format argdown

            Problems in the input are printed as file:line:column diagnostics. If any is
            an error, nothing is written and the exit status is 1. Output files are
            replaced atomically, so a failed export never leaves half a file behind.
            """)

    @OptionGroup var map: MapInputOptions

    @Option(name: .shortAndLong, help: "Output format: argdown-json, json or argdown (or any format convert writes).")
    var format: MapTextFormat

    @OptionGroup var destination: OutputOptions

    func run() throws {
        let input = try InputLoader.loadChecked(map.file, failure: "\(map.file) has errors; nothing was exported")
        for loss in format.losses(input.result.graph) {
            StandardError.print("note: \(loss.summary(from: input.format?.displayName ?? "input", to: format.displayName))")
        }
        // Streamed: a big Argdown JSON export never holds its whole text in memory.
        let graph = input.result.graph
        try OutputWriter.write(to: destination.output) { sink in format.write(graph, sink: sink) }
    }
}
