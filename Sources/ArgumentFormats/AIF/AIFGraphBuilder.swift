import ArgumentModel
import Collections

/// Turns parsed AIF documents into a graph: ``add(_:)`` each document (its nodes join the union at once, so a
/// merged corpus holds no document twice), then ``build(diagnostics:)``. One use per instance.
struct AIFGraphBuilder {
    private let limits: ReadLimits
    private var diagnostics: [Diagnostic] = []
    /// Union of the documents' nodes by id (the first occurrence wins), in file order.
    private var nodes: [AIFRawNode] = []
    private var nodeIndex: [String: Int] = [:]
    /// Every document's edges, checked once all nodes are known (an edge may name a node of a later file).
    private var pendingEdges: [AIFRawEdge] = []
    private var locutions: [DataValue] = []
    private var seenLocutions = Set<DataValue>()
    private var extraKeys = OrderedDictionary<String, DataValue>()
    private var documentCount = 0
    private var wrappers: [DataValue] = []

    init(limits: ReadLimits = .default) {
        self.limits = limits
    }

    /// The graph of one parsed file (a document and its parse diagnostics, which come first in the result), within
    /// `limits`. Complexity: O(nodes + edges + relations built).
    static func graph(of parsed: (document: AIFDocument, diagnostics: [Diagnostic]), limits: ReadLimits) -> ReadResult {
        var builder = AIFGraphBuilder(limits: limits)
        builder.add(parsed.document)
        return builder.build(diagnostics: parsed.diagnostics)
    }

    /// Node types of the argument layer, which the graph holds; every other type is the dialogue layer.
    static let argumentLayer: Set<String> = ["I", "RA", "CA", "MA"]

    private enum Role { case statement, argument, relation, dialogue }

    /// Adds one document: its nodes join the union (a nodeID seen before keeps its first occurrence; a different
    /// type or text is a warning), its edges, locutions and other keys are kept for ``build(diagnostics:)``.
    /// O(nodes + edges + locutions of the document).
    mutating func add(_ document: AIFDocument) {
        documentCount += 1
        for node in document.nodes {
            if let existing = nodeIndex[node.id] {
                let old = nodes[existing]
                if old.type != node.type || old.text != node.text {
                    diagnostics.append(Diagnostic(
                        .warning, code: .aifConflictingNode,
                        "nodeID \(node.id) occurs again with a different type or text; the first occurrence is kept",
                        at: node.range))
                }
                continue
            }
            nodeIndex[node.id] = nodes.count
            nodes.append(node)
        }
        pendingEdges += document.edges
        for l in document.locutions where seenLocutions.insert(l).inserted { locutions.append(l) }
        for (k, v) in document.extraKeys where extraKeys[k] == nil { extraKeys[k] = v }
        if let wrapper = document.wrapper { wrappers.append(wrapper) }
    }

    mutating func build(diagnostics initial: [Diagnostic]) -> ReadResult {
        diagnostics = initial + diagnostics
        // 1. Edges of the union by (from, to).
        var edges: [AIFRawEdge] = []
        var seenEdges = Set<String>()
        for edge in pendingEdges {
            guard nodeIndex[edge.from] != nil, nodeIndex[edge.to] != nil else {
                let missing = nodeIndex[edge.from] == nil ? edge.from : edge.to
                diagnostics.append(Diagnostic(
                    .error, code: .aifUnknownNode, "edge \(edge.from) → \(edge.to) names nodeID \(missing), which no node has; the edge is skipped",
                    at: edge.range))
                continue
            }
            if edge.from == edge.to {
                diagnostics.append(Diagnostic(
                    .warning, code: .aifSelfLoop, "edge from nodeID \(edge.from) to itself is ignored", at: edge.range))
                continue
            }
            guard seenEdges.insert(edge.from + "\u{0}" + edge.to).inserted else { continue }
            edges.append(edge)
        }
        pendingEdges = []
        let nodes = self.nodes, nodeIndex = self.nodeIndex

        // 2. Roles. An S-node is a relation unless it is an RA, is forced to be an argument, or is the target of
        //    another S-node (then it must be a node for that relation to point at). argmap's markers override.
        func marker(_ n: AIFRawNode) -> String? { n.extras["argmapRelation"]?.stringValue }
        var role = [Role](repeating: .dialogue, count: nodes.count)
        for (i, n) in nodes.enumerated() where Self.argumentLayer.contains(n.type) {
            if n.type == "I" { role[i] = .statement }
            else if marker(n) != nil { role[i] = .relation }
            else if n.type == "RA" || n.extras["argmapNode"]?.stringValue == "argument" { role[i] = .argument }
            else { role[i] = .relation }
        }
        for e in edges {
            guard let f = nodeIndex[e.from], let t = nodeIndex[e.to] else { continue }
            if nodes[f].type != "I", role[f] != .dialogue, role[t] == .relation, marker(nodes[t]) == nil {
                role[t] = .argument
            }
        }

        // 3. Graph nodes, in file order.
        var builder = GraphBuilder()
        var graphNode: [Int: NodeID] = [:]
        for (i, n) in nodes.enumerated() where role[i] == .statement || role[i] == .argument {
            let id = builder.node(role[i] == .statement ? .statement : .argument, title: n.id)
            graphNode[i] = id
            var data = DataValue.object(AIFReader.data(fromExtras: n.extras))
            if role[i] == .argument && n.type != "RA" { data = data.setting("aifType", to: .string(n.type)) }
            builder.update(id) { node in
                node.text = n.text
                node.data = data
                node.occurrences = [Occurrence(role: .imported, text: n.text, range: n.range)]
            }
        }

        // 4. Sort edges into premises, targets, relation sources and the dialogue layer.
        var premises: [Int: [Int]] = [:], targets: [Int: [Int]] = [:], sources: [Int: [Int]] = [:]
        var dialogueEdges: [AIFRawEdge] = []
        var dialogueNeighbours: [Int: [(other: Int, outgoing: Bool)]] = [:]
        for e in edges {
            guard let f = nodeIndex[e.from], let t = nodeIndex[e.to] else { continue }
            if role[f] == .dialogue || role[t] == .dialogue {
                dialogueEdges.append(e)
                dialogueNeighbours[f, default: []].append((t, true))
                dialogueNeighbours[t, default: []].append((f, false))
                continue
            }
            switch (role[f], role[t]) {
            case (_, .relation) where role[f] != .relation: sources[t, default: []].append(f)
            case (.relation, .relation):
                diagnostics.append(Diagnostic(
                    .warning, code: .aifUnsupportedEdge,
                    "edge \(e.from) → \(e.to) joins two relation S-nodes, which the graph cannot hold; it is ignored", at: e.range))
            case (.relation, _): targets[f, default: []].append(t)
            case (.statement, .argument): premises[t, default: []].append(f)
            case (.argument, _): targets[f, default: []].append(t)
            default:
                diagnostics.append(Diagnostic(
                    .warning, code: .aifIToIEdge,
                    "edge \(e.from) → \(e.to) joins two I-nodes without an S-node between them; it is ignored", at: e.range))
            }
        }

        // 5. Premise-conclusion structures and the relations of argument nodes.
        for (i, n) in nodes.enumerated() where role[i] == .argument {
            guard let id = graphNode[i] else { continue }
            let ps = premises[i] ?? []
            var outs = targets[i] ?? []
            var steps: [PCSStep] = []
            if !ps.isEmpty {
                for (k, p) in ps.enumerated() {
                    if let pid = graphNode[p] { steps.append(.statement(PCSStatement(number: k + 1, statement: pid, role: .premise))) }
                }
                let scheme = n.extras["scheme"]?.stringValue
                steps.append(.inference(Inference(rules: scheme.map { [$0] } ?? [])))
                if n.type == "RA", let c = outs.firstIndex(where: { role[$0] == .statement }), let cid = graphNode[outs[c]] {
                    steps.append(.statement(PCSStatement(number: ps.count + 1, statement: cid, role: .mainConclusion)))
                    outs.remove(at: c)
                } else if n.type == "RA", n.extras["argmapNode"] == nil {
                    diagnostics.append(Diagnostic(
                        .warning, code: .aifNoConclusion, "RA node \(n.id) has premises but no conclusion I-node", at: n.range))
                }
                builder.update(id) { $0.pcs = PremiseConclusionStructure(steps: steps) }
            }
            for t in outs {
                guard let tid = graphNode[t] else { continue }
                let type: RelationType
                switch n.type {
                case "CA": type = role[t] == .argument ? .undercut : .attack
                case "MA": type = .rephrase
                default: type = .support
                }
                builder.addRelation(from: id, to: tid, type: type, range: n.range)
            }
        }

        // 6. Relation S-nodes: every source relates to every target, unless those cross products together would
        //    exceed the limits (then no S-node's relations are built: a clear error, not gigabytes).
        var relationProvenance: [Int: [RelationID]] = [:]
        var crossProducts = 0, largest = (node: -1, size: 0)
        for (i, _) in nodes.enumerated() where role[i] == .relation {
            let size = (sources[i]?.count ?? 0).multipliedReportingOverflow(by: targets[i]?.count ?? 0)
            let sum = crossProducts.addingReportingOverflow(size.overflow ? Int.max : size.partialValue)
            crossProducts = sum.overflow ? Int.max : sum.partialValue
            if size.partialValue > largest.size { largest = (i, size.partialValue) }
        }
        let refuseRelations = crossProducts > limits.allowance(forInputOfSize: edges.count)
        if refuseRelations, largest.node >= 0 {
            let n = nodes[largest.node]
            diagnostics.append(Diagnostic(
                .error, code: .aifTooLarge,
                limits.refusal(
                    "S-nodes relating every premise to every target would make \(crossProducts) relations (\(n.type) node \(n.id) alone: "
                        + "\(sources[largest.node]?.count ?? 0) × \(targets[largest.node]?.count ?? 0))",
                    inputSize: edges.count, unit: "edges"),
                at: n.range))
        }
        for (i, n) in nodes.enumerated() where role[i] == .relation && !refuseRelations {
            let src = sources[i] ?? [], trg = targets[i] ?? []
            if src.isEmpty || trg.isEmpty {
                diagnostics.append(Diagnostic(
                    .warning, code: .aifDanglingSNode,
                    "\(n.type) node \(n.id) has \(src.isEmpty ? "no premise" : "no target"); it relates nothing and is ignored",
                    at: n.range))
                continue
            }
            var data = OrderedDictionary<String, DataValue>()
            data["nodeID"] = .string(n.id)
            if let text = n.text { data["text"] = .string(text) }
            for (k, v) in AIFReader.data(fromExtras: n.extras) { data[k] = v }
            let forced = n.extras["argmapRelation"]?.stringValue.flatMap(RelationType.init(rawValue:))
            if n.extras["argmapRelation"] != nil && forced == nil {
                diagnostics.append(Diagnostic(
                    .warning, code: .aifUnknownRelation, "S-node \(n.id) has an unknown argmapRelation; read as its AIF type", at: n.range))
            }
            let inference = n.extras["argmapInference"]?.intValue
            for s in src {
                for t in trg {
                    guard let sid = graphNode[s], let tid = graphNode[t] else { continue }
                    let type: RelationType
                    if let forced { type = forced }
                    else {
                        switch n.type {
                        case "CA": type = role[t] == .argument ? .undercut : .attack
                        case "MA": type = .rephrase
                        default: type = .support
                        }
                    }
                    // Each S-node is its own relation: two CAs between the same I-nodes stay two (with both ids).
                    let r = builder.addRelation(
                        from: sid, to: tid, type: type, inference: type == .undercut ? inference : nil,
                        range: n.range, data: .object(data), mergingDuplicates: false)
                    relationProvenance[i, default: []].append(r.id)
                }
            }
        }

        // 7. Dialogue layer: verbatim in metadata, summarised as provenance on what it anchors.
        var provenance: [Int: [DataValue]] = [:]
        for (i, n) in nodes.enumerated() where role[i] == .dialogue {
            for (other, outgoing) in dialogueNeighbours[i] ?? [] where role[other] != .dialogue {
                var entry = OrderedDictionary<String, DataValue>()
                entry["type"] = .string(n.type)
                entry["nodeID"] = .string(n.id)
                if let text = n.text { entry["text"] = .string(text) }
                entry["edge"] = .string(outgoing ? "in" : "out")  // into the claim, or out of it
                let linked: [DataValue] = (dialogueNeighbours[i] ?? []).compactMap { pair in
                    guard role[pair.other] == .dialogue else { return nil }
                    let o = nodes[pair.other]
                    var d = OrderedDictionary<String, DataValue>()
                    d["type"] = .string(o.type)
                    d["nodeID"] = .string(o.id)
                    if let t = o.text { d["text"] = .string(t) }
                    return .object(d)
                }
                if !linked.isEmpty { entry["linked"] = .array(linked) }
                // The other claims the dialogue node joins (a PA's preferred/dispreferred partner).
                let others: [DataValue] = (dialogueNeighbours[i] ?? []).compactMap { pair in
                    role[pair.other] != .dialogue && pair.other != other ? .string(nodes[pair.other].id) : nil
                }
                if !others.isEmpty { entry["with"] = .array(others) }
                provenance[other, default: []].append(.object(entry))
            }
        }
        for (i, entries) in provenance.sorted(by: { $0.key < $1.key }) {
            if let id = graphNode[i] {
                builder.update(id) { $0.data = $0.data.setting("provenance", to: .array(entries)) }
            } else if role[i] == .relation {
                for r in relationProvenance[i] ?? [] {
                    builder.updateRelation(r) { $0.data = $0.data.setting("provenance", to: .array(entries)) }
                }
            }
        }

        // 8. Metadata: what the graph itself cannot hold, so a writer can give it back.
        var aif = OrderedDictionary<String, DataValue>()
        let dialogueNodes = nodes.enumerated().filter { role[$0.offset] == .dialogue }.map(\.element.json)
        // An edge to a node the graph does not hold (an ignored dangling S-node, or one whose relation another
        // S-node also expresses, so the relation carries the other's id) would name a node no writer writes, so the
        // written file would not read back; it is dropped with that node.
        func held(_ id: String) -> Bool {
            guard let i = nodeIndex[id] else { return false }
            if role[i] == .dialogue || graphNode[i] != nil { return true }
            return (relationProvenance[i] ?? []).contains { builder.relations[$0.index].data["nodeID"]?.stringValue == id }
        }
        dialogueEdges.removeAll { !held($0.from) || !held($0.to) }
        if !dialogueNodes.isEmpty || !dialogueEdges.isEmpty {
            aif["dialogue"] = .object(["nodes": .array(dialogueNodes), "edges": .array(dialogueEdges.map(\.json))])
        }
        if !locutions.isEmpty { aif["locutions"] = .array(locutions) }
        let own = extraKeys.removeValue(forKey: AIFReader.metadataKey)?.objectValue ?? [:]
        if !extraKeys.isEmpty { aif["extra"] = .object(extraKeys) }
        if documentCount == 1, let wrapper = wrappers.first {
            aif["wrapper"] = wrapper
        } else if documentCount > 1, !wrappers.isEmpty {
            diagnostics.append(Diagnostic(
                .note, code: .aifWrapperDropped, "the OVA wrapper data (text, layout) of merged files is not kept"))
        }
        var metadata = own
        if !aif.isEmpty { metadata["aif"] = .object(aif) }
        if !metadata.isEmpty { builder.metadata = .object(metadata) }
        return ReadResult(graph: builder.build(), diagnostics: diagnostics)
    }
}
