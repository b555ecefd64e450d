import ArgumentModel
import CGraphviz
import Foundation

/// The devices argmap renders through.
public enum GraphvizFormat: String, Sendable, CaseIterable, Hashable {
    case svg, png, pdf

    /// The Graphviz device name: the core `svg` writer (real `<text>`), cairo for `png` and `pdf`.
    var device: String {
        switch self {
        case .svg: "svg"
        case .png: "png:cairo"
        case .pdf: "pdf:cairo"
        }
    }
}

/// A successful Graphviz job: the rendered bytes and any warnings Graphviz gave.
public struct GraphvizOutput: Sendable {
    /// The rendered document (SVG text as UTF-8, or PNG / PDF bytes).
    public var data: Data
    /// Graphviz's warnings for this job, as diagnostics with code `graphviz`.
    public var diagnostics: [Diagnostic]
}

/// A failed Graphviz job: what Graphviz said, as diagnostics (never printed to standard error).
public struct GraphvizError: Error, Sendable, CustomStringConvertible {
    /// The messages, errors first as Graphviz gave them.
    public var diagnostics: [Diagnostic]

    /// One message per line.
    public var description: String { diagnostics.map(\.message).joined(separator: "\n") }

    init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
    init(code: GraphvizDiagnosticCode, _ message: String) { self.diagnostics = [Diagnostic(.error, code: code, message)] }
}

/// The one owner of Graphviz in the process. Graphviz is not thread safe (not even for reads), so every call
/// into libgvc / libcgraph goes through this actor, which runs on its own serial thread.
///
/// Each job resets Graphviz's error state first and captures its messages (routed away from standard error with
/// `agseterrf`) as `Diagnostic`s. On first use the actor checks that the `dot` layout and the `svg`, `png` and
/// `pdf` devices are installed.
///
/// Graphviz allocates heavily, and on glibc's malloc a process's later renders run about 8% slower than its first,
/// in memory reused from the earlier ones. The `argmap` command links mimalloc for that reason; an application that
/// renders often should link mimalloc or jemalloc into its executable too (docs/performance.md).
public actor Graphviz {
    /// The process-wide instance.
    public static let shared = Graphviz()

    private static let executor = DedicatedThreadExecutor(name: "argmap.graphviz")

    /// Every job runs on the dedicated Graphviz thread.
    public nonisolated var unownedExecutor: UnownedSerialExecutor { Self.executor.asUnownedSerialExecutor() }

    /// Plugins argmap needs: kind and name.
    static let requiredPlugins: [(kind: String, name: String)] = [
        ("layout", "dot"), ("device", "svg"), ("device", "png"), ("device", "pdf"),
    ]

    private var context: OpaquePointer?
    private var missingPlugins: [(kind: String, name: String)] = []

    private init() {}

    /// Creates the Graphviz context on first use and checks the plugins.
    private func ensureContext() throws(GraphvizError) -> OpaquePointer {
        if let context { return context }
        argmap_gv_set_error_callback { text in
            if let text { GraphvizMessages.shared.receive(String(cString: text)) }
            return 0
        }
        guard let created = gvContext() else {
            throw GraphvizError(code: .graphvizUnavailable, "Graphviz could not start (gvContext failed)")
        }
        context = created
        missingPlugins = Self.requiredPlugins.filter { argmap_gv_has_plugin(created, $0.kind, $0.name) == 0 }
        return created
    }

    /// Checks that Graphviz starts and that the `dot` layout and the `svg`, `png`, `pdf` devices are installed;
    /// otherwise throws an error naming the package to install.
    public func checkPlugins() throws(GraphvizError) {
        _ = try ensureContext()
        if !missingPlugins.isEmpty { throw Self.missingError(missingPlugins) }
    }

    /// The names of available plugins of `kind` (`layout`, `device`, ...) among `candidates`.
    public func availablePlugins(kind: String, among candidates: [String]) throws(GraphvizError) -> [String] {
        let gvc = try ensureContext()
        return candidates.filter { argmap_gv_has_plugin(gvc, kind, $0) != 0 }
    }

    static func missingError(_ missing: [(kind: String, name: String)]) -> GraphvizError {
        let list = missing.map { "\($0.kind) '\($0.name)'" }.joined(separator: ", ")
        return GraphvizError(code: .graphvizPluginsMissing, """
            Graphviz plugins are missing (\(list)). Install them: `apt-get install libgvc6` on Debian/Ubuntu \
            (libgraphviz-dev depends on it; the cairo plugin gives png and pdf), `brew install graphviz` on macOS. \
            If the plugins are installed but not registered, run `dot -c` once as root (package graphviz).
            """)
    }

    /// Lays out `dot` with `engine` and renders it to `format`, in memory.
    /// Throws with Graphviz's messages when the DOT text does not parse, the layout fails or a plugin is missing.
    public func render(dot: String, format: GraphvizFormat, engine: LayoutEngine = .dot) throws(GraphvizError) -> GraphvizOutput {
        let gvc = try ensureContext()
        let needed = [("layout", engine.rawValue), ("device", format.rawValue)]
        let missing = needed.filter { argmap_gv_has_plugin(gvc, $0.0, $0.1) == 0 }.map { (kind: $0.0, name: $0.1) }
        if !missing.isEmpty { throw Self.missingError(missing) }

        GraphvizMessages.shared.reset()
        argmap_gv_reset_errors()
        guard let graph = dot.withCString({ argmap_gv_read($0) }) else {
            throw GraphvizError(Self.collect(orElse: "Graphviz could not read the DOT text"))
        }
        var laidOut = false
        defer { releaseLater(graph, laidOut: laidOut) }
        guard gvLayout(gvc, graph, engine.rawValue) == 0 else {
            throw GraphvizError(Self.collect(orElse: "Graphviz layout '\(engine.rawValue)' failed"))
        }
        laidOut = true
        var buffer: UnsafeMutablePointer<CChar>?
        var length = 0
        let status = argmap_gv_render_stream(gvc, graph, format.device, &buffer, &length)
        defer { free(buffer) }
        guard status == 0, let buffer else {
            throw GraphvizError(Self.collect(orElse: "Graphviz could not render \(format.rawValue)"))
        }
        let data = Data(bytes: buffer, count: length)
        let diagnostics = GraphvizMessages.shared.take()
        if diagnostics.containsErrors { throw GraphvizError(diagnostics) }
        return GraphvizOutput(data: data, diagnostics: diagnostics)
    }

    /// Frees a job's graph (and its layout) in a job of its own, queued right behind the current one: the caller
    /// gets the rendered bytes without waiting for Graphviz to free a big layout (a few percent of a 2,000-node
    /// render), and the freeing overlaps with whatever the caller does next. Jobs run in order, so a later render
    /// never starts before the graphs of earlier ones are freed.
    private func releaseLater(_ graph: UnsafeMutablePointer<Agraph_t>, laidOut: Bool) {
        let handle = GraphHandle(graph)
        Task { self.release(handle, laidOut: laidOut) }
    }

    private func release(_ handle: GraphHandle, laidOut: Bool) {
        if laidOut, let context { gvFreeLayout(context, handle.graph) }
        agclose(handle.graph)
    }

    /// The messages of the current job, or one error with `fallback` when Graphviz said nothing.
    private static func collect(orElse fallback: String) -> [Diagnostic] {
        let messages = GraphvizMessages.shared.take()
        if messages.containsErrors { return messages }
        return [Diagnostic(.error, code: GraphvizDiagnosticCode.graphviz, fallback)] + messages
    }
}

/// A Graphviz graph handed to the cleanup job. Only ever used on the Graphviz thread.
private struct GraphHandle: @unchecked Sendable {
    let graph: UnsafeMutablePointer<Agraph_t>
    init(_ graph: UnsafeMutablePointer<Agraph_t>) { self.graph = graph }
}

/// The buffer Graphviz's error callback writes into. Graphviz hands a message over in pieces ("Error", ": ",
/// text), so pieces are buffered until a newline. Only ever touched from the Graphviz thread.
final class GraphvizMessages: @unchecked Sendable {
    static let shared = GraphvizMessages()
    private var pending = ""
    private var messages: [Diagnostic] = []
    private var severity = Severity.warning

    func reset() {
        pending = ""
        messages = []
        severity = .warning
    }

    func receive(_ piece: String) {
        pending += piece
        while let newline = pending.firstIndex(of: "\n") {
            let line = String(pending[..<newline])
            pending.removeSubrange(...newline)
            add(line)
        }
    }

    /// The finished messages (and any unterminated rest), emptying the buffer.
    func take() -> [Diagnostic] {
        if !pending.isEmpty { add(pending) }
        let out = messages
        reset()
        return out
    }

    private func add(_ line: String) {
        var text = Substring(line)
        if text.hasPrefix("Error: ") || text.hasPrefix("Error:") {
            severity = .error
            text = text.dropFirst(6)
        } else if text.hasPrefix("Warning: ") || text.hasPrefix("Warning:") {
            severity = .warning
            text = text.dropFirst(8)
        }
        let message = text.trimmingCharacters(in: .whitespaces)
        guard !message.isEmpty else { return }
        messages.append(Diagnostic(severity, code: GraphvizDiagnosticCode.graphviz, "Graphviz: " + message))
    }
}
