import ArgumentModel

/// Reads the legacy JSON that OVA and ReCAP's OVA save (`{"nodes": [{"id", "type", "text", "x", "y", ...}],
/// "edges": [{"from": {node}, "to": {node}}], "participants", "analysis"}`) into an `ArgumentGraph`, through the
/// AIF reader's graph builder: the node types are AIF's (`I`, `RA`, `CA`, `MA`, `L`, `YA`, `TA`, `PA`), so the
/// mapping is AIF's (see ``AIFReader`` and docs/formats.md). OVA's `scheme` (a scheme number) becomes AIF's
/// `schemeID`; every other node key (layout `x`/`y`, `color`, `descriptors`, ReCAP's `majorClaim`, ...) becomes
/// node data; `participants`, `analysis` and any other top-level member are kept in the graph's metadata under
/// `aif.extra`.
public enum OVAReader {
    /// Reads one OVA file; `file` names it in diagnostics. Complexity: O(length of text + nodes + edges +
    /// relations built).
    public static func read(_ text: String, file: String? = nil, limits: ReadLimits = .default) -> ReadResult {
        AIFGraphBuilder.graph(of: AIFDocument.parse(text, file: file, shape: shape), limits: limits)
    }

    static let shape = AIFShape(
        name: "OVA", code: .ovaSchema, nodeIDKey: "id", reservedNodeKeys: ["id", "type", "text"],
        classify: { node in
            guard let type = node["type"]?.string, !type.isEmpty else { return (nil, nil) }
            return (type, node["text"]?.string)
        },
        ends: { edge in
            guard let from = edge["from"]?["id"]?.idString, let to = edge["to"]?["id"]?.idString else { return nil }
            return (from, to)
        },
        edgeKeys: "from.id and to.id", endKeys: ["from", "to"], renamedNodeKeys: ["scheme": "schemeID"])
}
