import ArgumentModel

/// The codes of the format readers' diagnostics (AIF, argmap and Argdown JSON, brat, ICCMA, Kialo, microtext,
/// SADFace, OVA),
/// listed in docs/diagnostics.md ("Diagnostics of the other readers"). The raw values are the stable codes printed
/// in brackets and written by `--format json`.
public enum FormatDiagnosticCode: String, DiagnosticCode {
    /// A reference to something the file never defines (a Kialo parent or link, a brat or microtext edge end, an
    /// ICCMA attack on an undeclared argument).
    case undefinedReference = "undefined-reference"
    /// The file is empty.
    case emptyInput = "empty-input"
    /// The text is not JSON (an AIF file).
    case invalidJSON = "invalid-json"
    /// The text is not JSON (an argmap or Argdown JSON file); the diagnostic has the line and column.
    case jsonSyntax = "json-syntax"
    /// An argmap JSON value has the wrong type or shape; the message names its JSON path.
    case argmapJSONSchema = "argmap-json-schema"
    /// An argmap JSON file has a missing or newer `version`.
    case argmapJSONVersion = "argmap-json-version"
    /// An Argdown JSON value has the wrong type or shape; the message names its JSON path.
    case argdownJSONSchema = "argdown-json-schema"
    /// An AIF file's top level (or its `AIF` wrapper) is not a JSON object.
    case aifNotAnObject = "aif-not-an-object"
    /// An AIF file has no `nodes` array.
    case aifNoNodes = "aif-no-nodes"
    /// An AIF `nodes` value is not an array.
    case aifBadNodes = "aif-bad-nodes"
    /// An AIF node is not an object.
    case aifBadNode = "aif-bad-node"
    /// An AIF node has no `nodeID`; it is skipped.
    case aifMissingID = "aif-missing-id"
    /// An AIF node has no `type`; it is skipped.
    case aifMissingType = "aif-missing-type"
    /// An AIF node's `text` is not a string; it is kept as data.
    case aifBadText = "aif-bad-text"
    /// An AIF `nodeID` occurs again with another type or text; the first is kept.
    case aifConflictingNode = "aif-conflicting-node"
    /// An AIF `edges` value is not an array.
    case aifBadEdges = "aif-bad-edges"
    /// An AIF edge is not an object or lacks `fromID` / `toID`; it is skipped.
    case aifBadEdge = "aif-bad-edge"
    /// An AIF `locutions` value is not an array; it is ignored.
    case aifBadLocutions = "aif-bad-locutions"
    /// An AIF edge names a `nodeID` no node has; it is skipped.
    case aifUnknownNode = "aif-unknown-node"
    /// An AIF edge goes from a node to itself; it is ignored.
    case aifSelfLoop = "aif-self-loop"
    /// An AIF edge joins two I-nodes without an S-node; it is ignored.
    case aifIToIEdge = "aif-i-to-i-edge"
    /// An AIF edge joins two relation S-nodes, which the graph cannot hold; it is ignored.
    case aifUnsupportedEdge = "aif-unsupported-edge"
    /// An AIF S-node lacks premises or a conclusion.
    case aifDanglingSNode = "aif-dangling-s-node"
    /// An AIF RA node has premises but no conclusion I-node.
    case aifNoConclusion = "aif-no-conclusion"
    /// An AIF S-node's `argmapRelation` is unknown; it is read as its AIF type.
    case aifUnknownRelation = "aif-unknown-relation"
    /// AIF S-nodes relating every premise to every target would exceed the read limits; none are built.
    case aifTooLarge = "aif-too-large"
    /// The OVA wrapper data (text, layout) of merged AIF files is not kept.
    case aifWrapperDropped = "aif-wrapper-dropped"
    /// A brat annotation line is malformed.
    case bratBadLine = "brat-bad-line"
    /// A brat text annotation's offsets are not `start end` numbers.
    case bratBadOffsets = "brat-bad-offsets"
    /// A brat component is annotated twice; the second is skipped.
    case bratDuplicateID = "brat-duplicate-id"
    /// A brat relation is neither supports nor attacks; it is ignored.
    case bratUnknownRelation = "brat-unknown-relation"
    /// A brat annotation kind (or note) has no place in an argument graph; it is ignored.
    case bratUnsupported = "brat-unsupported"
    /// A brat stance is neither For nor Against; it is kept as data only.
    case bratUnknownStance = "brat-unknown-stance"
    /// A brat stance is given but the essay has no MajorClaim; it is kept as data only.
    case bratNoMajorClaim = "brat-no-major-claim"
    /// Brat stances times major claims would exceed the read limits; stances are kept as data only.
    case bratTooLarge = "brat-too-large"
    /// A brat annotation's quoted text differs from the essay text at its offsets.
    case spanMismatch = "span-mismatch"
    /// A brat annotation's offsets end after the essay text.
    case spanOutOfText = "span-out-of-text"
    /// An ICCMA line or fact is malformed; it is skipped.
    case iccmaSyntax = "iccma-syntax"
    /// An `.i23` file has attacks before its `p af N` header.
    case iccmaMissingHeader = "iccma-missing-header"
    /// An `.apx` fact other than `arg` or `att`; it is skipped.
    case iccmaUnknownFact = "iccma-unknown-fact"
    /// An ICCMA header declares more arguments than the read limits allow.
    case iccmaTooLarge = "iccma-too-large"
    /// More ICCMA diagnostics than are kept per file; the rest are counted.
    case iccmaMoreDiagnostics = "iccma-more-diagnostics"
    /// An ICCMA argument is declared twice.
    case duplicateArgument = "duplicate-argument"
    /// A Kialo export has no numbered claims.
    case kialoEmpty = "kialo-empty"
    /// Kialo text before the first claim or after a `-> See` link; it is ignored.
    case kialoStrayText = "kialo-stray-text"
    /// A Kialo claim number occurs twice; the second is skipped.
    case kialoDuplicateID = "kialo-duplicate-id"
    /// A Kialo claim has neither `Pro:` nor `Con:`; it is read as a support.
    case kialoNoStance = "kialo-no-stance"
    /// The Kialo thesis has a stance but no parent.
    case kialoRootStance = "kialo-root-stance"
    /// The text is not XML (a microtext file).
    case invalidXML = "invalid-xml"
    /// An XML file without an `<arggraph>` element: not a microtext file.
    case microtextNoArggraph = "microtext-no-arggraph"
    /// A microtext ADU is defined twice.
    case microtextDuplicateID = "microtext-duplicate-id"
    /// A microtext ADU has no EDU segmented into it.
    case microtextNoText = "microtext-no-text"
    /// A microtext edge type that is ignored.
    case microtextUnknownEdge = "microtext-unknown-edge"
    /// A microtext graph without exactly one central claim.
    case microtextCentralClaim = "microtext-central-claim"
    /// A SADFace node or edge is not what the format says (no `id`, a `type` other than atom or scheme, an edge
    /// without `source_id` / `target_id`); it is skipped. The message names its JSON path.
    case sadfaceSchema = "sadface-schema"
    /// A legacy OVA node or edge is not what the format says (no `id` or `type`, an edge without `from.id` /
    /// `to.id`); it is skipped. The message names its JSON path.
    case ovaSchema = "ova-schema"
}

extension Diagnostic {
    /// A diagnostic of a format reader: `Diagnostic(.error, code: .aifBadNode, ...)`.
    init(_ severity: Severity, code: FormatDiagnosticCode, _ message: String, at range: SourceRange? = nil) {
        self.init(severity, code: code, message, at: range, fixIt: nil)  // the generic initializer
    }
}
