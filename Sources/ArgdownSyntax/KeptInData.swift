import ArgumentModel
import Foundation

/// What argmap's Argdown printer keeps in data blocks because Argdown's syntax cannot say it, and how the reader
/// turns it back into the model (docs/formats.md, "Argdown: what is kept in data"). Argdown itself reads these keys
/// as ordinary data.
///
/// - `exactText`: a text whose line breaks, tabs or repeated or outer blanks Argdown would fold
///   (`[1]: Two spaces {exactText: "Two  spaces"}`). The reader uses it as the node's text when folding it gives
///   the text read, and the node has no inline formatting.
/// - `pcsPremises`: the premises of a reconstruction without a conclusion (a microtext argument whose conclusion is
///   an attack), which Argdown cannot write as a pcs: `<c1> {pcsPremises: ["[a1]"]}`. The reader gives the argument
///   those premises and an inference.
/// - `relationData`: relations with data of their own (an AIF S-node's `nodeID`, scheme, timestamp) and parallel
///   relations (a second relation of one type between the same nodes), written on the source:
///   `[1] {relationData: [{type: attack, to: "[2]", data: {nodeID: "3"}}]}`. The reader gives the n-th record of a
///   (type, target) the data of the n-th such relation, adding a parallel relation when the map lists fewer.
public enum KeptInData {
    /// The data key of a text's unfolded form.
    public static let exactTextKey = "exactText"
    /// The data key of relation records.
    public static let relationDataKey = "relationData"
    /// The data key of the premises of a reconstruction without a conclusion.
    public static let pcsPremisesKey = "pcsPremises"
    /// The data key of the titles a node rephrases (the reader turns them into rephrase relations).
    static let rephrasesKey = "rephrases"

    /// Whether `data` is an object with a key the reader takes out of a node's data (``exactTextKey``,
    /// ``relationDataKey``, ``pcsPremisesKey``, ``rephrasesKey``): when not, taking them changes nothing, and the
    /// reader skips the lookups (most data blocks have none of them). O(keys).
    static func holdsKeptKey(_ data: DataValue) -> Bool {
        guard case .object(let dict) = data else { return false }
        for key in dict.keys {
            // A key of another length is none of them (9, 12, 11 and 9 bytes), so most keys are ruled out by that.
            let n = key.utf8.count
            if (n == 9 || n == 11 || n == 12)
                && (key == exactTextKey || key == relationDataKey || key == pcsPremisesKey || key == rephrasesKey) {
                return true
            }
        }
        return false
    }

    /// Takes `pcsPremises` out of `data` and returns the reconstruction it stands for (the premises, numbered, then an
    /// inference); nil when the key is missing or names no node. O(premises).
    static func takePremises(from data: inout DataValue, in builder: GraphBuilder) -> PremiseConclusionStructure? {
        guard case .object(var dict) = data, let list = dict[pcsPremisesKey]?.arrayValue else { return nil }
        let premises = list.compactMap { $0.stringValue.flatMap { node(referencedBy: $0, in: builder) } }
        guard !premises.isEmpty else { return nil }
        dict[pcsPremisesKey] = nil
        data = .object(dict)
        var steps = premises.enumerated().map { PCSStep.statement(PCSStatement(number: $0.offset + 1, statement: $0.element, role: .premise)) }
        steps.append(.inference(Inference()))
        return PremiseConclusionStructure(steps: steps)
    }

    /// Whether Argdown would change `text`'s blanks: a line break, a tab, two blanks in a row, or a blank at an
    /// end. O(length).
    public static func foldsWhitespace(_ text: String) -> Bool {
        var previousBlank = true
        for byte in text.utf8 {
            if byte == 0x0A || byte == 0x0D || byte == 0x09 { return true }
            let blank = byte == 0x20
            if blank && previousBlank { return true }
            previousBlank = blank
        }
        return previousBlank && !text.isEmpty
    }

    /// `text` with its blanks folded as the reader folds them: runs of spaces, tabs and line breaks become one space,
    /// outer ones go. O(length).
    static func folded(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
            .joined(separator: " ")
    }

    /// The node a bracketed title written in data names: `"[Title]"` a statement, `"<Title>"` an argument, a bare
    /// title a statement. O(title length).
    static func node(referencedBy written: String, in builder: GraphBuilder) -> NodeID? {
        var title = Substring(written.trimmingCharacters(in: .whitespaces))
        var kind = NodeKind.statement
        if title.hasPrefix("["), title.hasSuffix("]"), title.count >= 2 {
            title = title.dropFirst().dropLast()
        } else if title.hasPrefix("<"), title.hasSuffix(">"), title.count >= 2 {
            title = title.dropFirst().dropLast()
            kind = .argument
        }
        return builder.node(kind, titled: String(title))
    }

    /// Takes `exactText` out of `data` and returns it when it folds to `text`; otherwise `data` keeps the key (the
    /// text was edited since it was printed) and nil is returned. O(length of the texts).
    static func takeExactText(from data: inout DataValue, text: String?) -> String? {
        // A text of blanks only is read as no text.
        guard case .object(var dict) = data, let exact = dict[exactTextKey]?.stringValue,
              folded(exact) == (text ?? "") else { return nil }
        dict[exactTextKey] = nil
        data = .object(dict)
        return exact
    }
}

/// One `relationData` record read from a node's data: a relation the reader must find (or add) and give data.
struct RelationRecord {
    var from: NodeID
    var to: NodeID
    var type: RelationType
    var inference: Int?
    var data: DataValue
    var range: SourceRange?

    /// Takes the `relationData` records out of `data` (the data of node `from`). A record naming a title no node
    /// has, or an unknown type, is an `undefined-reference` / `invalid-data` warning. O(records).
    static func take(
        from data: inout DataValue, of from: NodeID, in builder: GraphBuilder, range: SourceRange?,
        diagnostics: inout [Diagnostic]
    ) -> [RelationRecord] {
        guard case .object(var dict) = data, let value = dict[KeptInData.relationDataKey] else { return [] }
        guard let entries = value.arrayValue else { return [] }
        dict[KeptInData.relationDataKey] = nil
        data = .object(dict)
        var out: [RelationRecord] = []
        for entry in entries {
            guard let written = entry["to"]?.stringValue, let typeName = entry["type"]?.stringValue,
                  let type = RelationType(rawValue: typeName)
            else {
                diagnostics.append(Diagnostic(
                    .warning, code: .invalidData,
                    "a relationData record of \(builder[from].bracketedTitle) needs a `to` title and a relation `type`; it is ignored",
                    at: range))
                continue
            }
            guard let target = KeptInData.node(referencedBy: written, in: builder) else {
                diagnostics.append(Diagnostic(
                    .warning, code: .undefinedReference,
                    "\(builder[from].bracketedTitle) has relation data for \(written), which this map does not define; it is dropped",
                    at: range))
                continue
            }
            out.append(RelationRecord(
                from: from, to: target, type: type, inference: entry["inference"]?.intValue,
                data: entry["data"] ?? .empty, range: range))
        }
        return out
    }

    /// Gives each record's data to the matching relation of `builder` (the n-th record of a source, target and type
    /// to the n-th such relation; a record naming an inference only to a relation on that inference), adding a
    /// parallel relation for a record without one. O(relations + records), plus the relations of one source,
    /// target and type scanned for each record that names an inference.
    static func apply(_ records: [RelationRecord], to builder: inout GraphBuilder) {
        guard !records.isEmpty else { return }
        struct Key: Hashable { var from: Int, to: Int, type: RelationType }
        var candidates: [Key: [RelationID]] = [:]
        for r in builder.relations where !r.isDerived {
            candidates[Key(from: r.from.index, to: r.to.index, type: r.type), default: []].append(r.id)
        }
        var claimed = Set<RelationID>()
        var cursor: [Key: Int] = [:]
        for record in records {
            let key = Key(from: record.from.index, to: record.to.index, type: record.type)
            let list = candidates[key] ?? []
            var match: RelationID?
            if let inference = record.inference {
                match = list.first { !claimed.contains($0) && builder.relations[$0.index].inference == inference }
            } else {
                var k = cursor[key, default: 0]
                while k < list.count, claimed.contains(list[k]) { k += 1 }
                cursor[key] = k
                if k < list.count { match = list[k] }
            }
            if let match {
                claimed.insert(match)
                builder.updateRelation(match) { $0.data = record.data }
            } else {
                builder.addRelation(
                    from: record.from, to: record.to, type: record.type, inference: record.inference, range: record.range,
                    data: record.data, mergingDuplicates: false)
            }
        }
    }
}
