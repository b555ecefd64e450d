import ArgmapServices
import ArgumentModel
import ArgumentParser
import ArgumentRendering
import Foundation

/// `argmap serve`: a local preview of one map's interactive page that reloads itself when the file changes.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Preview a map's interactive page in a browser, reloading it whenever the file changes.",
        discussion: """
            Starts a small web server on this machine only (127.0.0.1), serving the
            interactive page of one map. Open the address it prints; each time you save
            the map, the page redraws itself.

              argmap serve graphs/october-1917.argdown
              argmap serve map.argdown --port 8123 --theme colorblind

            This is a preview server for the person at this computer, not a way to publish
            maps: it listens on the loopback address only, answers GET and HEAD for this
            one map only, and only when the browser asked for localhost or 127.0.0.1 (so a
            web page elsewhere cannot read it through DNS rebinding). Connections are
            served side by side; one that stays silent or leaves its answer unread for
            --idle-timeout seconds is closed. To share a map, write the page with
            `argmap render map.argdown -o map.html` and hand out the file.
            """)

    @Argument(help: "The map to serve.")
    var file: String

    @Option(name: .long, help: "The port on 127.0.0.1 (0 picks a free one).")
    var port: UInt16 = 8080

    @Option(name: .long, help: "Seconds a client may stay silent (or leave the answer unread) before its connection is closed.")
    var idleTimeout: Double = 10

    @Option(name: .long, help: "The look: \(Choice.values(Theme.self)) (default textbook).", transform: Choice.parse(wrong: RenderCommand.unknownTheme))
    var theme: Theme = .textbook

    func validate() throws {
        if file == "-" { throw ValidationError("serve needs a map file, not standard input") }
        if !(idleTimeout > 0 && idleTimeout <= 3600) { throw ValidationError("--idle-timeout must be more than 0 and at most 3600 seconds") }
    }

    func run() async throws {
        _ = try InputLoader.readData(file)
        let preview = PreviewPage(watcher: FileWatcher(path: file), page: await pageText(version: 1)) { version in
            await pageText(version: version)
        }
        let limits = PreviewServer.Limits(idle: .milliseconds(Int(idleTimeout * 1000)))
        let server = try PreviewServer(port: port, limits: limits) { path in await PreviewDocument.respond(to: path, with: preview) }
        let shown = file
        try await server.run { port in
            StandardError.print("serving \(shown) at http://127.0.0.1:\(port)/ (this machine only; Ctrl-C stops)")
        }
    }

    /// The page for the map as it is now; a map with errors gives a page that lists them.
    private func pageText(version: Int) async -> String {
        await PreviewDocument.page(file: file, theme: theme, version: version) { try InputLoader.load(file) }
    }
}
