import ArgumentModel
import Collections

extension ArgmapJSON {
    /// Diagnostic code for text that is not JSON at all.
    public static let syntaxErrorCode = FormatDiagnosticCode.jsonSyntax.rawValue
    /// Diagnostic code for JSON that does not follow the argmap schema (the message names the JSON path).
    public static let schemaErrorCode = FormatDiagnosticCode.argmapJSONSchema.rawValue
    /// Diagnostic code for a missing or unsupported schema version.
    public static let versionErrorCode = FormatDiagnosticCode.argmapJSONVersion.rawValue

    /// Reads argmap JSON text. Never throws or crashes: malformed parts become diagnostics naming their JSON path
    /// (`$.nodes[3].title: ...`) and are left out (a relation or pcs line naming a left-out node is left out too);
    /// the graph holds everything that was readable. Complexity: O(size of the text).
    public static func read(_ text: String, file: String? = nil) -> ReadResult {
        JSONDocumentReader.read(text, file: file) { read(value: $0, file: file) }
    }

    /// Reads an already parsed argmap JSON document (see ``read(_:file:)``).
    public static func read(value: DataValue, file: String? = nil) -> ReadResult {
        var decoder = Decoder(fields: JSONFieldReader(file: file, code: .argmapJSONSchema))
        let graph = decoder.decode(value)
        return ReadResult(graph: graph, diagnostics: decoder.fields.diagnostics)
    }

    private struct Decoder {
        var fields: JSONFieldReader
        var sectionMap: [Int: SectionID] = [:]
        var nodeMap: [Int: NodeID] = [:]
        var nodeKinds: [NodeKind] = []

        mutating func decode(_ value: DataValue) -> ArgumentGraph {
            guard let root = fields.object(value, at: "$") else { return .empty }
            guard let versionValue = root[ArgmapJSON.marker] else {
                fields.diagnostics.append(Diagnostic(
                    .error, code: .argmapJSONVersion,
                    "$: not an argmap JSON document (the \"\(ArgmapJSON.marker)\" version key is missing)",
                    at: fields.file.map { SourceRange(file: $0, at: SourcePosition(line: 1, column: 1, offset: 0)) }))
                return .empty
            }
            guard case .int(let version) = versionValue, version >= 1, version <= ArgmapJSON.schemaVersion else {
                fields.diagnostics.append(Diagnostic(
                    .error, code: .argmapJSONVersion,
                    "$.\(ArgmapJSON.marker): schema version \(JSONDataWriter.writeCompact(versionValue)) is not supported "
                        + "(this argmap reads version 1 to \(ArgmapJSON.schemaVersion))",
                    at: fields.file.map { SourceRange(file: $0, at: SourcePosition(line: 1, column: 1, offset: 0)) }))
                return .empty
            }
            var mode = ModelMode.loose
            if let text = fields.string(root, "mode", at: "$") {
                if let m = ModelMode(rawValue: text) { mode = m } else { fields.error("$.mode", "expected \"loose\" or \"strict\", found \"\(text)\"") }
            }
            let metadata = root["metadata"] ?? .empty
            let sections = decodeSections(root["sections"])
            let nodes = decodeNodes(root["nodes"])
            let relations = decodeRelations(root["relations"], nodes: nodes)
            return ArgumentGraph(nodes: nodes, relations: relations, sections: sections, metadata: metadata, mode: mode)
        }

        mutating func list(_ value: DataValue?, at path: String) -> [DataValue] {
            guard let value, value != .null else { return [] }
            return fields.array(value, at: path) ?? []
        }

        /// Element `n` of the array at `arrayPath` as an object, with its path (`$.nodes[3]`): nil (with an error)
        /// when it is not an object; a warning when its `id` is not `n`.
        mutating func entry(
            _ item: DataValue, _ n: Int, of arrayPath: String
        ) -> (path: String, dict: OrderedDictionary<String, DataValue>)? {
            let path = "\(arrayPath)[\(n)]"
            guard let dict = fields.object(item, at: path) else { return nil }
            if let id = fields.int(dict, "id", at: path), id != n {
                fields.warning("\(path).id", "id \(id) does not match the position \(n); the position is used")
            }
            return (path, dict)
        }

        mutating func range(_ dict: OrderedDictionary<String, DataValue>, at path: String) -> SourceRange? {
            guard let value = dict["range"], value != .null else { return nil }
            let p = "\(path).range"
            guard let r = fields.object(value, at: p) else { return nil }
            let file = fields.string(r, "file", at: p)
            guard let start = position(r["start"], at: "\(p).start"), let end = position(r["end"], at: "\(p).end") else { return nil }
            return SourceRange(file: file, start: start, end: end)
        }

        mutating func position(_ value: DataValue?, at path: String) -> SourcePosition? {
            guard let value else {
                fields.error(path, "missing ([line, column, offset] is required)")
                return nil
            }
            guard case .array(let items) = value, items.count == 3,
                case .int(let line) = items[0], case .int(let column) = items[1], case .int(let offset) = items[2]
            else {
                fields.error(path, "expected [line, column, offset] (three integers)")
                return nil
            }
            return SourcePosition(line: line, column: column, offset: offset)
        }

        mutating func decodeSections(_ value: DataValue?) -> [Section] {
            var out: [Section] = []
            for (n, item) in list(value, at: "$.sections").enumerated() {
                guard let (path, dict) = entry(item, n, of: "$.sections") else { continue }
                guard let title = fields.string(dict, "title", at: path, required: true),
                    let level = fields.int(dict, "level", at: path, required: true)
                else { continue }
                var parent: SectionID?
                if let p = fields.int(dict, "parent", at: path) {
                    if p < n, let mapped = sectionMap[p] {
                        parent = mapped
                    } else {
                        fields.error("\(path).parent", "\(p) is not an earlier section; the section is read without a parent")
                    }
                }
                let id = SectionID(out.count)
                sectionMap[n] = id
                out.append(Section(
                    id: id, title: title, level: level, parent: parent,
                    isGroup: fields.bool(dict, "isGroup", at: path, default: true),
                    tags: fields.strings(dict, "tags", at: path), data: dict["data"] ?? .empty,
                    range: range(dict, at: path)))
            }
            return out
        }

        mutating func decodeNodes(_ value: DataValue?) -> [Node] {
            var out: [Node] = []
            var seen: Set<String> = []
            let items = list(value, at: "$.nodes")
            // First pass: which entries become nodes (pcs lines may name later nodes).
            var accepted: [(Int, OrderedDictionary<String, DataValue>, NodeKind, String)] = []
            for (n, item) in items.enumerated() {
                guard let (path, dict) = entry(item, n, of: "$.nodes") else { continue }
                guard let kindText = fields.string(dict, "kind", at: path, required: true),
                    let title = fields.string(dict, "title", at: path, required: true)
                else { continue }
                guard let kind = NodeKind(rawValue: kindText) else {
                    fields.error("\(path).kind", "expected \"statement\" or \"argument\", found \"\(kindText)\"")
                    continue
                }
                let key = "\(kind.rawValue)\u{0}\(title)"
                guard seen.insert(key).inserted else {
                    fields.error("\(path).title", "a second \(kind.rawValue) titled \"\(title)\"; it is left out")
                    continue
                }
                nodeMap[n] = NodeID(accepted.count)
                nodeKinds.append(kind)
                accepted.append((n, dict, kind, title))
            }
            for (n, dict, kind, title) in accepted {
                let path = "$.nodes[\(n)]"
                var section: SectionID?
                if let s = fields.int(dict, "section", at: path) {
                    if let mapped = sectionMap[s] { section = mapped } else { fields.error("\(path).section", "no section \(s)") }
                }
                var pcs: PremiseConclusionStructure?
                if let pcsValue = dict["pcs"], pcsValue != .null, let steps = fields.array(pcsValue, at: "\(path).pcs") {
                    pcs = PremiseConclusionStructure(steps: steps.enumerated().compactMap { decodeStep($1, at: "\(path).pcs[\($0)]") })
                }
                let occurrences = list(dict["occurrences"], at: "\(path).occurrences").enumerated().compactMap {
                    decodeOccurrence($1, at: "\(path).occurrences[\($0)]")
                }
                let text = fields.string(dict, "text", at: path)
                out.append(Node(
                    id: NodeID(out.count), kind: kind, title: title, text: text,
                    isUntitled: fields.bool(dict, "isUntitled", at: path, default: false),
                    tags: fields.strings(dict, "tags", at: path), data: dict["data"] ?? .empty, section: section,
                    pcs: pcs, occurrences: occurrences,
                    ranges: ArgdownJSONRanges.read(dict["ranges"], text: text, fields: &fields, at: "\(path).ranges")))
            }
            return out
        }

        mutating func decodeStep(_ value: DataValue, at path: String) -> PCSStep? {
            guard let dict = fields.object(value, at: path) else { return nil }
            switch fields.string(dict, "step", at: path, required: true) {
            case "statement":
                guard let number = fields.int(dict, "number", at: path, required: true),
                    let node = fields.int(dict, "node", at: path, required: true),
                    let roleText = fields.string(dict, "role", at: path, required: true)
                else { return nil }
                guard let role = PCSRole(rawValue: roleText) else {
                    fields.error("\(path).role", "expected \"premise\", \"intermediaryConclusion\" or \"mainConclusion\"")
                    return nil
                }
                guard let mapped = nodeMap[node] else {
                    fields.error("\(path).node", "no node \(node); the line is left out")
                    return nil
                }
                guard nodeKinds[mapped.index] == .statement else {
                    fields.error("\(path).node", "node \(node) is an argument; a pcs line holds a statement, so it is left out")
                    return nil
                }
                return .statement(PCSStatement(number: number, statement: mapped, role: role, range: range(dict, at: path)))
            case "inference":
                return .inference(Inference(
                    rules: fields.strings(dict, "rules", at: path), data: dict["data"] ?? .empty, range: range(dict, at: path)))
            case nil:
                return nil
            case let other?:
                fields.error("\(path).step", "expected \"statement\" or \"inference\", found \"\(other)\"")
                return nil
            }
        }

        mutating func decodeOccurrence(_ value: DataValue, at path: String) -> Occurrence? {
            guard let dict = fields.object(value, at: path),
                let roleText = fields.string(dict, "role", at: path, required: true)
            else { return nil }
            guard let role = OccurrenceRole(rawValue: roleText) else {
                fields.error("\(path).role", "unknown occurrence role \"\(roleText)\"")
                return nil
            }
            var context: OccurrenceContext?
            if let contextText = fields.string(dict, "context", at: path) {
                context = OccurrenceContext(rawValue: contextText)
                if context == nil { fields.warning("\(path).context", "unknown occurrence context \"\(contextText)\"") }
            }
            let text = fields.string(dict, "text", at: path)
            return Occurrence(
                role: role, text: text, range: range(dict, at: path),
                tags: fields.strings(dict, "tags", at: path), data: dict["data"] ?? .empty, context: context,
                ranges: ArgdownJSONRanges.read(dict["ranges"], text: text, fields: &fields, at: "\(path).ranges"))
        }

        mutating func decodeRelations(_ value: DataValue?, nodes: [Node]) -> [Relation] {
            var out: [Relation] = []
            for (n, item) in list(value, at: "$.relations").enumerated() {
                guard let (path, dict) = entry(item, n, of: "$.relations") else { continue }
                guard let from = fields.int(dict, "from", at: path, required: true),
                    let to = fields.int(dict, "to", at: path, required: true),
                    let typeText = fields.string(dict, "type", at: path, required: true)
                else { continue }
                guard let type = RelationType(rawValue: typeText) else {
                    let known = RelationType.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")
                    fields.error("\(path).type", "unknown relation type \"\(typeText)\" (expected one of \(known))")
                    continue
                }
                guard let source = nodeMap[from] else {
                    fields.error("\(path).from", "no node \(from); the relation is left out")
                    continue
                }
                guard let target = nodeMap[to] else {
                    fields.error("\(path).to", "no node \(to); the relation is left out")
                    continue
                }
                var inference = fields.int(dict, "inference", at: path)
                if let i = inference, i < 0 || i >= (nodes[target.index].pcs?.inferences.count ?? 0) {
                    fields.error("\(path).inference", "node \(to) has no inference \(i); the relation aims at its last inference")
                    inference = nil
                }
                out.append(Relation(
                    id: RelationID(out.count), from: source, to: target, type: type,
                    inference: inference,
                    isDerived: fields.bool(dict, "isDerived", at: path, default: false),
                    range: range(dict, at: path), data: dict["data"] ?? .empty))
            }
            return out
        }
    }
}
