import ArgumentModel

/// What changed between two versions of a map (`argmap diff OLD NEW`), through the same alignment as grading
/// (``AlignmentEngine``, OLD on the key side): nodes matched, reworded, added and removed; connections
/// (`MapConnections`) unchanged, added, removed and changed (type or direction); claims whose grounded label
/// changes; and agreement figures over the relations of aligned nodes (``RelationAgreement``).
public struct MapDiff: Sendable {
    /// A relation between the same two aligned nodes in both versions, with another type or the other direction.
    public struct Change: Hashable, Sendable {
        /// The old version's relation.
        public var old: Relation
        /// The new version's relation.
        public var new: Relation
        /// Whether the type differs.
        public var typeChanged: Bool { old.type != new.type }
        /// Whether the direction differs (never for a symmetric pair).
        public var directionChanged: Bool
    }

    /// An aligned statement whose grounded label differs between the versions.
    public struct LabelChange: Hashable, Sendable {
        /// The statement in the old version.
        public var old: NodeID
        /// Its partner in the new version.
        public var new: NodeID
        /// The old label.
        public var from: Label
        /// The new label.
        public var to: Label
    }

    /// The old version.
    public let old: ArgumentGraph
    /// The new version.
    public let new: ArgumentGraph
    /// The node pairing (old on the key side).
    public let alignment: NodeAlignment
    /// Aligned pairs with the same kind, title and text.
    public let matched: [NodeMatch]
    /// Aligned pairs whose title or text changed.
    public let reworded: [NodeMatch]
    /// New nodes with no old partner, in new order.
    public let added: [NodeID]
    /// Old nodes with no new partner, in old order.
    public let removed: [NodeID]
    /// Relations in both versions between the same aligned nodes, same type and direction (old, new).
    public let unchanged: [(old: Relation, new: Relation)]
    /// New relations with no old counterpart.
    public let relationsAdded: [Relation]
    /// Old relations with no new counterpart.
    public let relationsRemoved: [Relation]
    /// Relations whose type or direction changed.
    public let relationsChanged: [Change]
    /// Aligned statements whose grounded label changed, in old order.
    public let labelChanges: [LabelChange]
    /// Precision, recall, F1 and Cohen's kappa over the relations of aligned nodes.
    public let agreement: RelationAgreement

    /// Compares `old` with `new`. Complexity: the alignment's O(n³), plus O(N + E) for the rest and two grounded
    /// evaluations (O(N + E) each).
    public init(old: ArgumentGraph, new: ArgumentGraph, threshold: Double = NodeAlignment.defaultThreshold) {
        self.old = old
        self.new = new
        let a = NodeAlignment.align(key: old, student: new, threshold: threshold)
        alignment = a
        matched = a.matches.filter { !Self.isReworded(old[$0.key], new[$0.student]) }
        reworded = a.matches.filter { Self.isReworded(old[$0.key], new[$0.student]) }
        added = a.unmatchedStudent
        removed = a.unmatchedKey

        // Connections grouped by the unordered pair of new-side ends.
        let oldConnections = ComparedConnections.of(old), newConnections = ComparedConnections.of(new)
        var oldByPair: [Pair: [Relation]] = [:], newByPair: [Pair: [Relation]] = [:]
        var removedRelations: [Relation] = [], addedRelations: [Relation] = []
        for r in oldConnections {
            if let f = a.student(for: r.from), let t = a.student(for: r.to) {
                oldByPair[Pair(f, t), default: []].append(r)
            } else {
                removedRelations.append(r)
            }
        }
        for r in newConnections {
            if a.key(for: r.from) != nil && a.key(for: r.to) != nil {
                newByPair[Pair(r.from, r.to), default: []].append(r)
            } else {
                addedRelations.append(r)
            }
        }
        var same: [(old: Relation, new: Relation)] = [], changed: [Change] = []
        for pair in Set(oldByPair.keys).union(newByPair.keys).sorted() {
            var olds = oldByPair[pair] ?? [], news = newByPair[pair] ?? []
            func mapped(_ r: Relation) -> (NodeID, NodeID) { (a.student(for: r.from) ?? r.from, a.student(for: r.to) ?? r.to) }
            for o in olds {
                let (f, t) = mapped(o)
                if let i = news.firstIndex(where: { $0.type == o.type && (($0.from == f && $0.to == t) || (o.type.isSymmetric && $0.from == t && $0.to == f)) }) {
                    same.append((o, news.remove(at: i)))
                    olds.removeAll { $0 == o }
                }
            }
            while let o = olds.first, let n = news.first {
                let (f, _) = mapped(o)
                changed.append(Change(old: o, new: n, directionChanged: !(o.type.isSymmetric && n.type.isSymmetric) && n.from != f))
                olds.removeFirst()
                news.removeFirst()
            }
            removedRelations += olds
            addedRelations += news
        }
        unchanged = same
        relationsAdded = addedRelations.sorted { $0.id < $1.id }
        relationsRemoved = removedRelations.sorted { $0.id < $1.id }
        relationsChanged = changed

        let oldLabels = MapEvaluation(old, semantics: .grounded).labels ?? []
        let newLabels = MapEvaluation(new, semantics: .grounded).labels ?? []
        labelChanges = a.matches.compactMap { m in
            guard old[m.key].kind == .statement, m.key.index < oldLabels.count, m.student.index < newLabels.count,
                oldLabels[m.key.index] != newLabels[m.student.index]
            else { return nil }
            return LabelChange(old: m.key, new: m.student, from: oldLabels[m.key.index], to: newLabels[m.student.index])
        }
        agreement = RelationAgreement(
            nodes: a.matches.map(\.student),
            old: oldConnections.compactMap { r in
                guard let f = a.student(for: r.from), let t = a.student(for: r.to) else { return nil }
                return (f, t, r.type)
            },
            new: newConnections.map { ($0.from, $0.to, $0.type) })
    }

    /// Whether the structure is the same: no node added or removed, no relation added, removed or changed
    /// (rewordings and label changes alone do not count).
    public var structureIsSame: Bool {
        added.isEmpty && removed.isEmpty && relationsAdded.isEmpty && relationsRemoved.isEmpty && relationsChanged.isEmpty
    }

    /// Whether an aligned pair's kind, title or text differs.
    static func isReworded(_ a: Node, _ b: Node) -> Bool {
        a.kind != b.kind || a.title != b.title || (a.text ?? "") != (b.text ?? "")
    }

    private struct Pair: Hashable, Comparable {
        var low: Int
        var high: Int
        init(_ a: NodeID, _ b: NodeID) {
            low = min(a.index, b.index)
            high = max(a.index, b.index)
        }
        static func < (x: Pair, y: Pair) -> Bool { (x.low, x.high) < (y.low, y.high) }
    }
}
