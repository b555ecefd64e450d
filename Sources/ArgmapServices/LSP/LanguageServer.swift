import ArgumentModel
import ArgumentRendering

/// What the server wants done after handling one message.
public struct ServerReply: Sendable {
    /// Messages to send now, in order.
    public var messages: [JSONRPCMessage] = []
    /// A document whose diagnostics are due (after the debounce delay): its URI and version.
    public var diagnosticsDue: (uri: String, version: Int)?
    /// Set by `exit`: the process's exit status (0 after `shutdown`, 1 otherwise).
    public var exitStatus: Int32?
}

/// The argmap language server: LSP 3.17 requests mapped onto the Argdown reader, the lint, the semantics, the
/// canonical printer and the renderer. Transport-free (``LanguageServerTransport`` runs it over stdio), so it can
/// be driven in-process message by message.
///
/// Capabilities: full document sync; diagnostics with stable codes and related information; completion of
/// titles and relation symbols; hover; definition; references; rename; document and workspace symbols;
/// formatting; code actions for undefined titles; the command ``previewCommand`` returning the map's SVG.
public actor LanguageServer {
    /// The `workspace/executeCommand` command that returns the SVG of a document's map (argument: its URI).
    public static let previewCommand = "argmap.renderSVG"

    private var documents = DocumentStore()
    private var initialized = false
    private var shuttingDown = false
    private let version: String

    /// Creates a server that names itself `argmap` `version` in `initialize`.
    public init(version: String) { self.version = version }

    /// Handles one message from the client.
    public func handle(_ message: JSONRPCMessage) async -> ServerReply {
        var reply = ServerReply()
        switch message {
        case .request(let id, let method, let params):
            reply.messages.append(await respond(id: id, method: method, params: params))
        case .notification(let method, let params):
            reply = notify(method: method, params: params)
        case .failure(let id, let code, let text) where code == JSONRPCMessage.ErrorCode.parseError || code == JSONRPCMessage.ErrorCode.invalidRequest:
            reply.messages.append(.failure(id: id, code: code, message: text))
        case .response, .failure:
            break
        }
        return reply
    }

    /// The `textDocument/publishDiagnostics` notification for `uri`, if `version` is still its current version
    /// (a later change has its own, later publication: that is the debounce).
    public func diagnostics(for uri: String, version: Int) -> JSONRPCMessage? {
        guard documents.version(of: uri) == version, let analysis = documents.analysis(uri) else { return nil }
        return .notification(method: "textDocument/publishDiagnostics", params: DiagnosticsFeature.publishParams(analysis))
    }

    private func notify(method: String, params: DataValue) -> ServerReply {
        var reply = ServerReply()
        let document = params["textDocument"]
        guard let uri = document?["uri"]?.stringValue else {
            if method == "exit" { reply.exitStatus = shuttingDown ? 0 : 1 }
            return reply
        }
        let version = document?["version"]?.intValue ?? 0
        switch method {
        case "textDocument/didOpen":
            documents.open(uri, version: version, text: document?["text"]?.stringValue ?? "")
            reply.diagnosticsDue = (uri, version)
        case "textDocument/didChange":
            guard let text = params["contentChanges"]?.arrayValue?.last?["text"]?.stringValue,
                documents.change(uri, version: version, text: text)
            else { break }
            reply.diagnosticsDue = (uri, version)
        case "textDocument/didClose":
            documents.close(uri)
            reply.messages.append(.notification(
                method: "textDocument/publishDiagnostics",
                params: .object(["uri": .string(uri), "diagnostics": .array([])])))
        default:
            break
        }
        return reply
    }

    private func respond(id: DataValue, method: String, params: DataValue) async -> JSONRPCMessage {
        if method == "initialize" {
            initialized = true
            return .response(id: id, result: ServerCapabilities.initializeResult(version: version))
        }
        guard initialized else {
            return .failure(id: id, code: JSONRPCMessage.ErrorCode.serverNotInitialized, message: "initialize first")
        }
        if shuttingDown {
            return .failure(id: id, code: JSONRPCMessage.ErrorCode.invalidRequest, message: "the server is shutting down")
        }
        if method == "shutdown" {
            shuttingDown = true
            return .response(id: id, result: .null)
        }
        if method == "workspace/symbol" {
            let query = params["query"]?.stringValue ?? ""
            return .response(id: id, result: SymbolsFeature.workspaceSymbols(documents.allAnalyses(), query: query))
        }
        if method == "workspace/executeCommand" {
            return await execute(id: id, params: params)
        }
        guard let uri = params["textDocument"]?["uri"]?.stringValue else {
            return .failure(id: id, code: JSONRPCMessage.ErrorCode.methodNotFound, message: "unknown method \(method)")
        }
        guard let analysis = documents.analysis(uri) else {
            return .failure(id: id, code: JSONRPCMessage.ErrorCode.invalidParams, message: "\(uri) is not open")
        }
        let position = LSPPosition(params["position"]) ?? LSPPosition(line: 0, character: 0)
        switch method {
        case "textDocument/completion":
            return .response(id: id, result: CompletionFeature.complete(analysis, at: position))
        case "textDocument/hover":
            return .response(id: id, result: HoverFeature.hover(analysis, at: position))
        case "textDocument/definition":
            return .response(id: id, result: NavigationFeature.definition(analysis, at: position))
        case "textDocument/references":
            let include = params["context"]?["includeDeclaration"]?.boolValue ?? true
            return .response(id: id, result: NavigationFeature.references(analysis, at: position, includeDeclaration: include))
        case "textDocument/prepareRename":
            return .response(id: id, result: NavigationFeature.prepareRename(analysis, at: position))
        case "textDocument/rename":
            guard let edit = NavigationFeature.rename(analysis, at: position, to: params["newName"]?.stringValue ?? "") else {
                return .failure(
                    id: id, code: JSONRPCMessage.ErrorCode.requestFailed,
                    message: "rename needs the cursor on a [title] or <title> and a new name that is not empty")
            }
            return .response(id: id, result: edit)
        case "textDocument/documentSymbol":
            return .response(id: id, result: SymbolsFeature.documentSymbols(analysis))
        case "textDocument/formatting":
            return .response(id: id, result: EditingFeature.format(analysis))
        case "textDocument/codeAction":
            let start = LSPPosition(params["range"]?["start"]) ?? position
            let range = LSPRange(start: start, end: LSPPosition(params["range"]?["end"]) ?? start)
            return .response(id: id, result: EditingFeature.codeActions(analysis, range: range))
        default:
            return .failure(id: id, code: JSONRPCMessage.ErrorCode.methodNotFound, message: "unknown method \(method)")
        }
    }

    /// `workspace/executeCommand` ``previewCommand`` with the document's URI: the SVG text of its map.
    private func execute(id: DataValue, params: DataValue) async -> JSONRPCMessage {
        guard params["command"]?.stringValue == Self.previewCommand else {
            return .failure(
                id: id, code: JSONRPCMessage.ErrorCode.invalidParams,
                message: "unknown command; the server has \(Self.previewCommand)")
        }
        guard let uri = params["arguments"]?.arrayValue?.first?.stringValue, let analysis = documents.analysis(uri) else {
            return .failure(
                id: id, code: JSONRPCMessage.ErrorCode.invalidParams,
                message: "\(Self.previewCommand) takes the URI of an open document")
        }
        if analysis.diagnostics.containsErrors {
            return .failure(
                id: id, code: JSONRPCMessage.ErrorCode.requestFailed, message: "the map has errors; fix them to see it")
        }
        do {
            return .response(id: id, result: .string(try await MapRenderer.svg(analysis.graph)))
        } catch {
            return .failure(id: id, code: JSONRPCMessage.ErrorCode.internalError, message: "Graphviz could not draw the map")
        }
    }
}
