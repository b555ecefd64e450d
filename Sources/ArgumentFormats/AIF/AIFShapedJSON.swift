import ArgumentModel
import Collections

/// How a JSON graph format that is AIF in all but its key names (SADFace, legacy OVA) spells nodes and edges: the
/// one piece of code that turns such a file into an ``AIFDocument``, so ``AIFGraphBuilder`` builds every one of them.
struct AIFShape: Sendable {
    /// The format's name, for messages ("SADFace").
    var name: String
    /// The code of every shape problem (a node or edge that is not what the format says).
    var code: FormatDiagnosticCode
    /// The key holding a node's id.
    var nodeIDKey: String
    /// The node keys that are not kept as node data (the id, type and text keys).
    var reservedNodeKeys: Set<String>
    /// The AIF type (`I`, `RA`, `CA`, `MA`, ...) and text of a node object; nil type when the node is not one.
    var classify: @Sendable (JSONValue) -> (type: String?, text: String?)
    /// The ends of an edge object (`from`, `to` node ids); nil when it has none.
    var ends: @Sendable (JSONValue) -> (from: String, to: String)?
    /// What an edge must hold, for the message of one that does not ("source_id and target_id").
    var edgeKeys: String
    /// The edge keys that hold its ends (replaced by AIF's `fromID` / `toID`).
    var endKeys: Set<String>
    /// Node keys whose AIF name differs (OVA's `scheme` holds what AIF calls `schemeID`).
    var renamedNodeKeys: [String: String] = [:]
}

extension AIFDocument {
    /// Reads the JSON text of a file in `shape`: its nodes and edges become AIF nodes and edges, every other
    /// top-level member is kept verbatim (it ends in the graph's metadata under `aif.extra`, which the AIF writer
    /// writes back). Problems become diagnostics with the JSON path; what can be read is kept.
    /// Complexity: O(length of text).
    static func parse(_ text: String, file: String?, shape: AIFShape) -> (AIFDocument, [Diagnostic]) {
        var document = AIFDocument()
        let (parsed, start, initial) = parseJSON(text, file: file, format: shape.name)
        var counter = start, diagnostics = initial
        func range(_ location: JSONLocation) -> SourceRange { SourceRange(file: file, at: counter.position(location)) }
        func problem(_ message: String, _ location: JSONLocation, _ severity: Severity = .error) {
            diagnostics.append(Diagnostic(severity, code: shape.code, message, at: range(location)))
        }
        guard let root = parsed else { return (document, diagnostics) }
        guard let members = root.members else {
            problem("a \(shape.name) file must hold a JSON object at $", root.location)
            return (document, diagnostics)
        }
        for member in members where member.key != "nodes" && member.key != "edges" {
            document.extraKeys[member.key] = member.value.dataValue
        }
        if let nodes = root["nodes"]?.array {
            for (i, node) in nodes.enumerated() {
                let here = "$.nodes[\(i)]"
                guard let fields = node.members, let id = node[shape.nodeIDKey]?.idString else {
                    problem("\(here) must be an object with an \"\(shape.nodeIDKey)\" (string or integer); it is skipped", node.location)
                    continue
                }
                let (type, nodeText) = shape.classify(node)
                guard let type else {
                    problem("\(here) (\(shape.nodeIDKey) \(id)) has no type \(shape.name) knows; it is skipped", node.location)
                    continue
                }
                var extras = OrderedDictionary<String, DataValue>()
                var aifFields: [(key: String, value: JSONValue)] = [
                    ("nodeID", JSONValue(kind: .string(id), location: node.location)),
                    ("text", JSONValue(kind: .string(nodeText ?? ""), location: node.location)),
                    ("type", JSONValue(kind: .string(type), location: node.location)),
                ]
                for f in fields where !shape.reservedNodeKeys.contains(f.key) {
                    let key = shape.renamedNodeKeys[f.key] ?? f.key
                    extras[key] = f.value.dataValue
                    aifFields.append((key, f.value))
                }
                // The raw node (kept verbatim for the dialogue layer, and written back by the AIF writer) in AIF's
                // spelling, so the AIF that argmap writes reads back.
                document.nodes.append(AIFRawNode(
                    id: id, type: type, text: nodeText.flatMap { $0.isEmpty ? nil : $0 }, extras: extras,
                    object: JSONValue(kind: .object(aifFields), location: node.location), range: range(node.location)))
            }
        } else {
            problem("$ has no \"nodes\" array: the graph is empty", root.location, .warning)
        }
        if let edges = root["edges"] {
            for (i, edge) in (edges.array ?? []).enumerated() {
                guard let (from, to) = shape.ends(edge) else {
                    problem("$.edges[\(i)] needs \(shape.edgeKeys); the edge is skipped", edge.location)
                    continue
                }
                let aifFields: [(key: String, value: JSONValue)] = [
                    ("fromID", JSONValue(kind: .string(from), location: edge.location)),
                    ("toID", JSONValue(kind: .string(to), location: edge.location)),
                ] + (edge.members ?? []).filter { !shape.endKeys.contains($0.key) }
                document.edges.append(AIFRawEdge(
                    from: from, to: to, json: JSONValue(kind: .object(aifFields), location: edge.location).dataValue,
                    range: range(edge.location)))
            }
            if edges.array == nil && !edges.isNull { problem("$.edges must be an array", edges.location) }
        }
        return (document, diagnostics)
    }
}
