import ArgumentModel

/// The codes of the format readers' diagnostics (AIF, argmap and Argdown JSON, brat, ICCMA, Kialo, microtext,
/// SADFace, OVA),
/// listed in docs/diagnostics.md ("Diagnostics of the other readers"). The raw values are the stable codes printed
/// in brackets and written by `--format json`.
public enum FormatDiagnosticCode: DiagnosticCode {
    /// A reference to something the file never defines (a Kialo parent or link, a brat or microtext edge end, an
    /// ICCMA attack on an undeclared argument).
    case undefinedReference
    /// The file is empty.
    case emptyInput
    /// The text is not JSON (an AIF file).
    case invalidJSON
    /// The text is not JSON (an argmap or Argdown JSON file); the diagnostic has the line and column.
    case jsonSyntax
    /// An argmap JSON value has the wrong type or shape; the message names its JSON path.
    case argmapJSONSchema
    /// An argmap JSON file has a missing or newer `version`.
    case argmapJSONVersion
    /// An Argdown JSON value has the wrong type or shape; the message names its JSON path.
    case argdownJSONSchema
    /// An AIF file's top level (or its `AIF` wrapper) is not a JSON object.
    case aifNotAnObject
    /// An AIF file has no `nodes` array.
    case aifNoNodes
    /// An AIF `nodes` value is not an array.
    case aifBadNodes
    /// An AIF node is not an object.
    case aifBadNode
    /// An AIF node has no `nodeID`; it is skipped.
    case aifMissingID
    /// An AIF node has no `type`; it is skipped.
    case aifMissingType
    /// An AIF node's `text` is not a string; it is kept as data.
    case aifBadText
    /// An AIF `nodeID` occurs again with another type or text; the first is kept.
    case aifConflictingNode
    /// An AIF `edges` value is not an array.
    case aifBadEdges
    /// An AIF edge is not an object or lacks `fromID` / `toID`; it is skipped.
    case aifBadEdge
    /// An AIF `locutions` value is not an array; it is ignored.
    case aifBadLocutions
    /// An AIF edge names a `nodeID` no node has; it is skipped.
    case aifUnknownNode
    /// An AIF edge goes from a node to itself; it is ignored.
    case aifSelfLoop
    /// An AIF edge joins two I-nodes without an S-node; it is ignored.
    case aifIToIEdge
    /// An AIF edge joins two relation S-nodes, which the graph cannot hold; it is ignored.
    case aifUnsupportedEdge
    /// An AIF S-node lacks premises or a conclusion.
    case aifDanglingSNode
    /// An AIF RA node has premises but no conclusion I-node.
    case aifNoConclusion
    /// An AIF S-node's `argmapRelation` is unknown; it is read as its AIF type.
    case aifUnknownRelation
    /// AIF S-nodes relating every premise to every target would exceed the read limits; none are built.
    case aifTooLarge
    /// The OVA wrapper data (text, layout) of merged AIF files is not kept.
    case aifWrapperDropped
    /// A brat annotation line is malformed.
    case bratBadLine
    /// A brat text annotation's offsets are not `start end` numbers.
    case bratBadOffsets
    /// A brat component is annotated twice; the second is skipped.
    case bratDuplicateID
    /// A brat relation is neither supports nor attacks; it is ignored.
    case bratUnknownRelation
    /// A brat annotation kind (or note) has no place in an argument graph; it is ignored.
    case bratUnsupported
    /// A brat stance is neither For nor Against; it is kept as data only.
    case bratUnknownStance
    /// A brat stance is given but the essay has no MajorClaim; it is kept as data only.
    case bratNoMajorClaim
    /// Brat stances times major claims would exceed the read limits; stances are kept as data only.
    case bratTooLarge
    /// A brat annotation's quoted text differs from the essay text at its offsets.
    case spanMismatch
    /// A brat annotation's offsets end after the essay text.
    case spanOutOfText
    /// An ICCMA line or fact is malformed; it is skipped.
    case iccmaSyntax
    /// An `.i23` file has attacks before its `p af N` header.
    case iccmaMissingHeader
    /// An `.apx` fact other than `arg` or `att`; it is skipped.
    case iccmaUnknownFact
    /// An ICCMA header declares more arguments than the read limits allow.
    case iccmaTooLarge
    /// More ICCMA diagnostics than are kept per file; the rest are counted.
    case iccmaMoreDiagnostics
    /// An ICCMA argument is declared twice.
    case duplicateArgument
    /// A Kialo export has no numbered claims.
    case kialoEmpty
    /// Kialo text before the first claim or after a `-> See` link; it is ignored.
    case kialoStrayText
    /// A Kialo claim number occurs twice; the second is skipped.
    case kialoDuplicateID
    /// A Kialo claim has neither `Pro:` nor `Con:`; it is read as a support.
    case kialoNoStance
    /// The Kialo thesis has a stance but no parent.
    case kialoRootStance
    /// The text is not XML (a microtext file).
    case invalidXML
    /// An XML file without an `<arggraph>` element: not a microtext file.
    case microtextNoArggraph
    /// A microtext ADU is defined twice.
    case microtextDuplicateID
    /// A microtext ADU has no EDU segmented into it.
    case microtextNoText
    /// A microtext edge type that is ignored.
    case microtextUnknownEdge
    /// A microtext graph without exactly one central claim.
    case microtextCentralClaim
    /// A SADFace node or edge is not what the format says (no `id`, a `type` other than atom or scheme, an edge
    /// without `source_id` / `target_id`); it is skipped. The message names its JSON path.
    case sadfaceSchema
    /// A legacy OVA node or edge is not what the format says (no `id` or `type`, an edge without `from.id` /
    /// `to.id`); it is skipped. The message names its JSON path.
    case ovaSchema
}

extension Diagnostic {
    /// A diagnostic of a format reader: `Diagnostic(.error, code: .aifBadNode, ...)`.
    init(_ severity: Severity, code: FormatDiagnosticCode, _ message: String, at range: SourceRange? = nil) {
        self.init(severity, code: code, message, at: range, fixIt: nil)  // the generic initializer
    }
}
