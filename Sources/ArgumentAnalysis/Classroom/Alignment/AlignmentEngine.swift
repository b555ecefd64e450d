import ArgumentModel

/// Pairs the nodes of two maps (a key and a student's map, or an old and a new version) one to one, by words,
/// quotes, titles and structure together, solved as an optimal assignment (docs/grading.md §1 explains it with
/// worked examples).
///
/// 1. **Lexical evidence** for every (a, b) pair (``LexicalEvidence``): Dice similarity of the concept words
///    (stop words dropped, light stemming, ``Synonyms`` folded) over each node's wordings (its text, or title
///    without text, and the key's accepted alternatives); the same quoted passage counts as the same claim; the same
///    title adds ``LexicalEvidence/titleBonus``; an accepted title pairs outright.
/// 2. **Structure** under the current pairing (`structure(_:_:)`): the main conclusions pair; a node's typed,
///    directed connections (`MapConnections`) agree with the other node's when their ends are paired; the
///    subtree shape (incoming and outgoing supports and attacks) is similar.
/// 3. **Assignment**: weight(a, b) = lexical + ``structureWeight`` × structure when lexical > 0 (structure alone
///    never pairs two nodes that share nothing), kept when ≥ threshold; ``Assignment/maximising(_:columns:)``
///    finds the pairing of largest total weight.
/// Steps 2–3 repeat with the new pairing until it no longer changes (at most ``maxRounds`` rounds; a pairing seen
/// before also stops it).
///
/// Complexity: per round O(A·B·d) for the structure scores (d = connections per node) plus O(n³) for the
/// assignment, n = max(A, B); lexical evidence once, O(A·B·w) for w words per text. At most ``maxRounds`` rounds,
/// so O(n³) overall: fine for classroom maps and document versions of a few hundred nodes, slow past a few
/// thousand.
public struct AlignmentEngine: Sendable {
    /// Weight of the structure score in a pair's weight.
    public static let structureWeight = 0.4
    /// Most rounds of structure refinement.
    public static let maxRounds = 10

    let a: ArgumentGraph
    let b: ArgumentGraph
    let lexical: [[LexicalEvidence]]
    let adjacencyA: [[Edge]]
    let adjacencyB: [[Edge]]
    let edgeSetsB: [Set<Edge>]
    let mainA: NodeID?
    let mainB: NodeID?

    /// One connection seen from a node: the other end, the type, and whether it leaves the node.
    struct Edge: Hashable {
        var other: Int
        var type: RelationType
        var outgoing: Bool
    }

    /// Prepares the comparison of `a` (key, old) with `b` (student, new). Complexity: O(A·B·w + E).
    public init(_ a: ArgumentGraph, _ b: ArgumentGraph) {
        self.a = a
        self.b = b
        let ea = a.nodes.map(NodeEvidence.init), eb = b.nodes.map(NodeEvidence.init)
        lexical = ea.map { x in eb.map { y in LexicalEvidence(x, y) } }
        adjacencyA = Self.adjacency(a)
        adjacencyB = Self.adjacency(b)
        edgeSetsB = adjacencyB.map(Set.init)
        mainA = MainConclusion.of(a)
        mainB = MainConclusion.of(b)
    }

    /// Aligns the two maps with `threshold` (least pair weight). See the type's discussion.
    public func align(threshold: Double) -> NodeAlignment {
        var pairing = [Int?](repeating: nil, count: a.nodes.count)
        var seen: Set<[Int?]> = []
        var weights: [[Double]] = []
        for _ in 0..<Self.maxRounds {
            weights = self.weights(pairing, threshold: threshold)
            let next = Assignment.maximising(weights, columns: b.nodes.count)
            if next == pairing || !seen.insert(next).inserted {
                pairing = next
                break
            }
            pairing = next
        }
        var matches: [NodeMatch] = []
        for (i, j) in pairing.enumerated() {
            guard let j else { continue }
            let lex = lexical[i][j]
            let method: NodeMatch.Method = lex.value < threshold ? .structure : lex.method
            matches.append(NodeMatch(key: NodeID(i), student: NodeID(j), method: method, similarity: lex.text, weight: weights[i][j]))
        }
        return NodeAlignment(matches: matches, keyCount: a.nodes.count, studentCount: b.nodes.count)
    }

    /// Pair weights under `pairing` (a node of `a` → its partner in `b`); below `threshold` → 0.
    func weights(_ pairing: [Int?], threshold: Double) -> [[Double]] {
        var inverse = [Int?](repeating: nil, count: b.nodes.count)
        for (i, j) in pairing.enumerated() { if let j { inverse[j] = i } }
        return (0..<a.nodes.count).map { i in
            (0..<b.nodes.count).map { j in
                let lex = lexical[i][j].value
                guard lex > 0 else { return 0 }
                let w = lex + Self.structureWeight * structure(i, j, pairing: pairing)
                return w >= threshold ? w : 0
            }
        }
    }

    /// The structure score of pairing node `i` of `a` with node `j` of `b`, 0 ... 1:
    /// 0.6 × agreeing connections (Dice over typed, directed connections whose other ends are paired)
    /// + 0.25 × both are their map's main conclusion + 0.15 × shape similarity (1 − L1 distance / total of the
    /// two profiles of incoming and outgoing supports and attacks; 0 when both have none). O(d).
    func structure(_ i: Int, _ j: Int, pairing: [Int?]) -> Double {
        let ea = adjacencyA[i], eb = adjacencyB[j]
        var agree = 0
        if !ea.isEmpty && !eb.isEmpty {
            let set = edgeSetsB[j]
            for e in ea {
                if let p = pairing[e.other], set.contains(Edge(other: p, type: e.type, outgoing: e.outgoing)) { agree += 1 }
            }
        }
        let neighbours = ea.count + eb.count == 0 ? 0 : 2 * Double(agree) / Double(ea.count + eb.count)
        let main = mainA?.index == i && mainB?.index == j ? 1.0 : 0
        let pa = Self.profile(ea), pb = Self.profile(eb)
        let total = zip(pa, pb).reduce(0) { $0 + $1.0 + $1.1 }
        let distance = zip(pa, pb).reduce(0) { $0 + abs($1.0 - $1.1) }
        let shape = total == 0 ? 0 : 1 - Double(distance) / Double(total)
        return 0.6 * neighbours + 0.25 * main + 0.15 * shape
    }

    /// Counts of incoming support, incoming attack, outgoing support, outgoing attack.
    static func profile(_ edges: [Edge]) -> [Int] {
        var p = [0, 0, 0, 0]
        for e in edges {
            let slot = (e.outgoing ? 2 : 0) + (e.type.isSupportive ? 0 : 1)
            p[slot] += 1
        }
        return p
    }

    /// Per node, its connections (`MapConnections`) from its side. O(E).
    static func adjacency(_ g: ArgumentGraph) -> [[Edge]] {
        var adj = [[Edge]](repeating: [], count: g.nodes.count)
        for r in ComparedConnections.of(g) where r.from != r.to {
            adj[r.from.index].append(Edge(other: r.to.index, type: r.type, outgoing: true))
            adj[r.to.index].append(Edge(other: r.from.index, type: r.type, outgoing: r.type.isSymmetric))
        }
        return adj
    }
}
