import ArgumentModel

/// The `initialize` result: what the server can do.
enum ServerCapabilities {
    /// `{"capabilities": ..., "serverInfo": ...}`.
    static func initializeResult(version: String) -> DataValue {
        .object([
            "capabilities": .object([
                "positionEncoding": .string("utf-16"),
                "textDocumentSync": .object(["openClose": .bool(true), "change": .int(1)]),
                "completionProvider": .object([
                    "triggerCharacters": .array(["[", "<", "+", "-", "_", ">"].map { .string($0) }),
                ]),
                "hoverProvider": .bool(true),
                "definitionProvider": .bool(true),
                "referencesProvider": .bool(true),
                "renameProvider": .object(["prepareProvider": .bool(true)]),
                "documentSymbolProvider": .bool(true),
                "workspaceSymbolProvider": .bool(true),
                "documentFormattingProvider": .bool(true),
                "codeActionProvider": .object(["codeActionKinds": .array([.string("quickfix")])]),
                "executeCommandProvider": .object(["commands": .array([.string(LanguageServer.previewCommand)])]),
            ]),
            "serverInfo": .object(["name": .string("argmap"), "version": .string(version)]),
        ])
    }
}
