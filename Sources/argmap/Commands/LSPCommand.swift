import ArgmapServices
import ArgumentParser
import Foundation

/// `argmap lsp`: the language server for editors, over standard input and output.
struct LSPCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lsp",
        abstract: "Run the Language Server Protocol server for editors (over standard input and output).",
        discussion: """
            Editors start this command themselves; it speaks LSP 3.17 (JSON-RPC with Content-Length headers) \
            on standard input and output. It gives live diagnostics with their codes, completion of [titles], \
            <titles> and relation symbols, hover (text, supporters, attackers, grounded label), go to \
            definition, references, rename, outline and workspace symbols, formatting with the canonical \
            printer, quick fixes for undefined titles, and the command argmap.renderSVG (the map as SVG).

            Set-up for Neovim, Helix, Emacs and VS Code: docs/editors.md.
            """)

    @Option(help: "Milliseconds to wait after a change before checking the document again.")
    var debounce: Int = 200

    func validate() throws {
        if debounce < 0 { throw ValidationError("--debounce must be 0 or more milliseconds, e.g. --debounce 200") }
    }

    func run() async throws {
        signal(SIGPIPE, SIG_IGN)
        let server = LanguageServer(version: Argmap.configuration.version)
        let status = await LanguageServerTransport.run(server, debounce: .milliseconds(debounce))
        throw ExitCode(status)
    }
}
