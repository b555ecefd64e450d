import ArgumentModel

/// The codes of the Argdown reader's diagnostics, in the order of docs/diagnostics.md (where each has an example
/// and what to do). The raw values are the stable codes printed in brackets and written by `--format json`.
public enum ArgdownDiagnosticCode: String, DiagnosticCode {
    /// Error: The file has bytes that are not UTF-8 (often a file saved as Latin-1 or Windows-1252).
    case invalidUTF8 = "invalid-utf8"
    /// Error: A `/*` or `<!--` comment is never closed; everything after it is ignored.
    case unterminatedComment = "unterminated-comment"
    /// Error: The `===` at the top opens front matter but no second `===` line closes it.
    case unterminatedFrontMatter = "unterminated-front-matter"
    /// Error: A `{...}` data block or the front matter is not valid YAML.
    case invalidYAML = "invalid-yaml"
    /// Error: A data block is larger than 1024 KB, or its YAML aliases expand to more than 100,000 values.
    case dataTooLarge = "data-too-large"
    /// Error: A data block nests more than 64 levels deep.
    case dataTooDeep = "data-too-deep"
    /// Error: A data block (or the front matter) holds a single value or a list instead of `key: value` pairs.
    case invalidData = "invalid-data"
    /// Warning: `model: {mode: ...}` in the front matter is neither `loose` nor `strict`; the map is read as loose.
    case unknownMode = "unknown-mode"
    /// Warning: `groupDepth` in the front matter is not a whole number.
    case invalidSetting = "invalid-setting"
    /// Error: A `{` starts a data block that is never closed with `}`.
    case unterminatedData = "unterminated-data"
    /// Error: A `**`, `__`, `*` or `_` followed by a non-blank character opens bold or italic text (as in
    /// Argdown), and nothing closes it before the statement ends.
    case unclosedEmphasis = "unclosed-emphasis"
    /// Warning: A line that looks like a new definition directly follows another line, so it is read as the
    /// continuation of that text.
    case definitionContinuesText = "definition-continues-text"
    /// Error: A relation line (`+ ...`, `- ...`) follows an empty line, so it has no tree to join.
    case relationAfterEmptyLine = "relation-after-empty-line"
    /// Error: A premise-conclusion structure (`(1) ...`) or a heading (`# ...`) is written directly below the
    /// line of another block.
    case missingEmptyLine = "missing-empty-line"
    /// Error: A relation line is not indented further than the line it belongs to, or has no statement or
    /// argument above it.
    case badIndentation = "bad-indentation"
    /// Error: The symbol at the start of a relation line is not one of Argdown's.
    case unknownRelationSymbol = "unknown-relation-symbol"
    /// Error: `[]` or `<>` has no title inside.
    case emptyTitle = "empty-title"
    /// Warning: A line's element starts with `[` or `<` (followed by a character that is not a blank) but has
    /// no closing `]` or `>` on that line.
    case unclosedTitle = "unclosed-title"
    /// Error: A title (`[Title]`, `[Title]:`, `<Title>`, `<Title>:`) stands after text on the first line of a
    /// statement, argument or relation line.
    case textBeforeTitle = "text-before-title"
    /// Error: A numbered line of a premise-conclusion structure names an argument `<...>`.
    case argumentInPCS = "argument-in-pcs"
    /// Warning: Text follows a reference `[A]` without a colon, so it is ignored.
    case textAfterReference = "text-after-reference"
    /// Warning: Tags or data stand without a title or text, so they belong to nothing.
    case emptyStatement = "empty-statement"
    /// Error: A relation symbol has nothing after it.
    case missingRelationTarget = "missing-relation-target"
    /// Warning: An inference line (`----`) stands outside a premise-conclusion structure and is ignored.
    case inferenceOutsidePCS = "inference-outside-pcs"
    /// Error: An argument gets a second premise-conclusion structure; the second one is ignored.
    case duplicatePCS = "duplicate-pcs"
    /// Error: An inference line opened with `--` is not closed (`-- rule` without the closing `--`, or a
    /// multi-line inference without its last `--`).
    case unterminatedInference = "unterminated-inference"
    /// Warning: Numbered statements have no inference line, so there is no conclusion.
    case missingInference = "missing-inference"
    /// Error: An inference line is the last line of the structure.
    case missingConclusion = "missing-conclusion"
    /// Warning: A numbered statement follows the main conclusion without an inference line, so it is read as a premise.
    case premiseAfterConclusion = "premise-after-conclusion"
    /// Warning: A relation other than an undercut or attack is attached to an inference line; it is ignored.
    case relationOnInference = "relation-on-inference"
    /// Error: `><` (contradiction) connects an argument; contradictions are between statements.
    case contradictionOnArgument = "contradiction-on-argument"
    /// Warning: An undercut (`_`) targets a statement; it is read as an attack.
    case undercutTargetNotArgument = "undercut-target-not-argument"
    /// Warning: A title is referred to but never defined with text.
    case undefinedReference = "undefined-reference"
    /// Note: One title is defined twice with different texts; the last text is used.
    case conflictingDefinition = "conflicting-definition"
}

extension Diagnostic {
    /// A diagnostic of the Argdown reader: `Diagnostic(.warning, code: .undefinedReference, ...)`.
    init(_ severity: Severity, code: ArgdownDiagnosticCode, _ message: String, at range: SourceRange? = nil, suggestion: String? = nil) {
        self.init(severity, code: code, message, at: range, fixIt: nil, suggestion: suggestion)  // the generic initializer
    }
}
