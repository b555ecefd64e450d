import ArgumentFormats
import ArgumentModel
import ArgumentRendering
import Foundation

/// What `argmap serve` shows: one map's interactive page that reloads itself when its version changes, or a page
/// listing why it cannot be drawn, and the answers to the preview's paths.
public enum PreviewDocument {
    /// The path the page polls for the current version.
    public static let versionPath = "/version"

    /// The page for the map `load()` reads from `file` (errors and failures give a page that names them),
    /// drawn in `theme`, reloading when ``versionPath`` answers other than `version`.
    public static func page(file: String, theme: Theme, version: Int, load: () throws -> LoadedInput) async -> String {
        do {
            let loaded = try load()
            let diagnostics = loaded.result.diagnostics
            if diagnostics.containsErrors {
                let text = DiagnosticFormatter(source: loaded.text ?? "").format(diagnostics.filter { $0.severity == .error })
                return errorPage(text, file: file, version: version)
            }
            let graph = loaded.result.graph
            let svg = try await MapRenderer.svg(graph, options: RenderOptions(theme: theme))
            let title = graph.metadata["title"]?.stringValue ?? URL(fileURLWithPath: file).lastPathComponent
            return HTMLViewer.page(graph: graph, svg: svg, title: title, liveReloadURL: versionPath, liveReloadVersion: String(version))
        } catch {
            return errorPage("\(error)", file: file, version: version)
        }
    }

    /// The answer to `path`: the page at `/` and `/index.html`, its version at ``versionPath``, else 404.
    public static func respond(to path: String, with preview: PreviewPage) async -> PreviewServer.Response {
        switch path {
        case "/", "/index.html":
            return .init(status: 200, contentType: "text/html; charset=utf-8", body: Data(await preview.current().page.utf8))
        case versionPath:
            return .init(status: 200, contentType: "text/plain; charset=utf-8", body: Data(String(await preview.current().version).utf8))
        default:
            return .init(status: 404, contentType: "text/plain; charset=utf-8", body: Data("not found: this server serves one map at /\n".utf8))
        }
    }

    private static func errorPage(_ text: String, file: String, version: Int) -> String {
        HTMLViewer.page(
            graph: .empty, svg: "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"></svg>",
            title: "Cannot draw \(file): \(text)", liveReloadURL: versionPath, liveReloadVersion: String(version))
    }
}
