import ArgdownSyntax
import ArgumentModel

/// Go to definition, find references, prepare rename and rename: all through the title tokens of the document
/// (definitions, references, numbered statements of premise-conclusion structures, relation lines, mentions).
enum NavigationFeature {
    /// The location of the definition of the title at `position`, or `.null`.
    static func definition(_ analysis: DocumentAnalysis, at position: LSPPosition) -> DataValue {
        guard let token = analysis.token(at: analysis.lines.offset(of: position)),
            let target = analysis.definition(of: token.node)
        else { return .null }
        return location(target, in: analysis).dataValue
    }

    /// Every place the title at `position` is written (without its definitions unless `includeDeclaration`).
    static func references(_ analysis: DocumentAnalysis, at position: LSPPosition, includeDeclaration: Bool) -> DataValue {
        guard let token = analysis.token(at: analysis.lines.offset(of: position)) else { return .null }
        let found = analysis.tokens(of: token.node).filter { includeDeclaration || !$0.isDefinition }
        return .array(found.map { location($0, in: analysis).dataValue })
    }

    /// The title's range and text, when `position` is on a title that can be renamed.
    static func prepareRename(_ analysis: DocumentAnalysis, at position: LSPPosition) -> DataValue {
        guard let token = analysis.token(at: analysis.lines.offset(of: position)) else { return .null }
        return .object([
            "range": analysis.lines.range(token.start, token.end).dataValue,
            "placeholder": .string(analysis.graph[token.node].title),
        ])
    }

    /// A workspace edit writing `newName` at every place the title at `position` is written; nil when
    /// `position` is not on a title or the name is empty.
    static func rename(_ analysis: DocumentAnalysis, at position: LSPPosition, to newName: String) -> DataValue? {
        let name = newName.trimmingBlanks
        guard !name.isEmpty, let token = analysis.token(at: analysis.lines.offset(of: position)) else { return nil }
        let escaped = ArgdownEscaping.title(name)
        let edits = analysis.tokens(of: token.node).map {
            LSPTextEdit(range: analysis.lines.range($0.start, $0.end), newText: escaped).dataValue
        }
        return .object(["changes": .object([analysis.uri: .array(edits)])])
    }

    /// The location of a token's title.
    static func location(_ token: TitleToken, in analysis: DocumentAnalysis) -> LSPLocation {
        LSPLocation(uri: analysis.uri, range: analysis.lines.range(token.start, token.end))
    }
}
