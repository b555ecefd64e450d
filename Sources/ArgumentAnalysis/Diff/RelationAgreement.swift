import ArgumentModel

/// Agreement between two versions' relations over the nodes both have, the figures annotation studies report
/// (docs/grading.md §7 has a worked example).
///
/// The table: every ordered pair (i, j), i ≠ j, of the m aligned nodes (m·(m − 1) items), labelled in each version
/// with the types of the relations from i to j (`none` when there is none; several types are one combined label;
/// a symmetric relation labels both orders). Then
/// - precision = pairs with the same non-`none` label in both / pairs with a relation in NEW,
/// - recall = the same count / pairs with a relation in OLD (OLD is the reference),
/// - F1 = 2·P·R / (P + R),
/// - Cohen's kappa κ = (pₒ − pₑ) / (1 − pₑ), pₒ = pairs labelled alike (`none` included) / all pairs,
///   pₑ = Σ over labels of p_OLD(label) · p_NEW(label).
/// Degenerate cases: a ratio whose denominator is 0 is 1 when both versions have no relation there, else 0;
/// κ is 1 when pₑ = 1 and pₒ = 1 (and 0 when pₑ = 1 otherwise).
public struct RelationAgreement: Hashable, Sendable, Codable {
    /// Precision of NEW against OLD.
    public var precision: Double
    /// Recall of NEW against OLD.
    public var recall: Double
    /// Harmonic mean of precision and recall.
    public var f1: Double
    /// Cohen's kappa over the pair × label table.
    public var kappa: Double

    /// The figures for relations among `nodes` (new-side ids of the aligned nodes); `old` already mapped to
    /// new-side ids. Relations with an end outside `nodes` are ignored. Complexity: O(m + E) (the `none` cells are
    /// counted, not listed).
    public init(nodes: [NodeID], old: [(NodeID, NodeID, RelationType)], new: [(NodeID, NodeID, RelationType)]) {
        let inside = Set(nodes)
        func table(_ rels: [(NodeID, NodeID, RelationType)]) -> [Cell: String] {
            var types: [Cell: Set<String>] = [:]
            for (f, t, type) in rels where f != t && inside.contains(f) && inside.contains(t) {
                types[Cell(f.index, t.index), default: []].insert(type.rawValue)
                if type.isSymmetric { types[Cell(t.index, f.index), default: []].insert(type.rawValue) }
            }
            return types.mapValues { $0.sorted().joined(separator: "+") }
        }
        let o = table(old), n = table(new)
        let both = o.filter { n[$0.key] == $0.value }.count
        func ratio(_ x: Int, _ y: Int, empty: Bool) -> Double { y == 0 ? (empty ? 1 : 0) : Double(x) / Double(y) }
        let noRelations = o.isEmpty && n.isEmpty
        precision = ratio(both, n.count, empty: noRelations)
        recall = ratio(both, o.count, empty: noRelations)
        f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)

        let m = inside.count
        let items = m * (m - 1)
        guard items > 0 else {
            kappa = 1
            return
        }
        let union = Set(o.keys).union(n.keys).count
        let po = Double(items - union + both) / Double(items)
        var oldCount: [String: Int] = ["none": items - o.count], newCount: [String: Int] = ["none": items - n.count]
        for label in o.values { oldCount[label, default: 0] += 1 }
        for label in n.values { newCount[label, default: 0] += 1 }
        let pe = oldCount.reduce(0.0) { sum, entry in
            sum + Double(entry.value) / Double(items) * Double(newCount[entry.key] ?? 0) / Double(items)
        }
        kappa = pe >= 1 ? (po >= 1 ? 1 : 0) : (po - pe) / (1 - pe)
    }

    private struct Cell: Hashable {
        var from: Int
        var to: Int
        init(_ from: Int, _ to: Int) {
            self.from = from
            self.to = to
        }
    }
}
