import ArgumentModel
import Collections

extension ArgdownJSON {
    /// Diagnostic code for JSON that does not have Argdown's export shape (the message names the JSON path).
    public static let schemaErrorCode = FormatDiagnosticCode.argdownJSONSchema.rawValue

    /// Reads Argdown JSON (as written by Argdown 1.7 or by ``write(_:)``) into a graph: equivalence classes become
    /// statements (members become occurrences; the canonical text is the last non-reference member's, or the one
    /// whose data says `isCanonical: true`), arguments keep their descriptions and pcs (an `inference` stored in a
    /// conclusion becomes the inference line before it), listed relations are added (an undercut aimed at an
    /// inference becomes an undercut of that inference, named by `conclusionIndex`), member roles become pcs,
    /// top-level or relation occurrences, sections are rebuilt from the section tree, and implicit relations are
    /// derived as after reading Argdown. Documents with `entails` or `contrary` relations are read in
    /// strict mode. Never crashes: problems become diagnostics naming the JSON path. Complexity: O(size of text).
    public static func read(_ text: String, file: String? = nil) -> ReadResult {
        JSONDocumentReader.read(text, file: file) { read(value: $0, file: file) }
    }

    /// Reads an already parsed Argdown JSON document (see ``read(_:file:)``).
    public static func read(value: DataValue, file: String? = nil) -> ReadResult {
        var decoder = Decoder(fields: JSONFieldReader(file: file, code: .argdownJSONSchema))
        decoder.decode(value)
        return ReadResult(graph: decoder.builder.build(), diagnostics: decoder.fields.diagnostics)
    }

    private struct Decoder {
        var fields: JSONFieldReader
        var builder = GraphBuilder()
        var sectionIDs: [String: SectionID] = [:]

        mutating func decode(_ value: DataValue) {
            guard let root = fields.object(value, at: "$") else { return }
            if root["statements"] == nil && root["arguments"] == nil {
                fields.error("$", "not an Argdown JSON document (neither \"statements\" nor \"arguments\" is present)")
                return
            }
            if let sections = root["sections"], sections != .null, let list = fields.array(sections, at: "$.sections") {
                for (n, item) in list.enumerated() { decodeSection(item, parent: nil, at: "$.sections[\(n)]") }
            }
            if let statements = root["statements"], statements != .null, let dict = fields.object(statements, at: "$.statements") {
                for (title, item) in dict { decodeNode(.statement, title: title, item, at: "$.statements[\(quoted(title))]") }
            }
            if let arguments = root["arguments"], arguments != .null, let dict = fields.object(arguments, at: "$.arguments") {
                for (title, item) in dict { decodeNode(.argument, title: title, item, at: "$.arguments[\(quoted(title))]") }
            }
            if let relations = root["relations"], relations != .null, let list = fields.array(relations, at: "$.relations") {
                for (n, item) in list.enumerated() { decodeRelation(item, at: "$.relations[\(n)]") }
            }
        }

        func quoted(_ s: String) -> String { JSONDataWriter.writeCompact(.string(s)) }

        mutating func decodeSection(_ value: DataValue, parent: SectionID?, at path: String) {
            guard let dict = fields.object(value, at: path),
                let title = fields.string(dict, "title", at: path, required: true)
            else { return }
            let level = fields.int(dict, "level", at: path) ?? (parent.map { builder.sections[$0.index].level + 1 } ?? 1)
            let id = builder.addSection(
                title: title, level: level, parent: parent, isGroup: fields.bool(dict, "isGroup", at: path, default: true),
                tags: fields.strings(dict, "tags", at: path), data: dict["data"] ?? .empty)
            if let key = fields.string(dict, "id", at: path) { sectionIDs[key] = id }
            if let children = dict["children"], children != .null, let list = fields.array(children, at: "\(path).children") {
                for (n, child) in list.enumerated() { decodeSection(child, parent: id, at: "\(path).children[\(n)]") }
            }
        }

        static func looksUntitled(_ title: String) -> Bool {
            guard title.hasPrefix("Untitled ") else { return false }
            let digits = title.dropFirst("Untitled ".count)
            return !digits.isEmpty && digits.allSatisfy(\.isASCII) && digits.allSatisfy(\.isNumber)
        }

        mutating func decodeNode(_ kind: NodeKind, title: String, _ value: DataValue, at path: String) {
            guard let dict = fields.object(value, at: path) else { return }
            let id = builder.node(kind, title: title, isUntitled: Self.looksUntitled(title))
            var occurrences: [Occurrence] = []
            var canonical: (text: String, ranges: [TextRange])?
            var lastText: (text: String, ranges: [TextRange])?
            if let members = dict["members"], members != .null, let list = fields.array(members, at: "\(path).members") {
                for (n, item) in list.enumerated() {
                    let p = "\(path).members[\(n)]"
                    guard let m = fields.object(item, at: p) else { continue }
                    let text = fields.string(m, "text", at: p)
                    let isReference = fields.bool(m, "isReference", at: p, default: text == nil)
                    let data = m["data"] ?? .empty
                    let memberRole = ArgdownJSON.occurrence(role: fields.string(m, "role", at: p))
                    let role: OccurrenceRole = memberRole.isPCSMember && kind == .statement ? .pcsMember
                        : isReference ? .reference : (Self.looksUntitled(title) ? .untitled : .definition)
                    let ranges = ArgdownJSONRanges.read(m["ranges"], text: isReference ? nil : text, fields: &fields, at: "\(p).ranges")
                    occurrences.append(Occurrence(
                        role: role, text: isReference ? nil : text, tags: fields.strings(m, "tags", at: p), data: data,
                        context: memberRole.context, ranges: ranges))
                    if !isReference, let text {
                        lastText = (text, ranges)
                        if data["isCanonical"]?.boolValue == true { canonical = (text, ranges) }
                    }
                }
            }
            var tags: [String]
            if dict["tags"] != nil {
                tags = fields.strings(dict, "tags", at: path)
            } else {
                var seen = OrderedSet<String>()
                for o in occurrences { for t in o.tags { seen.append(t) } }
                tags = Array(seen)
            }
            var data = DataValue.empty
            if let d = dict["data"] {
                data = d
            } else {
                for o in occurrences { data = data.merging(o.data) }
            }
            var section: SectionID?
            if let key = fields.string(dict, "section", at: path) {
                if let s = sectionIDs[key] { section = s } else { fields.warning("\(path).section", "no section with id \"\(key)\"") }
            }
            var pcs: PremiseConclusionStructure?
            if kind == .argument, let pcsValue = dict["pcs"], pcsValue != .null, let list = fields.array(pcsValue, at: "\(path).pcs"),
                !list.isEmpty
            {
                pcs = decodePCS(list, at: "\(path).pcs")
            }
            let text = canonical ?? lastText
            builder.update(id) { node in
                node.text = text?.text
                node.ranges = text?.ranges ?? []
                node.tags = tags
                node.data = data
                node.section = section
                node.occurrences = occurrences
                if kind == .argument { node.pcs = pcs }
            }
        }

        mutating func decodePCS(_ list: [DataValue], at path: String) -> PremiseConclusionStructure {
            var steps: [PCSStep] = []
            for (n, item) in list.enumerated() {
                let p = "\(path)[\(n)]"
                guard let m = fields.object(item, at: p),
                    let title = fields.string(m, "title", at: p, required: true)
                else { continue }
                let isLast = n == list.count - 1
                var role: PCSRole = isLast ? .mainConclusion : .premise
                if let roleName = fields.string(m, "role", at: p) {
                    if let r = ArgdownJSON.role(named: roleName) {
                        role = r
                    } else {
                        fields.warning("\(p).role", "unknown role \"\(roleName)\"")
                    }
                }
                if let inferenceValue = m["inference"], inferenceValue != .null, let i = fields.object(inferenceValue, at: "\(p).inference") {
                    let rules = fields.strings(i, "inferenceRules", at: "\(p).inference")
                    steps.append(.inference(Inference(rules: rules, data: i["data"] ?? .empty)))
                } else if role != .premise {
                    steps.append(.inference(Inference()))
                }
                let statement = builder.node(.statement, title: title, isUntitled: Self.looksUntitled(title))
                if builder[statement].text == nil, let text = fields.string(m, "text", at: p) {
                    let ranges = ArgdownJSONRanges.read(m["ranges"], text: text, fields: &fields, at: "\(p).ranges")
                    builder.update(statement) {
                        $0.text = text
                        $0.ranges = ranges
                    }
                }
                let number = fields.int(m, "number", at: p) ?? (n + 1)
                steps.append(.statement(PCSStatement(number: number, statement: statement, role: role)))
            }
            return PremiseConclusionStructure(steps: steps)
        }

        mutating func endpoint(_ dict: OrderedDictionary<String, DataValue>, _ key: String, at path: String) -> (NodeID, Bool)? {
            guard let title = fields.string(dict, key, at: path, required: true) else { return nil }
            let typeName = fields.string(dict, key + "Type", at: path) ?? ArgdownJSON.statementType
            let kind: NodeKind
            var isInference = false
            switch typeName {
            case ArgdownJSON.statementType, "statement": kind = .statement
            case ArgdownJSON.argumentType: kind = .argument
            case ArgdownJSON.inferenceType:
                kind = .argument
                isInference = true
            default:
                fields.error("\(path).\(key)Type", "expected \"equivalence-class\", \"argument\" or \"inference\", found \"\(typeName)\"")
                return nil
            }
            if let existing = builder.node(kind, titled: title) { return (existing, isInference) }
            fields.warning("\(path).\(key)", "\(kind.rawValue) \"\(title)\" is not listed; it is added without text")
            return (builder.node(kind, title: title, isUntitled: Self.looksUntitled(title)), isInference)
        }

        mutating func decodeRelation(_ value: DataValue, at path: String) {
            guard let dict = fields.object(value, at: path),
                let typeName = fields.string(dict, "relationType", at: path, required: true)
            else { return }
            guard let type = RelationType(rawValue: typeName) else {
                fields.error("\(path).relationType", "unknown relation type \"\(typeName)\"")
                return
            }
            guard let (from, _) = endpoint(dict, "from", at: path), let (to, _) = endpoint(dict, "to", at: path) else { return }
            if type == .entails || type == .contrary { builder.mode = .strict }
            builder.addRelation(from: from, to: to, type: type, inference: inference(dict, of: to, at: path))
        }

        /// The undercut inference: Argdown's `conclusionIndex` (the pcs index of the conclusion the inference leads
        /// to), else argmap's older `inferenceIndex`.
        mutating func inference(_ dict: OrderedDictionary<String, DataValue>, of argument: NodeID, at path: String) -> Int? {
            if let conclusion = fields.int(dict, "conclusionIndex", at: path), let pcs = builder[argument].pcs {
                if let index = ArgdownJSON.inferenceIndex(ofConclusion: conclusion, in: pcs) { return index }
                fields.warning("\(path).conclusionIndex", "no inference leads to statement \(conclusion) of the pcs; the last inference is meant")
                return pcs.inferences.isEmpty ? nil : pcs.inferences.count - 1
            }
            return fields.int(dict, "inferenceIndex", at: path)
        }
    }
}
