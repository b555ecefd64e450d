import ArgumentModel
import Collections

/// Writes an `ArgumentGraph` as AIF JSON that AIFdb/OVA tools and ``AIFReader`` read.
///
/// Statements become `I` nodes and arguments `RA` nodes (premises → RA → main conclusion), both with the node's
/// title as `nodeID`. Every listed relation that the argument structure does not already say becomes its own S-node:
/// support/entails an `RA`, attack/undercut/contrary/contradictory a `CA`, rephrase an `MA`. Where plain AIF would be
/// read back differently (a statement-to-statement support, an argument as the source of an attack, strict-mode
/// types), the S-node carries an `argmapRelation` key naming the relation type, which other AIF tools ignore.
/// Dialogue-layer nodes, locutions and wrapper data the reader kept in the metadata are written back.
/// Derived relations are not written (a reader derives them again). Output is deterministic.
public enum AIFWriter {
    /// The AIF JSON text of `graph`. Complexity: O(nodes + relations + pcs statements).
    public static func write(_ graph: ArgumentGraph) -> String {
        JSONDataWriter.writeExpanded(document(graph))
    }

    /// The argument layer of `graph` as AIF writes it, without the dialogue layer: the node objects, and per edge
    /// its ends and whether it links a premise (or attacker, or rephrased node) into its S-node (true) or leads
    /// from an S-node to its conclusion or target (false). The Turtle writer states the same nodes and edges as
    /// triples. Complexity: O(nodes + relations + pcs statements).
    static func argumentLayer(_ graph: ArgumentGraph) -> (nodes: [DataValue], edges: [(from: String, to: String, intoSNode: Bool)]) {
        var state = WriterState(graph: graph)
        state.run()
        return (state.nodes, state.links)
    }

    static func document(_ graph: ArgumentGraph) -> DataValue {
        var state = WriterState(graph: graph)
        state.run()
        let aifMeta = graph.metadata["aif"] ?? .empty
        var body = OrderedDictionary<String, DataValue>()
        body["nodes"] = .array(state.nodes + (aifMeta["dialogue"]?["nodes"]?.arrayValue ?? []))
        body["edges"] = .array(state.edges + (aifMeta["dialogue"]?["edges"]?.arrayValue ?? []))
        body["locutions"] = aifMeta["locutions"] ?? .array([])
        for (k, v) in aifMeta["extra"]?.objectValue ?? [:] where body[k] == nil { body[k] = v }
        // The map's own metadata (front matter, a microtext's id, topic and stance) in a key AIF tools ignore.
        var own = graph.metadata.objectValue
        own.removeValue(forKey: "aif")
        if !own.isEmpty { body[AIFReader.metadataKey] = .object(own) }
        if case .object(var wrapper) = aifMeta["wrapper"] ?? .null {
            wrapper["AIF"] = .object(body)
            return .object(wrapper)
        }
        return .object(body)
    }
}

/// The mutable work of one ``AIFWriter/write(_:)`` call.
private struct WriterState {
    let graph: ArgumentGraph
    var nodes: [DataValue] = []
    var edges: [DataValue] = []
    /// The ends of each of ``edges`` and whether it leads into an S-node as a premise (see ``AIFWriter/argumentLayer(_:)``).
    var links: [(from: String, to: String, intoSNode: Bool)] = []
    private var used = Set<String>()
    /// Edge ids taken by the dialogue layer (a namespace of their own: an edge id may equal a node id).
    private var usedEdges = Set<String>()
    private var aifID: [String] = []
    private var nextNode = 0
    private var nextEdge = 0

    init(graph: ArgumentGraph) { self.graph = graph }

    /// The S-node type an argument node is written as.
    private func sType(_ node: Node) -> String { node.data["aifType"]?.stringValue ?? "RA" }

    private static func defaultText(_ type: String) -> String {
        switch type {
        case "CA": "Default Conflict"
        case "MA": "Default Rephrase"
        default: "Default Inference"
        }
    }

    private mutating func freshNodeID() -> String {
        while true {
            nextNode += 1
            let id = "argmap-s\(nextNode)"
            if used.insert(id).inserted { return id }
        }
    }

    private mutating func edge(_ from: String, _ to: String, intoSNode: Bool = false) {
        links.append((from, to, intoSNode))
        var id: String
        repeat {
            nextEdge += 1
            id = "argmap-e\(nextEdge)"
        } while usedEdges.contains(id)
        edges.append(.object(["edgeID": .string(id), "fromID": .string(from), "toID": .string(to), "formEdgeID": .null]))
    }

    /// The keys of `data` written on an AIF node, except those in `skipping`; keys in `colliding`, which AIF uses
    /// itself (a microtext edge's `type`), go inside one `argmapData` object that the reader unpacks.
    private func extras(_ data: DataValue, skipping: Set<String>, colliding: Set<String>) -> [(String, DataValue)] {
        var out: [(String, DataValue)] = []
        var kept = OrderedDictionary<String, DataValue>()
        for (k, v) in data.objectValue {
            if colliding.contains(k) { kept[k] = v } else if !skipping.contains(k) { out.append((k, v)) }
        }
        if !kept.isEmpty { out.append((AIFReader.collidingDataKey, .object(kept))) }
        return out
    }

    mutating func run() {
        // Dialogue-layer ids are taken.
        for n in graph.metadata["aif"]?["dialogue"]?["nodes"]?.arrayValue ?? [] {
            if let id = n["nodeID"]?.stringValue ?? n["nodeID"]?.intValue.map(String.init) { used.insert(id) }
        }
        for e in graph.metadata["aif"]?["dialogue"]?["edges"]?.arrayValue ?? [] {
            if let id = e["edgeID"]?.stringValue ?? e["edgeID"]?.intValue.map(String.init) { usedEdges.insert(id) }
        }
        // Node ids: statements claim their titles first, then arguments, then relation S-nodes keep theirs.
        aifID = [String](repeating: "", count: graph.nodes.count)
        for node in graph.nodes where node.kind == .statement { aifID[node.id.index] = claim(node.title) }
        for node in graph.nodes where node.kind == .argument { aifID[node.id.index] = claim(node.title) }
        let reserved: Set<String> = ["nodeID", "text", "type"]
        let skip = reserved.union(AIFReader.computedKeys).union(AIFReader.markerKeys)

        // Nodes.
        for node in graph.nodes {
            var obj = OrderedDictionary<String, DataValue>()
            obj["nodeID"] = .string(aifID[node.id.index])
            switch node.kind {
            case .statement:
                obj["text"] = .string(node.text ?? "")
                obj["type"] = .string("I")
            case .argument:
                let type = sType(node)
                obj["text"] = .string(node.text ?? "")
                obj["type"] = .string(type)
                // Marked: a non-RA argument, and an RA whose reconstruction has no main conclusion (a microtext
                // argument whose conclusion is an attack), which plain AIF would flag.
                let concludesNothing = node.pcs.map { !$0.premises.isEmpty && $0.mainConclusion == nil } ?? false
                if type != "RA" || concludesNothing { obj["argmapNode"] = .string("argument") }
            }
            for (k, v) in extras(node.data, skipping: skip, colliding: reserved) { obj[k] = v }
            nodes.append(.object(obj))
        }

        // Premise-conclusion structures: premises → S, S → main conclusion (first, so it reads back as the conclusion).
        var conclusion: [NodeID: NodeID] = [:]
        for node in graph.nodes where node.kind == .argument {
            guard let pcs = node.pcs else { continue }
            let me = aifID[node.id.index]
            if let c = pcs.mainConclusion, !pcs.premises.isEmpty, sType(node) == "RA" {
                edge(me, aifID[c.index])
                conclusion[node.id] = c
            }
            var seen = Set<NodeID>()
            for p in pcs.premises where seen.insert(p).inserted { edge(aifID[p.index], me, intoSNode: true) }
        }

        // Relations.
        var groups: OrderedDictionary<String, (type: RelationType, inference: Int?, data: DataValue, from: [NodeID], to: [NodeID])> = [:]
        for r in graph.relations where !r.isDerived {
            let from = graph[r.from], to = graph[r.to]
            if from.kind == .argument, conclusion[from.id] == r.to, r.type == .support { continue }
            // A relation an argument node's own S-node expresses directly.
            if from.kind == .argument, r.data["nodeID"] == nil, r.inference == nil,
               natural(sType(from), to: to.kind) == r.type,
               conclusion[from.id] != nil || (from.pcs?.premises.isEmpty ?? true) || to.kind == .argument || sType(from) != "RA" {
                edge(aifID[from.id.index], aifID[to.id.index])
                continue
            }
            let key = r.data["nodeID"]?.stringValue.map { "id:\($0)|\(r.type)|\(r.inference ?? -1)" } ?? "r:\(r.id.index)"
            if var g = groups[key] {
                if !g.from.contains(r.from) { g.from.append(r.from) }
                if !g.to.contains(r.to) { g.to.append(r.to) }
                groups[key] = g
            } else {
                groups[key] = (r.type, r.inference, r.data, [r.from], [r.to])
            }
        }
        for (_, g) in groups {
            let type: String
            switch g.type {
            case .support, .entails: type = "RA"
            case .rephrase: type = "MA"
            default: type = "CA"
            }
            var id = g.data["nodeID"]?.stringValue ?? ""
            if id.isEmpty || !used.insert(id).inserted { id = freshNodeID() }
            var obj = OrderedDictionary<String, DataValue>()
            obj["nodeID"] = .string(id)
            obj["text"] = g.data["text"] ?? .string(Self.defaultText(type))
            obj["type"] = .string(type)
            let sourcesAreStatements = g.from.allSatisfy { graph[$0].kind == .statement }
            let readsBack = sourcesAreStatements && g.inference == nil && g.to.allSatisfy { natural(type, to: graph[$0].kind) == g.type }
            if !readsBack || type == "RA" { obj["argmapRelation"] = .string(g.type.rawValue) }
            if let i = g.inference { obj["argmapInference"] = .int(i) }
            // An S-node's own `nodeID` and `text` are in its relation's data; any `type` there is not AIF's.
            for (k, v) in extras(g.data, skipping: skip, colliding: ["type"]) { obj[k] = v }
            nodes.append(.object(obj))
            for f in g.from { edge(aifID[f.index], id, intoSNode: true) }
            for t in g.to { edge(id, aifID[t.index]) }
        }
    }

    /// The relation an S-node of `type` reads as when it points at a node of `kind` (no marker).
    private func natural(_ type: String, to kind: NodeKind) -> RelationType {
        switch type {
        case "CA": kind == .argument ? .undercut : .attack
        case "MA": .rephrase
        default: .support
        }
    }

    private mutating func claim(_ title: String) -> String {
        if used.insert(title).inserted { return title }
        var n = 2
        while !used.insert("\(title) (\(n))").inserted { n += 1 }
        return "\(title) (\(n))"
    }
}
