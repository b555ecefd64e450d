import Foundation
import ArgdownSyntax
import ArgumentModel

/// Formatting through the canonical printer, and the code actions for an undefined title: the reader's
/// "did you mean" fix and "define this title".
enum EditingFeature {
    /// `textDocument/formatting`: one edit replacing the text with ``ArgdownPrinter``'s; none when the text is
    /// already canonical or has errors (printing a half-read map would lose what the reader skipped).
    static func format(_ analysis: DocumentAnalysis) -> DataValue {
        guard !analysis.diagnostics.containsErrors else { return .array([]) }
        let printed = ArgdownPrinter.print(analysis.graph)
        guard printed != analysis.text else { return .array([]) }
        return .array([LSPTextEdit(range: analysis.lines.fullRange, newText: printed).dataValue])
    }

    /// `textDocument/codeAction`: for each `undefined-reference` overlapping `range`, a quick fix to the suggested
    /// title (the diagnostic's `Diagnostic/suggestion`, when the reader found one) and one appending a definition
    /// of the title.
    static func codeActions(_ analysis: DocumentAnalysis, range: LSPRange) -> DataValue {
        let from = analysis.lines.offset(of: range.start), to = analysis.lines.offset(of: range.end)
        var actions: [DataValue] = []
        for diagnostic in analysis.diagnostics where diagnostic.has(ArgdownDiagnosticCode.undefinedReference) {
            guard let place = diagnostic.range, place.start.offset <= to, from <= place.end.offset,
                let token = analysis.tokens.first(where: { place.start.offset <= $0.start && $0.end <= place.end.offset })
            else { continue }
            let node = analysis.graph[token.node]
            let lspDiagnostic = DiagnosticsFeature.lspDiagnostic(diagnostic, in: analysis)
            let targets = token.role == nil ? [token] : analysis.tokens(of: node.id)
            if let suggestion = diagnostic.suggestion {
                let escaped = ArgdownEscaping.title(suggestion)
                let edits = targets.map { LSPTextEdit(range: analysis.lines.range($0.start, $0.end), newText: escaped).dataValue }
                actions.append(action(
                    "Change \(node.bracketedTitle) to \(bracketed(suggestion, node.kind))", edits: edits, in: analysis,
                    diagnostic: lspDiagnostic, preferred: true))
            }
            let end = analysis.lines.bytes.count
            let needsBreak = end > 0 && analysis.lines.bytes[end - 1] != 0x0A
            let definition = (needsBreak ? "\n\n" : "\n") + bracketed(ArgdownEscaping.title(node.title), node.kind)
                + ": TODO: say what \(node.bracketedTitle) claims.\n"
            let append = LSPTextEdit(range: analysis.lines.range(end, end), newText: definition).dataValue
            actions.append(action(
                "Define \(node.bracketedTitle)", edits: [append], in: analysis, diagnostic: lspDiagnostic, preferred: false))
        }
        return .array(actions)
    }

    /// `[title]` or `<title>`.
    static func bracketed(_ title: String, _ kind: NodeKind) -> String {
        kind == .statement ? "[\(title)]" : "<\(title)>"
    }

    /// A quick-fix code action.
    static func action(
        _ title: String, edits: [DataValue], in analysis: DocumentAnalysis, diagnostic: DataValue, preferred: Bool
    ) -> DataValue {
        .object([
            "title": .string(title),
            "kind": .string("quickfix"),
            "diagnostics": .array([diagnostic]),
            "isPreferred": .bool(preferred),
            "edit": .object(["changes": .object([analysis.uri: .array(edits)])]),
        ])
    }
}
