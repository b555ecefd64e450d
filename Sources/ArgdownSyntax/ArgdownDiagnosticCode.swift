import ArgumentModel

/// The codes of the Argdown reader's diagnostics, in the order of docs/diagnostics.md (where each has an example
/// and what to do). The raw values are the stable codes printed in brackets and written by `--format json`.
public enum ArgdownDiagnosticCode: DiagnosticCode {
    /// Error: The file has bytes that are not UTF-8 (often a file saved as Latin-1 or Windows-1252).
    case invalidUTF8
    /// Error: A `/*` or `<!--` comment is never closed; everything after it is ignored.
    case unterminatedComment
    /// Error: The `===` at the top opens front matter but no second `===` line closes it.
    case unterminatedFrontMatter
    /// Error: A `{...}` data block or the front matter is not valid YAML.
    case invalidYAML
    /// Error: A data block is larger than 1024 KB, or its YAML aliases expand to more than 100,000 values.
    case dataTooLarge
    /// Error: A data block nests more than 64 levels deep.
    case dataTooDeep
    /// Error: A data block (or the front matter) holds a single value or a list instead of `key: value` pairs.
    case invalidData
    /// Warning: `model: {mode: ...}` in the front matter is neither `loose` nor `strict`; the map is read as loose.
    case unknownMode
    /// Warning: `groupDepth` in the front matter is not a whole number.
    case invalidSetting
    /// Error: A `{` starts a data block that is never closed with `}`.
    case unterminatedData
    /// Error: A `**`, `__`, `*` or `_` followed by a non-blank character opens bold or italic text (as in
    /// Argdown), and nothing closes it before the statement ends.
    case unclosedEmphasis
    /// Warning: A line that looks like a new definition directly follows another line, so it is read as the
    /// continuation of that text.
    case definitionContinuesText
    /// Error: A relation line (`+ ...`, `- ...`) follows an empty line, so it has no tree to join.
    case relationAfterEmptyLine
    /// Error: A premise-conclusion structure (`(1) ...`) or a heading (`# ...`) is written directly below the
    /// line of another block.
    case missingEmptyLine
    /// Error: A relation line is not indented further than the line it belongs to, or has no statement or
    /// argument above it.
    case badIndentation
    /// Error: The symbol at the start of a relation line is not one of Argdown's.
    case unknownRelationSymbol
    /// Error: `[]` or `<>` has no title inside.
    case emptyTitle
    /// Warning: A line's element starts with `[` or `<` (followed by a character that is not a blank) but has
    /// no closing `]` or `>` on that line.
    case unclosedTitle
    /// Error: A title (`[Title]`, `[Title]:`, `<Title>`, `<Title>:`) stands after text on the first line of a
    /// statement, argument or relation line.
    case textBeforeTitle
    /// Error: A numbered line of a premise-conclusion structure names an argument `<...>`.
    case argumentInPCS
    /// Warning: Text follows a reference `[A]` without a colon, so it is ignored.
    case textAfterReference
    /// Warning: Tags or data stand without a title or text, so they belong to nothing.
    case emptyStatement
    /// Error: A relation symbol has nothing after it.
    case missingRelationTarget
    /// Warning: An inference line (`----`) stands outside a premise-conclusion structure and is ignored.
    case inferenceOutsidePCS
    /// Error: An argument gets a second premise-conclusion structure; the second one is ignored.
    case duplicatePCS
    /// Error: An inference line opened with `--` is not closed (`-- rule` without the closing `--`, or a
    /// multi-line inference without its last `--`).
    case unterminatedInference
    /// Warning: Numbered statements have no inference line, so there is no conclusion.
    case missingInference
    /// Error: An inference line is the last line of the structure.
    case missingConclusion
    /// Warning: A numbered statement follows the main conclusion without an inference line, so it is read as a premise.
    case premiseAfterConclusion
    /// Warning: A relation other than an undercut or attack is attached to an inference line; it is ignored.
    case relationOnInference
    /// Error: `><` (contradiction) connects an argument; contradictions are between statements.
    case contradictionOnArgument
    /// Warning: An undercut (`_`) targets a statement; it is read as an attack.
    case undercutTargetNotArgument
    /// Warning: A title is referred to but never defined with text.
    case undefinedReference
    /// Note: One title is defined twice with different texts; the last text is used.
    case conflictingDefinition
}

extension Diagnostic {
    /// A diagnostic of the Argdown reader: `Diagnostic(.warning, code: .undefinedReference, ...)`.
    init(_ severity: Severity, code: ArgdownDiagnosticCode, _ message: String, at range: SourceRange? = nil, suggestion: String? = nil) {
        self.init(severity, code: code, message, at: range, fixIt: nil, suggestion: suggestion)  // the generic initializer
    }
}
