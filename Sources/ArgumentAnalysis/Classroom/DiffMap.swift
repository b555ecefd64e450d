import ArgumentModel

/// How an element of a diff map is drawn: the grader's verdict on it. A node is `correct` (aligned with a key
/// node), `extra` (the student's only) or `missing` (the key's only, drawn dashed); a relation has its
/// ``RelationFinding``'s verdict, except that a ``RelationVerdict/simplified`` shortcut is drawn once as `correct`,
/// so no element is marked `simplified`.
public typealias DiffMark = RelationVerdict

/// The student's map with the key's missing parts added, every element marked with a ``DiffMark``.
///
/// The graph holds the student's sections and nodes first (same ids), then one node per missing key node (with the key's title
/// and text; `Title (key)` if the student used that title for another claim), then the student's compared relations (``MapComparison/comparable(_:)``)
/// and the key's missing relations, drawn between the student's partner of each end or the missing node.
public struct DiffMap: Sendable {
    /// The merged map.
    public let graph: ArgumentGraph
    /// Mark per node, by node index.
    public let nodeMarks: [DiffMark]
    /// Mark per relation, by relation index.
    public let relationMarks: [DiffMark]
    /// The key's type for relations marked wrong type or reversed (what the student should have drawn), by
    /// relation index; nil elsewhere.
    public let keyTypes: [RelationType?]

    /// Builds the diff map of `comparison`. Complexity: O(N + E).
    public init(_ comparison: MapComparison) {
        let student = comparison.student, key = comparison.key, a = comparison.alignment
        var b = GraphBuilder()
        b.metadata = student.metadata
        // The student's sections, same ids, so the copied nodes' `section` stays valid (headings become clusters).
        for section in student.sections {
            b.addSection(
                title: section.title, level: section.level, parent: section.parent, isGroup: section.isGroup,
                tags: section.tags, data: section.data, range: section.range)
        }
        var nodeMarks: [DiffMark] = []
        for node in student.nodes {
            let id = b.node(node.kind, title: node.title, isUntitled: node.isUntitled)
            // Without its reconstruction: the premise links are among the compared relations, drawn once with
            // their marks (a picture would otherwise also draw them from the pcs).
            b.update(id) {
                $0 = node
                $0.pcs = nil
            }
            nodeMarks.append(a.key(for: node.id) == nil ? .extra : .correct)
        }
        var ghost: [NodeID: NodeID] = [:]
        let skipped = Set(comparison.simplifiedNodes)
        for k in a.unmatchedKey where !skipped.contains(k) {
            ghost[k] = b.addCopy(of: key[k], suffix: " (key)")
            nodeMarks.append(.missing)
        }
        var relationMarks: [DiffMark] = []
        var keyTypes: [RelationType?] = []
        func add(_ from: NodeID, _ to: NodeID, _ type: RelationType, _ mark: DiffMark, keyType: RelationType? = nil) {
            if b.addRelation(from: from, to: to, type: type).inserted {
                relationMarks.append(mark)
                keyTypes.append(keyType)
            }
        }
        for f in comparison.relations {
            switch f.verdict {
            case .missing:
                guard let r = f.key, let from = a.student(for: r.from) ?? ghost[r.from], let to = a.student(for: r.to) ?? ghost[r.to] else { continue }
                add(from, to, r.type, .missing)
            case .simplified:
                // The shortcut is the student's own relation, drawn once as correct; the chain it stands for is not drawn.
                guard let s = f.student else { continue }
                add(s.from, s.to, s.type, .correct)
            case .correct, .wrongType, .reversed, .extra:
                guard let s = f.student else { continue }
                let wrong = f.verdict == .wrongType || f.verdict == .reversed
                add(s.from, s.to, s.type, f.verdict, keyType: wrong ? f.key?.type : nil)
            }
        }
        graph = b.build(deriveImplicitRelations: false)
        self.nodeMarks = nodeMarks
        self.relationMarks = relationMarks
        self.keyTypes = keyTypes
    }
}
