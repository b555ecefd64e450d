import ArgumentModel
import Collections

/// Reads brat standoff annotations (the Argument Annotated Essays: `.ann` beside a `.txt`) into an `ArgumentGraph`.
///
/// Each text-bound annotation `T` becomes a statement titled by its id (`T3`) with the annotated text; its label
/// (`MajorClaim`, `Claim`, `Premise`) and span become node data (`label`, `span` = `[start, end]` in Unicode scalars).
/// `R` lines (`supports`/`attacks` `Arg1:Tx Arg2:Ty`) become support/attack relations from Arg1 to Arg2. An attribute
/// `A… Stance Tn For|Against` is stored as `stance` data and adds a support (For) or attack (Against) from Tn to every
/// MajorClaim of the essay. `#` notes become `notes` data. Attribute and note ids are kept (`attributeIDs`,
/// `noteIDs` data) for ``BratWriter``. Trailing tabs and CRLF line ends are accepted.
public enum BratReader {
    /// Reads `annotations` (the `.ann` text). When `text` (the `.txt`) is given and `checkSpans` is true, each span's
    /// text is compared with the essay and a mismatch is a `span-mismatch` warning; the essay's first line becomes
    /// the graph's `title` metadata. `file` names the `.ann` in diagnostics.
    /// Stances add one relation per major claim; when that would exceed what `limits` allow for the number of
    /// annotation lines, the stance relations are refused (`brat-too-large`) and kept as data only.
    /// Complexity: O(length of annotations + length of text + relations built).
    public static func read(
        annotations: String, text: String? = nil, file: String? = nil, checkSpans: Bool = true, limits: ReadLimits = .default
    ) -> ReadResult {
        var diagnostics: [Diagnostic] = []
        var builder = GraphBuilder()
        let scalars = text.map { Array($0.unicodeScalars) }
        var components: [String: NodeID] = [:]
        var majorClaims: [NodeID] = []
        var stances: [(claim: NodeID, stance: String, range: SourceRange, id: String)] = []

        func range(_ line: Int, _ column: Int = 1, _ length: Int = 0) -> SourceRange {
            SourceRange(
                file: file, start: SourcePosition(line: line, column: column, offset: 0),
                end: SourcePosition(line: line, column: column + length, offset: 0))
        }
        func problem(_ severity: Severity, _ code: FormatDiagnosticCode, _ message: String, _ line: Int) {
            diagnostics.append(Diagnostic(severity, code: code, message, at: range(line)))
        }

        var lineNumber = 0
        var pendingLines: [(Int, [Substring])] = []
        for rawLine in annotations.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            lineNumber += 1
            var line = rawLine
            if line.hasSuffix("\r") { line = line.dropLast() }
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
            var fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            while fields.count > 1, fields.last?.isEmpty == true { fields.removeLast() }
            guard let id = fields.first, let kind = id.first else { continue }
            switch kind {
            case "T":
                guard fields.count >= 2 else {
                    problem(.error, .bratBadLine, "text annotation \(id) needs a tab-separated label with offsets", lineNumber)
                    continue
                }
                let parts = fields[1].split(separator: " ")
                guard let label = parts.first, parts.count >= 3 else {
                    problem(.error, .bratBadLine, "text annotation \(id) needs `Label start end`", lineNumber)
                    continue
                }
                // Discontinuous spans are written `start end;start end`.
                let offsets = parts.dropFirst().joined(separator: " ").split(separator: ";")
                var spans: [(Int, Int)] = []
                for o in offsets {
                    let pair = o.split(separator: " ")
                    if pair.count == 2, let s = Int(pair[0]), let e = Int(pair[1]), s >= 0, e >= s { spans.append((s, e)) }
                }
                guard spans.count == offsets.count, let first = spans.first, let end = spans.map(\.1).max() else {
                    problem(.error, .bratBadOffsets, "text annotation \(id) has offsets that are not `start end` numbers", lineNumber)
                    continue
                }
                let title = String(id)
                if components[title] != nil {
                    problem(.error, .bratDuplicateID, "\(title) is annotated twice; the second is skipped", lineNumber)
                    continue
                }
                let spanText = fields.count >= 3 ? fields[2...].joined(separator: "\t") : ""
                let node = builder.node(.statement, title: title)
                components[title] = node
                let spanData: DataValue = spans.count == 1
                    ? .array([.int(first.0), .int(first.1)])
                    : .array(spans.map { .array([.int($0.0), .int($0.1)]) })
                builder.update(node) {
                    $0.text = spanText
                    $0.data = .object(["label": .string(String(label)), "span": spanData])
                    $0.occurrences = [Occurrence(role: .imported, text: spanText, range: range(lineNumber))]
                }
                if label == "MajorClaim" { majorClaims.append(node) }
                if checkSpans, let scalars {
                    if end > scalars.count {
                        problem(.warning, .spanOutOfText, "\(title) ends at \(end) but the text has \(scalars.count) characters", lineNumber)
                    } else {
                        let actual = spans.map { String(String.UnicodeScalarView(scalars[$0.0..<$0.1])) }.joined(separator: " ")
                        if actual != spanText {
                            problem(.warning, .spanMismatch, "\(title) says \(quoted(spanText)) but the text at \(first.0)–\(end) is \(quoted(actual))", lineNumber)
                        }
                    }
                }
            case "R", "A", "#":
                pendingLines.append((lineNumber, fields))
            default:
                problem(.warning, .bratUnsupported, "brat annotation \(id) (kind \(kind)) has no place in an argument graph and is ignored", lineNumber)
            }
        }

        // Relations, attributes and notes may name components defined on later lines.
        for (lineNumber, fields) in pendingLines {
            let id = fields[0]
            let parts = fields.count >= 2 ? fields[1].split(separator: " ") : []
            switch id.first {
            case "R":
                guard parts.count >= 3 else {
                    problem(.error, .bratBadLine, "relation \(id) needs `type Arg1:Tx Arg2:Ty`", lineNumber)
                    continue
                }
                var args: [String: String] = [:]
                for p in parts.dropFirst() {
                    let kv = p.split(separator: ":", maxSplits: 1)
                    if kv.count == 2 { args[String(kv[0])] = String(kv[1]) }
                }
                guard let a1 = args["Arg1"], let a2 = args["Arg2"] else {
                    problem(.error, .bratBadLine, "relation \(id) needs Arg1: and Arg2:", lineNumber)
                    continue
                }
                guard let from = components[a1], let to = components[a2] else {
                    let missing = components[a1] == nil ? a1 : a2
                    problem(.error, .undefinedReference, "relation \(id) names \(missing), which is not annotated", lineNumber)
                    continue
                }
                let type: RelationType
                switch parts[0].lowercased() {
                case "supports", "support": type = .support
                case "attacks", "attack": type = .attack
                default:
                    problem(.warning, .bratUnknownRelation, "relation \(id) has type \(parts[0]), neither supports nor attacks; it is ignored", lineNumber)
                    continue
                }
                builder.addRelation(from: from, to: to, type: type, range: range(lineNumber), data: .object(["id": .string(String(id))]))
            case "A":
                guard parts.count >= 2 else {
                    problem(.error, .bratBadLine, "attribute \(id) needs `Name Target [Value]`", lineNumber)
                    continue
                }
                let name = String(parts[0]), target = String(parts[1])
                guard let node = components[target] else {
                    problem(.error, .undefinedReference, "attribute \(id) names \(target), which is not annotated", lineNumber)
                    continue
                }
                let value: DataValue = parts.count >= 3 ? .string(parts[2...].joined(separator: " ")) : .bool(true)
                let key = name == "Stance" ? "stance" : name
                builder.update(node) {
                    // The attribute's id, so that a brat writer gives it back (`attributeIDs: {Stance: "A1"}`).
                    let ids = ($0.data["attributeIDs"] ?? .empty).setting(name, to: .string(String(id)))
                    $0.data = $0.data.setting(key, to: value).setting("attributeIDs", to: ids)
                }
                if name == "Stance" {
                    stances.append((node, value.stringValue ?? "", range(lineNumber), String(id)))
                }
            default:
                // `#1	AnnotatorNotes T1	text`
                guard parts.count >= 2, let node = components[String(parts[1])] else {
                    problem(.warning, .bratUnsupported, "note \(id) names no annotated component and is ignored", lineNumber)
                    continue
                }
                let note = fields.count >= 3 ? fields[2...].joined(separator: "\t") : ""
                builder.update(node) {
                    var notes = $0.data["notes"]?.arrayValue ?? []
                    notes.append(.string(note))
                    var ids = $0.data["noteIDs"]?.arrayValue ?? []
                    ids.append(.string(String(id)))
                    $0.data = $0.data.setting("notes", to: .array(notes)).setting("noteIDs", to: .array(ids))
                }
            }
        }

        // Stances relate a claim to every major claim, within the limits.
        let stanceRelations = stances.count.multipliedReportingOverflow(by: majorClaims.count)
        if stanceRelations.overflow || stanceRelations.partialValue > limits.allowance(forInputOfSize: lineNumber) {
            let count = stanceRelations.overflow ? Int.max : stanceRelations.partialValue
            diagnostics.append(Diagnostic(
                .error, code: .bratTooLarge,
                limits.refusal(
                    "\(stances.count) stances on \(majorClaims.count) major claims would make \(count) relations",
                    inputSize: lineNumber, unit: "lines"),
                at: stances.first?.range))
            stances.removeAll()
        }
        for s in stances {
            let type: RelationType
            switch s.stance.lowercased() {
            case "for": type = .support
            case "against": type = .attack
            default:
                diagnostics.append(Diagnostic(
                    .warning, code: .bratUnknownStance, "stance \(s.stance) of \(s.id) is neither For nor Against; kept as data only", at: s.range))
                continue
            }
            if majorClaims.isEmpty {
                diagnostics.append(Diagnostic(
                    .warning, code: .bratNoMajorClaim, "\(s.id) gives a stance but the essay has no MajorClaim; kept as data only", at: s.range))
            }
            for m in majorClaims where m != s.claim {
                builder.addRelation(from: s.claim, to: m, type: type, range: s.range, data: .object(["stance": .string(s.stance)]))
            }
        }

        if let text, let firstLine = text.split(separator: "\n", maxSplits: 1).first {
            let title = firstLine.trimmed(" \t\r")
            if !title.isEmpty { builder.metadata = .object(["title": .string(title)]) }
        }
        return ReadResult(graph: builder.build(), diagnostics: diagnostics)
    }

    private static func quoted(_ s: String) -> String {
        "\"" + (s.count > 60 ? String(s.prefix(57)) + "…" : s) + "\""
    }
}

extension Substring {
    /// The substring without leading and trailing characters in `set`.
    fileprivate func trimmed(_ set: String) -> String {
        var s = self
        while let f = s.first, set.contains(f) { s = s.dropFirst() }
        while let l = s.last, set.contains(l) { s = s.dropLast() }
        return String(s)
    }
}
