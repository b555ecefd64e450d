import ArgumentModel

/// Reads SADFace JSON (the Simple Argument Description Format of Open-Argumentation/SADFace) into an
/// `ArgumentGraph`, through the AIF reader's graph builder.
///
/// Mapping (see docs/formats.md): an `atom` node becomes a statement titled by its `id` with its `text`; a `scheme`
/// node becomes an S-node by its `name`: `attack`, `conflict`, `rebuttal`, `undercut` a CA (an attack, or an undercut
/// when it points at an argument), `rephrase` an MA (a rephrase relation), `preference` a PA (kept as dialogue-layer
/// data), anything else (`support`, a scheme such as "Expert Opinion") an RA: an argument titled by the scheme node's
/// id whose premise-conclusion structure holds the atoms that point at it and the atom it points at. Edges go
/// `source_id` → `target_id`. Node `metadata`, `sources` and `name` become node data; every top-level member other
/// than `nodes` and `edges` (`metadata`, `analyst_name`, `resources`, ...) is kept in the graph's metadata under
/// `aif.extra`.
public enum SADFaceReader {
    /// Reads one SADFace file; `file` names it in diagnostics. Complexity: O(length of text + nodes + edges +
    /// relations built).
    public static func read(_ text: String, file: String? = nil, limits: ReadLimits = .default) -> ReadResult {
        AIFGraphBuilder.graph(of: AIFDocument.parse(text, file: file, shape: shape), limits: limits)
    }

    /// The AIF type of a scheme node named `name` (case and blanks ignored).
    static func schemeType(_ name: String?) -> String {
        switch (name ?? "").lowercased().filter({ !$0.isWhitespace }) {
        case "attack", "conflict", "rebuttal", "rebut", "undercut", "undermine": "CA"
        case "rephrase": "MA"
        case "preference": "PA"
        default: "RA"
        }
    }

    static let shape = AIFShape(
        name: "SADFace", code: .sadfaceSchema, nodeIDKey: "id", reservedNodeKeys: ["id", "type", "text"],
        classify: { node in
            switch node["type"]?.string {
            case "atom": ("I", node["text"]?.string)
            case "scheme": (schemeType(node["name"]?.string), node["name"]?.string)
            default: (nil, nil)
            }
        },
        ends: { edge in
            guard let from = edge["source_id"]?.idString, let to = edge["target_id"]?.idString else { return nil }
            return (from, to)
        },
        edgeKeys: "source_id and target_id", endKeys: ["source_id", "target_id"])
}
