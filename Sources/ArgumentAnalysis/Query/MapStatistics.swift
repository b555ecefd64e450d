import ArgumentModel

/// Reasons and objections counted for one claim.
public struct ClaimStatistics: Hashable, Sendable, Codable {
    /// The file the claim comes from (in a corpus), else nil.
    public var file: String?
    /// The claim's title.
    public var title: String
    /// Distinct nodes that support it directly: its incoming supportive connections (`MapConnections`:
    /// listed supports, an argument's support of its conclusion).
    public var reasons: Int
    /// Distinct nodes that contradict it directly (`?x contradicts [claim]`).
    public var objections: Int

    /// Creates the counts for one claim.
    public init(file: String? = nil, title: String, reasons: Int, objections: Int) {
        self.file = file
        self.title = title
        self.reasons = reasons
        self.objections = objections
    }
}

/// The counts of one file of a corpus (a row of `argmap stats --per-file`).
public struct FileStatistics: Hashable, Sendable, Codable {
    /// The file.
    public var file: String
    /// Statement (claim) nodes.
    public var statements: Int
    /// Argument nodes.
    public var arguments: Int
    /// Listed relations.
    public var relations: Int
    /// Nodes by component label (data `label`: brat's `MajorClaim`, `Claim`, `Premise`).
    public var labels: [String: Int]
}

/// Counts describing a map (or a corpus of maps, summed).
public struct MapStatistics: Hashable, Sendable, Codable {
    /// The files counted (empty for an unnamed single graph).
    public var files: [String]
    /// Statement (claim) nodes.
    public var statements: Int
    /// Argument nodes.
    public var arguments: Int
    /// Arguments with a premise-conclusion structure.
    public var reconstructedArguments: Int
    /// Listed relations by type (raw value), every type present with 0 when absent.
    public var relations: [String: Int]
    /// Derived (implicit) relations by type.
    public var derivedRelations: [String: Int]
    /// Nodes by component label (node data `label`, as brat essays and annotation corpora carry: `MajorClaim`,
    /// `Claim`, `Premise`); empty when no node has one.
    public var labels: [String: Int]
    /// One row per file, in order (one row for a single named graph).
    public var perFile: [FileStatistics]
    /// The longest chain of supportive connections (`MapConnections`: a premise → its argument →
    /// its conclusion is two) ending in a main conclusion, in edges; support cycles count as one node.
    public var depth: Int
    /// The main conclusions the map declares (front matter `mainConclusion: Title`, else nodes with data
    /// `mainConclusion: true`); when it declares none, the support graph's sinks (claims or arguments with
    /// incoming support and no outgoing support; a premise supports its argument, so it is no sink).
    public var mainConclusions: Int
    /// Mean number of reasons per claim.
    public var reasonsPerClaim: Double
    /// Mean number of objections per claim.
    public var objectionsPerClaim: Double
    /// Claims without any reason.
    public var unsupportedClaims: Int
    /// Per claim, in node order (file by file).
    public var claims: [ClaimStatistics]
    /// Up to five claims with the most objections (ties: more reasons first, then order).
    public var mostContested: [ClaimStatistics]

    /// The statistics of one graph. Complexity: O(nodes + relations + total pcs size).
    public static func of(_ graph: ArgumentGraph, file: String? = nil) -> MapStatistics {
        let connections = MapConnections(graph)
        var listed = Dictionary(uniqueKeysWithValues: RelationType.allCases.map { ($0.rawValue, 0) })
        var derived = listed
        for r in graph.relations {
            if r.isDerived { derived[r.type.rawValue, default: 0] += 1 } else { listed[r.type.rawValue, default: 0] += 1 }
        }
        var claims: [ClaimStatistics] = []
        for node in graph.nodes where node.kind == .statement {
            let reasons = Set(connections.incoming(node.id).filter(\.type.isSupportive).map(\.from))
            let objections = Set(Objections.edges(to: node.id, in: connections).map(\.node))
            claims.append(ClaimStatistics(file: file, title: node.title, reasons: reasons.count, objections: objections.count))
        }
        let (depth, sinks) = supportDepth(connections, nodeCount: graph.nodes.count)
        let declared = MainConclusions.declared(in: graph).count
        var labels: [String: Int] = [:]
        for node in graph.nodes { if let label = node.data["label"]?.stringValue { labels[label, default: 0] += 1 } }
        let statements = graph.nodes.count { $0.kind == .statement }, arguments = graph.nodes.count { $0.kind == .argument }
        let row = FileStatistics(
            file: file ?? "", statements: statements, arguments: arguments,
            relations: graph.relations.count { !$0.isDerived }, labels: labels)
        return MapStatistics(
            files: file.map { [$0] } ?? [],
            statements: statements, arguments: arguments,
            reconstructedArguments: graph.nodes.count { $0.pcs != nil },
            relations: listed, derivedRelations: derived, labels: labels, perFile: [row],
            depth: depth, mainConclusions: declared > 0 ? declared : sinks, claims: claims)
    }

    /// The statistics of several maps summed as one corpus: counts add up, the depth is the largest, means and
    /// the most contested claims are taken over all claims. Complexity: O(total size).
    public static func corpus(_ maps: [(file: String, graph: ArgumentGraph)]) -> MapStatistics {
        let parts = maps.map { of($0.graph, file: $0.file) }
        func sum(_ key: KeyPath<MapStatistics, [String: Int]>) -> [String: Int] {
            parts.reduce(into: [:]) { acc, p in for (k, v) in p[keyPath: key] { acc[k, default: 0] += v } }
        }
        return MapStatistics(
            files: parts.flatMap(\.files),
            statements: parts.reduce(0) { $0 + $1.statements },
            arguments: parts.reduce(0) { $0 + $1.arguments },
            reconstructedArguments: parts.reduce(0) { $0 + $1.reconstructedArguments },
            relations: sum(\.relations), derivedRelations: sum(\.derivedRelations), labels: sum(\.labels),
            perFile: parts.flatMap(\.perFile),
            depth: parts.map(\.depth).max() ?? 0,
            mainConclusions: parts.reduce(0) { $0 + $1.mainConclusions },
            claims: parts.flatMap(\.claims))
    }

    private init(
        files: [String], statements: Int, arguments: Int, reconstructedArguments: Int, relations: [String: Int],
        derivedRelations: [String: Int], labels: [String: Int], perFile: [FileStatistics], depth: Int,
        mainConclusions: Int, claims: [ClaimStatistics]
    ) {
        self.labels = labels
        self.perFile = perFile
        self.files = files
        self.statements = statements
        self.arguments = arguments
        self.reconstructedArguments = reconstructedArguments
        self.relations = relations
        self.derivedRelations = derivedRelations
        self.depth = depth
        self.mainConclusions = mainConclusions
        self.claims = claims
        let n = Double(max(1, claims.count))
        reasonsPerClaim = claims.isEmpty ? 0 : Double(claims.reduce(0) { $0 + $1.reasons }) / n
        objectionsPerClaim = claims.isEmpty ? 0 : Double(claims.reduce(0) { $0 + $1.objections }) / n
        unsupportedClaims = claims.count { $0.reasons == 0 }
        let ranked = claims.enumerated().filter { $0.element.objections > 0 }.sorted { a, b in
            (a.element.objections, a.element.reasons) != (b.element.objections, b.element.reasons)
                ? (a.element.objections, a.element.reasons) > (b.element.objections, b.element.reasons)
                : a.offset < b.offset
        }
        mostContested = ranked.prefix(5).map(\.element)
    }

    /// The longest support chain (edges between strongly connected components of the support graph, so cycles
    /// cannot make it infinite) and the number of main conclusions (nodes with incoming but no outgoing support).
    /// Tarjan's algorithm, iterative, over the supportive `connections`. Complexity: O(nodes + connections).
    static func supportDepth(_ connections: MapConnections, nodeCount n: Int) -> (depth: Int, mainConclusions: Int) {
        var successors = [[Int]](repeating: [], count: n)
        var hasIncoming = [Bool](repeating: false, count: n)
        for r in connections.all where r.type.isSupportive {
            successors[r.from.index].append(r.to.index)
            hasIncoming[r.to.index] = true
        }
        let mainConclusions = (0..<n).count { hasIncoming[$0] && successors[$0].isEmpty }
        // Tarjan: components are completed sinks-first.
        var index = [Int](repeating: -1, count: n), low = [Int](repeating: 0, count: n)
        var onStack = [Bool](repeating: false, count: n), component = [Int](repeating: -1, count: n)
        var stack: [Int] = [], counter = 0, components = 0
        var height: [Int] = []
        for root in 0..<n where index[root] < 0 {
            var work: [(node: Int, next: Int)] = [(root, 0)]
            index[root] = counter; low[root] = counter; counter += 1
            stack.append(root); onStack[root] = true
            while let (v, i) = work.last {
                if i < successors[v].count {
                    work[work.count - 1].next += 1
                    let w = successors[v][i]
                    if index[w] < 0 {
                        index[w] = counter; low[w] = counter; counter += 1
                        stack.append(w); onStack[w] = true
                        work.append((w, 0))
                    } else if onStack[w] {
                        low[v] = min(low[v], index[w])
                    }
                    continue
                }
                work.removeLast()
                if let parent = work.last { low[parent.node] = min(low[parent.node], low[v]) }
                guard low[v] == index[v] else { continue }
                var members: [Int] = []
                while let w = stack.popLast() {
                    onStack[w] = false
                    component[w] = components
                    members.append(w)
                    if w == v { break }
                }
                // Every successor outside this component is in a finished component with a known height.
                var h = 0
                for m in members {
                    for w in successors[m] where component[w] != components { h = max(h, height[component[w]] + 1) }
                }
                height.append(h)
                components += 1
            }
        }
        return (height.max() ?? 0, mainConclusions)
    }
}
