import MCP

/// `argmap mcp`: ``MapTools`` served over the Model Context Protocol with the official Swift SDK. Every tool takes
/// string arguments (Argdown texts, a query, titles) and answers with one text content; `isError` marks maps with
/// errors, misquotes and bad calls.
public enum ArgmapMCPServer {
    /// A server with the tools registered, not yet started.
    public static func make(version: String) async -> Server {
        let server = Server(
            name: "argmap", version: version,
            instructions: "Check argument maps written in Argdown before a person reads them: check (quotes verbatim against a source text), query, evaluate (with explanation), render (SVG), grade and diff.",
            capabilities: Server.Capabilities(tools: Server.Capabilities.Tools(listChanged: false)))
        await server.withMethodHandler(ListTools.self) { _ in
            ListTools.Result(tools: MapTools.all.map(tool))
        }
        await server.withMethodHandler(CallTool.self) { params in
            var arguments: [String: String] = [:]
            for (key, value) in params.arguments ?? [:] {
                if let text = value.stringValue { arguments[key] = text }
            }
            let answer = await MapTools.call(params.name, arguments)
            return CallTool.Result(content: [.text(text: answer.text, annotations: nil, _meta: nil)], isError: answer.isError)
        }
        return server
    }

    /// Serves on standard input and output until the client disconnects.
    public static func runStdio(version: String) async throws {
        let server = await make(version: version)
        try await server.start(transport: StdioTransport())
        await server.waitUntilCompleted()
    }

    /// The MCP description of a tool: an object schema with one string property per parameter.
    static func tool(_ description: MapTools.Description) -> Tool {
        var properties: [String: Value] = [:]
        for parameter in description.parameters {
            properties[parameter.name] = .object(["type": .string("string"), "description": .string(parameter.description)])
        }
        let required = description.parameters.filter(\.required).map { Value.string($0.name) }
        return Tool(
            name: description.name, description: description.summary,
            inputSchema: .object(["type": .string("object"), "properties": .object(properties), "required": .array(required)]))
    }
}
