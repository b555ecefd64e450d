import ArgumentModel
import Collections

/// One AIF node as read from a file, before it becomes part of a graph.
struct AIFRawNode: Sendable {
    /// `nodeID` (integers are turned into their decimal string).
    var id: String
    /// `type`: I, RA, CA, MA, L, YA, TA, PA, ...
    var type: String
    /// `text`, nil when missing or empty.
    var text: String?
    /// Every other key of the node object, in file order.
    var extras: OrderedDictionary<String, DataValue>
    /// The whole node object as data, kept verbatim for dialogue-layer nodes only (`.null` for I, RA, CA and MA
    /// nodes, which the graph holds): a merged corpus keeps no parse tree per node.
    var json: DataValue
    /// Where the node object starts.
    var range: SourceRange?

    /// A node of `type` read from `object`: an argument-layer node (I, RA, CA, MA, which the graph holds) keeps
    /// `extras` and no JSON object, a dialogue-layer node its whole `object` (written back verbatim) and no extras;
    /// neither is built for the layer that does not keep it.
    init(
        id: String, type: String, text: String?, extras: @autoclosure () -> OrderedDictionary<String, DataValue>,
        object: JSONValue, range: SourceRange?
    ) {
        let argumentLayer = AIFGraphBuilder.argumentLayer.contains(type)
        self.id = id
        self.type = type
        self.text = text
        self.extras = argumentLayer ? extras() : [:]
        json = argumentLayer ? .null : object.dataValue
        self.range = range
    }
}

/// One AIF edge as read from a file.
struct AIFRawEdge: Sendable {
    /// `fromID`.
    var from: String
    /// `toID`.
    var to: String
    /// The whole edge object as data (written back verbatim when the edge belongs to the dialogue layer).
    var json: DataValue
    /// Where the edge object starts.
    var range: SourceRange?
}

/// The parts of one or more AIF files that the graph is built from.
struct AIFDocument: Sendable {
    var nodes: [AIFRawNode] = []
    var edges: [AIFRawEdge] = []
    var locutions: [DataValue] = []
    /// The OVA/xAIF wrapper object without its `AIF` member (nil for plain AIF).
    var wrapper: DataValue?
    /// Other top-level members of the AIF object (`participants`, `schemefulfillments`, ...), kept verbatim.
    var extraKeys = OrderedDictionary<String, DataValue>()

    /// The JSON value of one file of AIF or an AIF-shaped format (`format` names it in messages), with the counter
    /// that turns its locations into line and column; nil, with an `empty-input` note or an `invalid-json` error,
    /// when the file is blank or not JSON. Complexity: O(length of text).
    static func parseJSON(_ text: String, file: String?, format: String) -> (JSONValue?, PositionCounter, [Diagnostic]) {
        let utf8 = Array(text.utf8)
        let counter = PositionCounter(utf8)
        if text.allSatisfy(\.isWhitespace) {
            return (nil, counter, [Diagnostic(
                .note, code: .emptyInput, "the file is empty: no \(format) nodes",
                at: SourceRange(file: file, at: SourcePosition(line: 1, column: 1, offset: 0)))])
        }
        switch JSONDataParser.parseTree(utf8, dialect: .lenient) {
        case .success(let value): return (value, counter, [])
        case .failure(let error):
            return (nil, counter, [Diagnostic(
                .error, code: .invalidJSON, "invalid JSON: \(error.message)", at: SourceRange(file: file, at: error.position))])
        }
    }

    /// Reads the JSON text of one file. Problems become diagnostics; what can be read is kept.
    /// Complexity: O(length of text).
    static func parse(_ text: String, file: String?) -> (AIFDocument, [Diagnostic]) {
        var document = AIFDocument()
        let (parsed, start, initial) = parseJSON(text, file: file, format: "AIF")
        var counter = start, diagnostics = initial
        func range(_ location: JSONLocation) -> SourceRange {
            SourceRange(file: file, at: counter.position(location))
        }
        guard let root = parsed else { return (document, diagnostics) }
        guard var body = root.members != nil ? root : nil else {
            diagnostics.append(Diagnostic(.error, code: .aifNotAnObject, "an AIF file must hold a JSON object at $", at: range(root.location)))
            return (document, diagnostics)
        }
        var path = "$"
        if let inner = root["AIF"] {
            guard inner.members != nil else {
                diagnostics.append(Diagnostic(.error, code: .aifNotAnObject, "$.AIF must be an object", at: range(inner.location)))
                return (document, diagnostics)
            }
            body = inner
            path = "$.AIF"
            var wrapper = root.dataValue.objectValue
            wrapper.removeValue(forKey: "AIF")
            document.wrapper = .object(wrapper)
        }
        let known: Set<String> = ["nodes", "edges", "locutions"]
        for member in body.members ?? [] where !known.contains(member.key) {
            document.extraKeys[member.key] = member.value.dataValue
        }

        // Nodes.
        if let nodes = body["nodes"] {
            if let list = nodes.array {
                for (i, node) in list.enumerated() {
                    let here = "\(path).nodes[\(i)]"
                    guard let members = node.members else {
                        diagnostics.append(Diagnostic(.error, code: .aifBadNode, "\(here) must be an object", at: range(node.location)))
                        continue
                    }
                    guard let id = node["nodeID"]?.idString else {
                        diagnostics.append(Diagnostic(
                            .error, code: .aifMissingID, "\(here) has no nodeID (string or integer); the node is skipped",
                            at: range(node.location)))
                        continue
                    }
                    guard let type = node["type"]?.string, !type.isEmpty else {
                        diagnostics.append(Diagnostic(
                            .error, code: .aifMissingType, "\(here) (nodeID \(id)) has no type; the node is skipped",
                            at: range(node.location)))
                        continue
                    }
                    let rawText = node["text"]
                    let textIsData = rawText.map { !$0.isNull && $0.string == nil } ?? false
                    if let rawText, textIsData {
                        diagnostics.append(Diagnostic(
                            .warning, code: .aifBadText, "\(here).text is not a string; it is kept as data",
                            at: range(rawText.location)))
                    }
                    func extras() -> OrderedDictionary<String, DataValue> {
                        var out = OrderedDictionary<String, DataValue>()
                        for m in members where !["nodeID", "text", "type"].contains(m.key) { out[m.key] = m.value.dataValue }
                        if textIsData, let rawText { out["text"] = rawText.dataValue }
                        return out
                    }
                    let text = rawText?.string.flatMap { $0.isEmpty ? nil : $0 }
                    document.nodes.append(AIFRawNode(
                        id: id, type: type, text: text, extras: extras(), object: node, range: range(node.location)))
                }
            } else if !nodes.isNull {
                diagnostics.append(Diagnostic(.error, code: .aifBadNodes, "\(path).nodes must be an array", at: range(nodes.location)))
            }
        } else {
            diagnostics.append(Diagnostic(
                .warning, code: .aifNoNodes, "\(path) has no \"nodes\" array: the graph is empty", at: range(body.location)))
        }

        // Edges.
        if let edges = body["edges"] {
            if let list = edges.array {
                for (i, edge) in list.enumerated() {
                    let here = "\(path).edges[\(i)]"
                    guard edge.members != nil else {
                        diagnostics.append(Diagnostic(.error, code: .aifBadEdge, "\(here) must be an object", at: range(edge.location)))
                        continue
                    }
                    guard let from = edge["fromID"]?.idString, let to = edge["toID"]?.idString else {
                        diagnostics.append(Diagnostic(
                            .error, code: .aifBadEdge, "\(here) needs fromID and toID (string or integer); the edge is skipped",
                            at: range(edge.location)))
                        continue
                    }
                    document.edges.append(AIFRawEdge(from: from, to: to, json: edge.dataValue, range: range(edge.location)))
                }
            } else if !edges.isNull {
                diagnostics.append(Diagnostic(.error, code: .aifBadEdges, "\(path).edges must be an array", at: range(edges.location)))
            }
        }

        // Locutions (optional, may be empty).
        if let locutions = body["locutions"] {
            if let list = locutions.array {
                document.locutions = list.map(\.dataValue)
            } else if !locutions.isNull {
                diagnostics.append(Diagnostic(
                    .warning, code: .aifBadLocutions, "\(path).locutions must be an array; it is ignored",
                    at: range(locutions.location)))
            }
        }
        return (document, diagnostics)
    }
}
