import ArgumentModel

/// What `argmap diff` marks on an element of the union map.
public enum DiffVerdict: String, Hashable, Sendable, Codable, CaseIterable {
    /// In both versions, unchanged.
    case same
    /// A node in both versions whose title or text changed.
    case reworded
    /// Only in the new version.
    case added
    /// Only in the old version.
    case removed
    /// A relation between the same nodes whose type or direction changed (drawn as it is now).
    case changed
}

/// The union of both versions of a ``MapDiff`` as one graph to draw: the new version's nodes (same ids, premise-
/// conclusion structures dropped so every connection is an ordinary relation), then the removed old nodes
/// (`Title (old)` when the new version uses the title for another node); relations: unchanged, changed (as they
/// are now) and added ones from the new version, removed ones from the old (between partners or removed nodes).
public struct DiffUnion: Sendable {
    /// The merged map (implicit relations not derived).
    public let graph: ArgumentGraph
    /// Verdict per node, by node index.
    public let nodeVerdicts: [DiffVerdict]
    /// Verdict per relation, by relation index.
    public let relationVerdicts: [DiffVerdict]
    /// For changed relations, the old relation's type and whether its direction changed; nil elsewhere.
    public let changes: [MapDiff.Change?]
    /// For reworded nodes, the old wording (`Was [Title]: text`), by node index; nil elsewhere.
    public let notes: [String?]

    /// Builds the union of `diff`. Complexity: O(N + E).
    public init(_ diff: MapDiff) {
        let old = diff.old, new = diff.new, a = diff.alignment
        var b = GraphBuilder()
        b.metadata = new.metadata
        var nodeVerdicts: [DiffVerdict] = []
        var notes: [String?] = []
        let reworded = Set(diff.reworded.map(\.student))
        for node in new.nodes {
            let id = b.node(node.kind, title: node.title, isUntitled: node.isUntitled)
            b.update(id) {
                $0 = node
                $0.pcs = nil
                $0.section = nil
            }
            nodeVerdicts.append(a.key(for: node.id) == nil ? .added : reworded.contains(node.id) ? .reworded : .same)
            notes.append(reworded.contains(node.id) ? a.key(for: node.id).map { "Was \(old[$0].bracketedTitle): \(old[$0].text ?? "")" } : nil)
        }
        var ghost: [NodeID: NodeID] = [:]
        for k in diff.removed {
            ghost[k] = b.addCopy(of: old[k], suffix: " (old)")
            nodeVerdicts.append(.removed)
            notes.append(nil)
        }
        var relationVerdicts: [DiffVerdict] = []
        var changes: [MapDiff.Change?] = []
        func add(_ from: NodeID, _ to: NodeID, _ type: RelationType, _ verdict: DiffVerdict, _ change: MapDiff.Change? = nil) {
            b.addRelation(from: from, to: to, type: type, mergingDuplicates: false)
            relationVerdicts.append(verdict)
            changes.append(change)
        }
        for pair in diff.unchanged { add(pair.new.from, pair.new.to, pair.new.type, .same) }
        for c in diff.relationsChanged { add(c.new.from, c.new.to, c.new.type, .changed, c) }
        for r in diff.relationsAdded { add(r.from, r.to, r.type, .added) }
        for r in diff.relationsRemoved {
            guard let from = a.student(for: r.from) ?? ghost[r.from], let to = a.student(for: r.to) ?? ghost[r.to] else { continue }
            add(from, to, r.type, .removed)
        }
        graph = b.build(deriveImplicitRelations: false)
        self.nodeVerdicts = nodeVerdicts
        self.relationVerdicts = relationVerdicts
        self.changes = changes
        self.notes = notes
    }
}

extension GraphBuilder {
    /// Adds a node with `node`'s kind, title, text and data (nothing else), its title followed by `suffix` as
    /// often as needed to be new (a picture's stand-in for a node of another map). O(1) on average per try.
    mutating func addCopy(of node: Node, suffix: String) -> NodeID {
        var title = node.title
        while self.node(node.kind, titled: title) != nil { title += suffix }
        let id = self.node(node.kind, title: title)
        update(id) {
            $0.text = node.text
            $0.data = node.data
        }
        return id
    }
}
