import ArgumentModel
import Collections

/// Reads AIF JSON (AIFdb nodesets, OVA/xAIF files) into an `ArgumentGraph`.
///
/// Mapping (see docs/formats.md): an `I` node becomes a statement titled by its `nodeID`; an `RA` node becomes an
/// argument (titled by its `nodeID`) whose premise-conclusion structure holds the RA's premises (linked
/// co-premises) and its conclusion; a `CA` between I-nodes becomes an attack, a `CA` into an `RA` an undercut of that
/// argument; an `MA` becomes a `rephrase` relation; dialogue-layer nodes (`L`, `YA`, `TA`, `PA`, ...) are kept as
/// `provenance` data on the claims they anchor and verbatim in the graph's metadata (`aif.dialogue`).
/// A CA or MA that is itself the target of another S-node becomes an argument node so the undercut has something to
/// point at. Never crashes: problems become diagnostics naming the file, line and JSON path.
public enum AIFReader {
    /// Reads one AIF file. `file` names it in diagnostics. An S-node relating every one of its sources to every
    /// one of its targets is refused (`aif-too-large`) when all such cross products together exceed what `limits`
    /// allow for the number of edges. Complexity: O(length of text + nodes + edges + relations built).
    public static func read(_ text: String, file: String? = nil, limits: ReadLimits = .default) -> ReadResult {
        AIFGraphBuilder.graph(of: AIFDocument.parse(text, file: file), limits: limits)
    }

    /// Reads several nodeset files of one corpus as one graph: a `nodeID` that occurs in several files is one node
    /// (the first file's text wins; a different text is a warning), and duplicate edges collapse. Each file is
    /// parsed as the sequence yields it, so a lazy sequence that reads files from disk holds one text at a time.
    /// Complexity: O(total length + nodes + edges + relations built).
    public static func merge<Files: Sequence>(_ files: Files, limits: ReadLimits = .default) -> ReadResult
    where Files.Element == (text: String, file: String?) {
        var diagnostics: [Diagnostic] = []
        var builder = AIFGraphBuilder(limits: limits)
        for f in files {
            let (document, d) = AIFDocument.parse(f.text, file: f.file)
            builder.add(document)
            diagnostics += d
        }
        return builder.build(diagnostics: diagnostics)
    }

    /// Keys argmap's AIF writer adds to S-nodes so its own output reads back exactly; never node data.
    static let markerKeys: Set<String> = ["argmapRelation", "argmapInference", "argmapNode", collidingDataKey]
    /// The node key under which argmap's writer keeps data keys AIF uses itself (`nodeID`, `text`, `type`).
    static let collidingDataKey = "argmapData"
    /// The top-level key under which argmap's writer keeps the map's own metadata (front matter).
    static let metadataKey = "argmapMetadata"

    /// A node's data from its other AIF keys: argmap's markers left out, `argmapData` unpacked. O(keys).
    static func data(fromExtras extras: OrderedDictionary<String, DataValue>) -> OrderedDictionary<String, DataValue> {
        var out = extras.filter { !markerKeys.contains($0.key) }
        for (k, v) in extras[collidingDataKey]?.objectValue ?? [:] { out[k] = v }
        return out
    }
    /// Node-data keys the reader computes (never written back as AIF keys).
    static let computedKeys: Set<String> = ["provenance", "aifType"]
}
