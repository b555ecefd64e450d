import ArgumentModel
import Collections

extension ArgdownJSON {
    /// The graph as Argdown JSON text (deterministic: nodes in id order, relations in source order, fixed key
    /// order, two-space indentation, final line break). Complexity: O(size of the graph).
    ///
    /// The text is the same as ``JSONDataWriter/write(_:)`` of ``document(_:)``, but written straight from the graph
    /// (`Stream`): no node, member or relation becomes a `DataValue`, so the document never exists as a value.
    public static func write(_ graph: ArgumentGraph) -> String {
        var out = JSONBytes()
        write(graph, to: &out)
        return out.string
    }

    /// The text of ``write(_:)`` handed to `sink` in chunks of about 64 KiB (each ends between characters), for
    /// writing a big document to a file without holding it in memory. Complexity: O(size of the graph).
    public static func write(_ graph: ArgumentGraph, sink: @escaping (ArraySlice<UInt8>) -> Void) {
        var out = JSONBytes(sink: sink)
        write(graph, to: &out)
        out.flush()
    }

    private static func write(_ graph: ArgumentGraph, to out: inout JSONBytes) {
        // Two nodes of one kind with one title (possible in graphs built in code) collapse into one entry of the
        // document; only the document path reproduces that. The graph's title index knows whether there are any
        // (looking every title up again was 4 % of the export).
        if !graph.hasUniqueTitles {
            JSONDataWriter.append(document(graph), indent: 0, to: &out)
            out.write("\n")
            return
        }
        Stream(graph).write(to: &out)
    }

    /// What the document's parts share: each relation's value (built once, used by both ends and the list), the
    /// relations touching each node, and how statements are used in premise-conclusion structures.
    private struct DocumentParts {
        var relations: [DataValue]
        var touching: [NodeID: [DataValue]] = [:]
        var uses: PCSUses

        init(_ graph: ArgumentGraph) {
            let listed = graph.listedRelations
            relations = listed.map { relation($0, in: graph) }
            for (r, value) in zip(listed, relations) {
                touching[r.from, default: []].append(value)
                if r.to != r.from && !isInferenceTarget(r, in: graph) { touching[r.to, default: []].append(value) }
            }
            uses = pcsUses(graph)
        }

        /// The value of `node` under `arguments` or `statements`.
        func value(of node: Node, in graph: ArgumentGraph) -> DataValue {
            let relations = touching[node.id] ?? []
            switch node.kind {
            case .argument: return argument(node, relations: relations, in: graph)
            case .statement: return statement(node, relations: relations, uses: uses[node.id], in: graph)
            }
        }
    }

    /// The graph as an Argdown JSON value (the document ``write(_:)`` prints).
    public static func document(_ graph: ArgumentGraph) -> DataValue {
        let parts = DocumentParts(graph)
        var arguments = OrderedDictionary<String, DataValue>()
        var statements = OrderedDictionary<String, DataValue>()
        for node in graph.nodes {
            switch node.kind {
            case .argument: arguments[node.title] = parts.value(of: node, in: graph)
            case .statement: statements[node.title] = parts.value(of: node, in: graph)
            }
        }
        var root = OrderedDictionary<String, DataValue>()
        root["arguments"] = .object(arguments)
        root["statements"] = .object(statements)
        root["relations"] = .array(parts.relations)
        root["sections"] = sections(graph)
        root["tags"] = tags(graph)
        return .object(root)
    }

    /// Whether `r` is an undercut of a reconstructed argument, which Argdown aims at the argument's inference.
    static func isInferenceTarget(_ r: Relation, in graph: ArgumentGraph) -> Bool {
        r.type == .undercut && graph[r.to].kind == .argument && graph[r.to].pcs != nil
    }

    /// Room reserved in each node's, member's and relation's dictionary (at most 12 keys; below the size at which
    /// an `OrderedDictionary` hashes), so building one does not reallocate as it grows.
    static let entryCapacity = 12

    static func typeName(_ node: Node) -> String {
        node.kind == .statement ? statementType : argumentType
    }

    static func relation(_ r: Relation, in graph: ArgumentGraph) -> DataValue {
        var dict = OrderedDictionary<String, DataValue>(minimumCapacity: Self.entryCapacity)
        dict["type"] = .string("relation")
        dict["relationType"] = .string(r.type.rawValue)
        dict["from"] = .string(graph[r.from].title)
        dict["fromType"] = .string(typeName(graph[r.from]))
        dict["to"] = .string(graph[r.to].title)
        dict["toType"] = .string(isInferenceTarget(r, in: graph) ? inferenceType : typeName(graph[r.to]))
        if let index = conclusionIndex(of: r, in: graph) { dict["conclusionIndex"] = .int(index) }
        return .object(dict)
    }

    static func sectionID(_ id: SectionID) -> String { "s\(id.index + 1)" }

    private static func addCommon(_ node: Node, to dict: inout OrderedDictionary<String, DataValue>) {
        if !node.tags.isEmpty { dict["tags"] = .array(node.tags.map(DataValue.string)) }
        if !node.data.isEmpty { dict["data"] = node.data }
        if let section = node.section { dict["section"] = .string(sectionID(section)) }
    }

    /// Members: one per occurrence (references marked `isReference`); a node with text but no occurrence that
    /// carries text (built in code, not read) gets one member holding its text. A member's `role` is `role` when
    /// given, else Argdown's role of its occurrence (pcs members, matched to their pcs lines by `pcsUses`, also
    /// name their `argumentTitle`).
    private static func members(_ node: Node, role: String?, pcsUses: PCSPairs = PCSPairs(), in graph: ArgumentGraph) -> [DataValue] {
        var out: [DataValue] = []
        for (n, occurrence) in node.occurrences.enumerated() where occurrence.role != .pcsMember || node.kind == .statement {
            var m = OrderedDictionary<String, DataValue>(minimumCapacity: Self.entryCapacity)
            m["type"] = .string("statement")
            if let role = role ?? memberRole(occurrence, use: pcsUses[n]) { m["role"] = .string(role) }
            m["title"] = .string(node.title)
            if let use = pcsUses[n] { m["argumentTitle"] = .string(graph[use.argument].title) }
            if let text = occurrence.text {
                m["text"] = .string(text)
                if let ranges = ArgdownJSONRanges.write(occurrence.ranges, in: text) { m["ranges"] = ranges }
            }
            if occurrence.role == .reference || occurrence.text == nil { m["isReference"] = .bool(true) }
            if !occurrence.tags.isEmpty { m["tags"] = .array(occurrence.tags.map(DataValue.string)) }
            if !occurrence.data.isEmpty { m["data"] = occurrence.data }
            out.append(.object(m))
        }
        if let text = node.text, !node.occurrences.contains(where: { $0.text != nil }) {
            var m = OrderedDictionary<String, DataValue>(minimumCapacity: Self.entryCapacity)
            m["type"] = .string("statement")
            if let role { m["role"] = .string(role) }
            m["title"] = .string(node.title)
            m["text"] = .string(text)
            if let ranges = ArgdownJSONRanges.write(node.ranges, in: text) { m["ranges"] = ranges }
            out.append(.object(m))
        }
        return out
    }

    static func statement(_ node: Node, relations: [DataValue], uses: ArraySlice<PCSUse>, in graph: ArgumentGraph) -> DataValue {
        var dict = OrderedDictionary<String, DataValue>(minimumCapacity: Self.entryCapacity)
        dict["type"] = .string(statementType)
        dict["title"] = .string(node.title)
        dict["members"] = .array(members(node, role: nil, pcsUses: matchPCSUses(node.occurrences, uses: uses), in: graph))
        addCommon(node, to: &dict)
        let usage = Set(uses.map(\.role))
        if usage.contains(.premise) { dict["isUsedAsPremise"] = .bool(true) }
        if usage.contains(.mainConclusion) { dict["isUsedAsMainConclusion"] = .bool(true) }
        if usage.contains(.intermediaryConclusion) { dict["isUsedAsIntermediaryConclusion"] = .bool(true) }
        for (key, value) in usageFlags(node) { dict[key] = .bool(value) }
        dict["relations"] = .array(relations)
        return .object(dict)
    }

    static func argument(_ node: Node, relations: [DataValue], in graph: ArgumentGraph) -> DataValue {
        var dict = OrderedDictionary<String, DataValue>(minimumCapacity: Self.entryCapacity)
        dict["type"] = .string(argumentType)
        dict["title"] = .string(node.title)
        dict["members"] = .array(members(node, role: descriptionRole, in: graph))
        dict["pcs"] = .array(pcs(node, in: graph))
        addCommon(node, to: &dict)
        dict["relations"] = .array(relations)
        return .object(dict)
    }

    /// Argdown keeps an inference inside the conclusion that follows it (`inference` of that pcs statement).
    static func pcs(_ node: Node, in graph: ArgumentGraph) -> [DataValue] {
        guard let steps = node.pcs?.steps else { return [] }
        var out: [DataValue] = []
        var pending: Inference?
        for step in steps {
            switch step {
            case .inference(let inference):
                pending = inference
            case .statement(let s):
                let target = graph[s.statement]
                var m = OrderedDictionary<String, DataValue>(minimumCapacity: Self.entryCapacity)
                m["type"] = .string("statement")
                m["role"] = .string(roleName(s.role))
                m["title"] = .string(target.title)
                if let text = target.text {
                    m["text"] = .string(text)
                    if let ranges = ArgdownJSONRanges.write(target.ranges, in: text) { m["ranges"] = ranges }
                }
                m["number"] = .int(s.number)
                m["argumentTitle"] = .string(node.title)
                if let inference = pending {
                    var i = OrderedDictionary<String, DataValue>()
                    i["type"] = .string("inference")
                    i["inferenceRules"] = .array(inference.rules.map(DataValue.string))
                    if !inference.data.isEmpty { i["data"] = inference.data }
                    i["argumentTitle"] = .string(node.title)
                    i["conclusionIndex"] = .int(out.count)
                    m["inference"] = .object(i)
                    pending = nil
                }
                out.append(.object(m))
            }
        }
        return out
    }

    /// The top-level sections with their children.
    static func sections(_ graph: ArgumentGraph) -> DataValue {
        var children: [SectionID?: [Section]] = [:]
        for s in graph.sections { children[s.parent, default: []].append(s) }
        return .array((children[nil] ?? []).map { section($0, children: children) })
    }

    static func section(_ s: Section, children: [SectionID?: [Section]]) -> DataValue {
        var dict = OrderedDictionary<String, DataValue>()
        dict["type"] = .string("section")
        dict["id"] = .string(sectionID(s.id))
        dict["level"] = .int(s.level)
        dict["title"] = .string(s.title)
        if !s.tags.isEmpty { dict["tags"] = .array(s.tags.map(DataValue.string)) }
        if !s.data.isEmpty { dict["data"] = s.data }
        dict["isGroup"] = .bool(s.isGroup)
        if let parent = s.parent { dict["parent"] = .string(sectionID(parent)) }
        dict["children"] = .array((children[s.id] ?? []).map { section($0, children: children) })
        return .object(dict)
    }

    /// Every tag in first-use order (sections, then nodes in id order), as Argdown's tag dictionary.
    static func tags(_ graph: ArgumentGraph) -> DataValue {
        var seen = OrderedSet<String>()
        for s in graph.sections { for t in s.tags { seen.append(t) } }
        let nodes = graph.nodes
        for k in nodes.indices { for t in nodes[k].tags { seen.append(t) } }  // by index: no node copied
        var dict = OrderedDictionary<String, DataValue>()
        for (n, tag) in seen.enumerated() {
            dict[tag] = .object(["tag": .string(tag), "occurrenceIndex": .int(n)])
        }
        return .object(dict)
    }
}
