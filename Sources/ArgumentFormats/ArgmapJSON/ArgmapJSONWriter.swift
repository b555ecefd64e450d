import ArgumentModel
import Collections

extension ArgmapJSON {
    /// The graph as argmap JSON text (deterministic: fixed key order, elements in id order, final line break).
    /// Complexity: O(size of the graph).
    public static func write(_ graph: ArgumentGraph) -> String {
        JSONDataWriter.write(document(graph))
    }

    /// The graph as a JSON value (the same document ``write(_:)`` prints).
    public static func document(_ graph: ArgumentGraph) -> DataValue {
        var root = OrderedDictionary<String, DataValue>()
        root[marker] = .int(schemaVersion)
        root["mode"] = .string(graph.mode.rawValue)
        if graph.metadata != .empty { root["metadata"] = graph.metadata }
        root["sections"] = .array(graph.sections.map(encode))
        root["nodes"] = .array(graph.nodes.map(encode))
        // The map's connections (``MapConnections``) are written too, for readers that draw or walk the map: every
        // relation not marked `"shown": false`, and the premise links. The reader recomputes them.
        let connections = MapConnections(graph)
        var shown = [Bool](repeating: false, count: graph.relations.count)
        for c in connections.all { if let r = c.relation { shown[r.index] = true } }
        root["relations"] = .array(graph.relations.map { encode($0, shown: shown[$0.id.index]) })
        let links = connections.all.filter { $0.kind == .premise }
        if !links.isEmpty {
            root["premiseLinks"] = .array(links.map { .array([.int($0.from.index), .int($0.to.index)]) })
        }
        return .object(root)
    }

    static func encode(_ range: SourceRange) -> DataValue {
        var dict = OrderedDictionary<String, DataValue>()
        if let file = range.file { dict["file"] = .string(file) }
        dict["start"] = encode(range.start)
        dict["end"] = encode(range.end)
        return .object(dict)
    }

    static func encode(_ position: SourcePosition) -> DataValue {
        .array([.int(position.line), .int(position.column), .int(position.offset)])
    }

    private static func setRange(_ range: SourceRange?, in dict: inout OrderedDictionary<String, DataValue>) {
        if let range { dict["range"] = encode(range) }
    }

    private static func setData(_ data: DataValue, in dict: inout OrderedDictionary<String, DataValue>) {
        if data != .empty { dict["data"] = data }
    }

    private static func setTags(_ tags: [String], in dict: inout OrderedDictionary<String, DataValue>) {
        if !tags.isEmpty { dict["tags"] = .array(tags.map(DataValue.string)) }
    }

    static func encode(_ section: Section) -> DataValue {
        var dict = OrderedDictionary<String, DataValue>()
        dict["id"] = .int(section.id.index)
        dict["title"] = .string(section.title)
        dict["level"] = .int(section.level)
        if let parent = section.parent { dict["parent"] = .int(parent.index) }
        dict["isGroup"] = .bool(section.isGroup)
        setTags(section.tags, in: &dict)
        setData(section.data, in: &dict)
        setRange(section.range, in: &dict)
        return .object(dict)
    }

    static func encode(_ node: Node) -> DataValue {
        var dict = OrderedDictionary<String, DataValue>()
        dict["id"] = .int(node.id.index)
        dict["kind"] = .string(node.kind.rawValue)
        dict["title"] = .string(node.title)
        if node.isUntitled { dict["isUntitled"] = .bool(true) }
        if let text = node.text {
            dict["text"] = .string(text)
            if let ranges = ArgdownJSONRanges.write(node.ranges, in: text) { dict["ranges"] = ranges }
        }
        setTags(node.tags, in: &dict)
        setData(node.data, in: &dict)
        if let section = node.section { dict["section"] = .int(section.index) }
        if let pcs = node.pcs { dict["pcs"] = .array(pcs.steps.map(encode)) }
        dict["occurrences"] = .array(node.occurrences.map(encode))
        return .object(dict)
    }

    static func encode(_ step: PCSStep) -> DataValue {
        var dict = OrderedDictionary<String, DataValue>()
        switch step {
        case .statement(let s):
            dict["step"] = .string("statement")
            dict["number"] = .int(s.number)
            dict["node"] = .int(s.statement.index)
            dict["role"] = .string(s.role.rawValue)
            setRange(s.range, in: &dict)
        case .inference(let inference):
            dict["step"] = .string("inference")
            if !inference.rules.isEmpty { dict["rules"] = .array(inference.rules.map(DataValue.string)) }
            setData(inference.data, in: &dict)
            setRange(inference.range, in: &dict)
        }
        return .object(dict)
    }

    static func encode(_ occurrence: Occurrence) -> DataValue {
        var dict = OrderedDictionary<String, DataValue>()
        dict["role"] = .string(occurrence.role.rawValue)
        if let context = occurrence.context { dict["context"] = .string(context.rawValue) }
        if let text = occurrence.text {
            dict["text"] = .string(text)
            if let ranges = ArgdownJSONRanges.write(occurrence.ranges, in: text) { dict["ranges"] = ranges }
        }
        setTags(occurrence.tags, in: &dict)
        setData(occurrence.data, in: &dict)
        setRange(occurrence.range, in: &dict)
        return .object(dict)
    }

    static func encode(_ relation: Relation, shown: Bool) -> DataValue {
        var dict = OrderedDictionary<String, DataValue>()
        dict["id"] = .int(relation.id.index)
        dict["from"] = .int(relation.from.index)
        dict["to"] = .int(relation.to.index)
        dict["type"] = .string(relation.type.rawValue)
        if let inference = relation.inference { dict["inference"] = .int(inference) }
        if relation.isDerived { dict["isDerived"] = .bool(true) }
        if !shown { dict["shown"] = .bool(false) }
        setData(relation.data, in: &dict)
        setRange(relation.range, in: &dict)
        return .object(dict)
    }
}
