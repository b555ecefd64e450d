import ArgmapServices
import ArgumentParser

/// `argmap mcp`: the Model Context Protocol server for assistants, over standard input and output.
struct MCPCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mcp",
        abstract: "Run the Model Context Protocol server for AI assistants (over standard input and output).",
        discussion: """
            An assistant that drafts an argument map from a text can verify it before a person sees it. \
            Tools: check (syntax, undefined titles, reasoning lint; with `source`, every quote word for word), \
            query, evaluate (labels, and why a node has its label), render (SVG), grade (against a key map) \
            and diff. Every tool takes Argdown text, not file names. Set-up: docs/editors.md.
            """)

    func run() async throws {
        try await ArgmapMCPServer.runStdio(version: Argmap.configuration.version)
    }
}
