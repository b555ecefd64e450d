import ArgdownSyntax
import ArgumentModel

/// The text formats a map can be written in, each with its writer, file extension and declared losses: the one
/// list `argmap convert` and `argmap export` write through.
public enum MapTextFormat: String, CaseIterable, Sendable {
    /// AIF JSON (AIFdb, OVA).
    case aif
    /// GraphML for yEd and Gephi (not read back by argmap).
    case graphml
    /// A Mermaid flowchart (not read back by argmap).
    case mermaid
    /// Canonical Argdown text.
    case argdown
    /// argmap's lossless JSON.
    case json
    /// The JSON Argdown's exporter writes.
    case argdownJSON = "argdown-json"
    /// ICCMA ASPARTIX facts.
    case apx
    /// ICCMA Trivial Graph Format.
    case tgf
    /// ICCMA 2023.
    case i23
    /// RDF Turtle in the AIF ontology, for triple stores (not read back by argmap).
    case ttl
    /// brat standoff annotations (`.ann`) of statements that carry brat spans (an Argument Annotated Essay's).
    case brat

    /// The extension an output file gets (without the dot).
    public var fileExtension: String {
        switch self {
        case .aif: "json"
        case .graphml: "graphml"
        case .mermaid: "mmd"
        case .argdown: "argdown"
        case .json: "argmap.json"
        case .argdownJSON: "argdown.json"
        case .apx: "apx"
        case .tgf: "tgf"
        case .i23: "i23"
        case .ttl: "ttl"
        case .brat: "ann"
        }
    }

    /// The name people know the format by, for messages.
    public var displayName: String {
        switch self {
        case .aif: "AIF"
        case .graphml: "GraphML"
        case .mermaid: "Mermaid"
        case .argdown: "Argdown"
        case .json: "argmap JSON"
        case .argdownJSON: "Argdown JSON"
        case .apx: "ICCMA apx"
        case .tgf: "ICCMA tgf"
        case .i23: "ICCMA i23"
        case .ttl: "Turtle"
        case .brat: "brat"
        }
    }

    /// Whether argmap reads this format back (GraphML, Mermaid and Turtle are for other tools).
    public var isReadBack: Bool { self != .graphml && self != .mermaid && self != .ttl }

    /// The text of `graph` in this format. Complexity: the writer's, linear in the graph.
    public func write(_ graph: ArgumentGraph) -> String {
        switch self {
        case .aif: AIFWriter.write(graph)
        case .graphml: GraphMLWriter.write(graph)
        case .mermaid: MermaidWriter.write(graph)
        case .argdown: ArgdownPrinter.print(graph)
        case .json: ArgmapJSON.write(graph)
        case .argdownJSON: ArgdownJSON.write(graph)
        case .apx: ICCMA.write(graph, format: .apx)
        case .tgf: ICCMA.write(graph, format: .tgf)
        case .i23: ICCMA.write(graph, format: .i23)
        case .ttl: TurtleWriter.write(graph)
        case .brat: BratWriter.write(graph)
        }
    }

    /// The text of ``write(_:)`` handed to `sink` in chunks: Argdown JSON streams in chunks of about 64 KiB
    /// without the whole text in memory; the other formats hand over their whole text as one chunk.
    public func write(_ graph: ArgumentGraph, sink: @escaping (ArraySlice<UInt8>) -> Void) {
        switch self {
        case .argdownJSON: ArgdownJSON.write(graph, sink: sink)
        default: sink(ArraySlice(write(graph).utf8))
        }
    }

    /// What writing `graph` in this format loses, one entry per kind, in a fixed order; empty when reading the
    /// output back gives the same map. A round-trip test holds each format to this list. O(nodes + relations).
    public func losses(_ graph: ArgumentGraph) -> [WriterLoss] {
        let census = GraphCensus(graph)
        var out: [WriterLoss] = []
        func add(_ code: String, _ count: Int, _ what: String) {
            if count > 0 { out.append(WriterLoss(code: code, count: count, what: what)) }
        }
        switch self {
        case .json:
            break
        case .argdown:
            // Rephrases, which Argdown has no symbol for, are kept as `rephrases` data that the reader reads back.
            add("argdown-untitled-rephrase-dropped", census.untitledRephraseSources, "rephrase relations from untitled statements not written (their data cannot name them back)")
            // Folded blanks are kept as `exactText` data, relation data and parallel relations as `relationData`
            // records (KeptInData), except where the reader could not give them back.
            add("argdown-whitespace-folded", census.formattedNodesWithFoldedWhitespace, "texts with bold, italic or links have line breaks, tabs or repeated blanks folded to single spaces (Argdown folds them)")
            add("argdown-untitled-relation-data-dropped", census.untitledRelationDataSources, "relations from untitled statements lose their data or merge with a parallel one (their data cannot name them back)")
        case .argdownJSON:
            add("argdown-json-metadata-dropped", census.metadataKeys, "front-matter keys not written (Argdown JSON has no metadata)")
            add("argdown-json-parallel-relations-merged", census.parallelRelations, "parallel relations (a second one of the same type between the same nodes) merged into the first")
        case .aif:
            add("aif-intermediary-dropped", census.intermediaryArguments, "arguments lose their intermediary conclusions (one inference per RA node)")
            add("aif-sections-dropped", census.sections, "headings not written (AIF has no sections)")
            add("aif-tags-dropped", census.taggedNodes, "nodes lose their tags (AIF has no tags)")
            // Metadata is kept: the `aif` key (dialogue layer, locutions, wrapper an AIF reader kept) is written back
            // as AIF, the rest under `argmapMetadata`.
        case .graphml, .mermaid, .ttl:
            // Formats for other tools (argmap does not read them back): what they do not hold is lost.
            add("\(rawValue)-tags-dropped", census.taggedNodes, "nodes lose their tags")
            add("\(rawValue)-data-dropped", census.nodesWithData, "nodes lose their data blocks\(self == .graphml ? " (a `label` is kept)" : "")")
            add("\(rawValue)-sections-dropped", census.sections, "headings not drawn")
            add("\(rawValue)-metadata-dropped", max(0, census.metadataKeys - (self == .graphml && census.hasTitle ? 1 : 0)), "front-matter keys not written")
            if self == .ttl {
                add("ttl-intermediary-dropped", census.intermediaryArguments, "arguments lose their intermediary conclusions (one inference per RA node, as in AIF)")
            }
        case .brat:
            // Only statements with a brat span are annotations of the essay; the reader derives stance relations.
            let unannotated = graph.nodes.filter { !BratWriter.isAnnotated($0) }.count
            let relations = graph.relations.filter { !$0.isDerived && $0.data["stance"] == nil && !BratWriter.isWritten($0, in: graph) }.count
            add("brat-unannotated-dropped", unannotated, "nodes without a brat span (arguments, statements written in Argdown) not written (brat annotates spans of the essay)")
            add("brat-relations-dropped", relations, "relations not written (brat has supports and attacks between annotated spans)")
            let otherData = graph.nodes.filter(BratWriter.losesData).count
            add("brat-data-dropped", otherData, "annotated nodes lose data other than label, span, attributes and notes")
            add("brat-tags-dropped", census.taggedNodes, "nodes lose their tags")
            add("brat-sections-dropped", census.sections, "headings not written")
            add("brat-metadata-dropped", max(0, census.metadataKeys - (census.hasTitle ? 1 : 0)), "front-matter keys not written (the title is the essay's first line)")
        case .apx, .tgf, .i23:
            add("iccma-supports-dropped", census.supports, "support relations not written (an abstract framework has attacks only)")
            add("iccma-rephrases-dropped", census.rephrases, "rephrase relations not written")
            add("iccma-undercut-as-attack", census.undercuts, "undercuts written as attacks on the argument (the inference they target is lost)")
            add("iccma-text-dropped", census.nodesWithContent, "nodes lose texts, tags, data and premise-conclusion structures (only titles are written)")
            add("iccma-sections-dropped", census.sections, "headings not written")
            add("iccma-metadata-dropped", census.metadataKeys, "front-matter keys not written")
            add("iccma-parallel-relations-merged", census.parallelRelations, "parallel relations (a second one of the same type between the same nodes) merged into the first")
            add("iccma-kinds-merged", census.mixedKinds ? census.arguments : 0, "arguments become statements when read back")
        }
        return out
    }
}

/// Counts of what a graph holds that some formats cannot carry. O(nodes + relations).
struct GraphCensus {
    var nodes = 0, arguments = 0, taggedNodes = 0, nodesWithContent = 0, intermediaryArguments = 0
    var supports = 0, rephrases = 0, undercuts = 0, untitledRephraseSources = 0, parallelRelations = 0
    var sections = 0, metadataKeys = 0, nodesWithData = 0, nodesWithFoldedWhitespace = 0, formattedNodesWithFoldedWhitespace = 0
    var untitledRelationDataSources = 0
    var mixedKinds = false, hasTitle = false, hasAIFLayer = false

    init(_ graph: ArgumentGraph) {
        nodes = graph.nodes.count
        sections = graph.sections.count
        metadataKeys = graph.metadata.objectValue.count
        hasTitle = graph.metadata["title"]?.stringValue != nil
        hasAIFLayer = graph.metadata["aif"] != nil
        var statements = 0
        for node in graph.nodes {
            if node.kind == .argument { arguments += 1 } else { statements += 1 }
            if !node.tags.isEmpty { taggedNodes += 1 }
            if !node.data.objectValue.isEmpty { nodesWithData += 1 }
            if let text = node.text, KeptInData.foldsWhitespace(text) {
                nodesWithFoldedWhitespace += 1
                if !node.ranges.isEmpty { formattedNodesWithFoldedWhitespace += 1 }
            }
            if node.text != nil || !node.tags.isEmpty || node.pcs != nil || !node.data.objectValue.isEmpty {
                nodesWithContent += 1
            }
            if node.pcs?.statements.contains(where: { $0.role == .intermediaryConclusion }) == true { intermediaryArguments += 1 }
        }
        mixedKinds = arguments > 0 && statements > 0
        struct Key: Hashable { var from: Int, to: Int, type: RelationType, inference: Int? }
        var seen = Set<Key>()
        for r in graph.relations {
            if r.type.isSupportive { supports += 1 }
            guard !r.isDerived else { continue }
            let isParallel = !seen.insert(Key(from: r.from.index, to: r.to.index, type: r.type, inference: r.inference)).inserted
            if isParallel { parallelRelations += 1 }
            if graph[r.from].isUntitled, isParallel || !r.data.objectValue.isEmpty { untitledRelationDataSources += 1 }
            if r.type == .rephrase {
                rephrases += 1
                if graph[r.from].isUntitled { untitledRephraseSources += 1 }
            }
            if r.type == .undercut { undercuts += 1 }
        }
    }
}
