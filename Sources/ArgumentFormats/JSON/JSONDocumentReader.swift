import ArgumentModel

/// What the readers of JSON map formats (argmap JSON, Argdown JSON) share around their own decoding: the text is
/// parsed first, a syntax error becomes one `json-syntax` error at its line and column, and the decoder's
/// diagnostics, which name JSON paths, are placed at the values those paths name.
enum JSONDocumentReader {
    /// `text` parsed and handed to `decode`. Complexity: O(length of text) plus the decoder's.
    static func read(_ text: String, file: String?, decode: (DataValue) -> ReadResult) -> ReadResult {
        switch JSONDataParser.parse(text) {
        case .failure(let failure):
            let range = SourceRange(file: file, at: failure.position)
            return ReadResult(graph: .empty, diagnostics: [
                Diagnostic(.error, code: FormatDiagnosticCode.jsonSyntax, "invalid JSON: \(failure.message)", at: range)
            ])
        case .success(let value):
            var result = decode(value)
            result.diagnostics = JSONPathLocator.locate(result.diagnostics, in: text, file: file)
            return result
        }
    }
}
