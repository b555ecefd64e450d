import ArgumentModel
import Foundation

/// A ``MapDiff`` by title and text, ready to print as text or JSON (`Codable`; `argmap diff --format json`
/// encodes it with sorted keys).
public struct DiffReport: Hashable, Sendable, Codable {
    /// An aligned pair of nodes.
    public struct NodePair: Hashable, Sendable, Codable {
        /// The old version's node.
        public var old: GradeReport.NodeSummary
        /// The new version's node.
        public var new: GradeReport.NodeSummary
    }

    /// Nodes by what happened to them.
    public struct Nodes: Hashable, Sendable, Codable {
        /// Aligned, same kind, title and text.
        public var matched: [NodePair]
        /// New nodes only.
        public var added: [GradeReport.NodeSummary]
        /// Old nodes only.
        public var removed: [GradeReport.NodeSummary]
        /// Aligned, title or text changed.
        public var reworded: [NodePair]
    }

    /// A relation whose type or direction changed.
    public struct RelationChange: Hashable, Sendable, Codable {
        /// As it was (old titles).
        public var old: GradeReport.Edge
        /// As it is (new titles).
        public var new: GradeReport.Edge
        /// `type`, `direction`, or `type and direction`.
        public var change: String
    }

    /// Relations by what happened to them.
    public struct Relations: Hashable, Sendable, Codable {
        /// New relations only (new titles).
        public var added: [GradeReport.Edge]
        /// Old relations only (old titles).
        public var removed: [GradeReport.Edge]
        /// Same aligned ends, other type or direction.
        public var changed: [RelationChange]
        /// How many relations are the same in both.
        public var unchanged: Int
    }

    /// A claim whose grounded label changed.
    public struct LabelRow: Hashable, Sendable, Codable {
        /// The claim in the new version, bracketed.
        public var claim: String
        /// The old label.
        public var old: Label
        /// The new label.
        public var new: Label
    }

    /// The old version's path or name.
    public var oldName: String
    /// The new version's path or name.
    public var newName: String
    /// Nodes matched, added, removed, reworded.
    public var nodes: Nodes
    /// Relations added, removed, changed.
    public var relations: Relations
    /// Claims whose label changes under grounded semantics.
    public var labels: [LabelRow]
    /// Agreement figures over relations of aligned nodes.
    public var agreement: RelationAgreement
    /// Whether the structure is the same (``MapDiff/structureIsSame``).
    public var same: Bool

    /// The report of `diff`. Complexity: O(N + E).
    public init(_ diff: MapDiff, oldName: String, newName: String) {
        let o = diff.old, n = diff.new
        func summary(_ g: ArgumentGraph, _ id: NodeID) -> GradeReport.NodeSummary {
            GradeReport.NodeSummary(kind: g[id].kind, title: g[id].title, text: g[id].text)
        }
        func edge(_ g: ArgumentGraph, _ r: Relation) -> GradeReport.Edge {
            GradeReport.Edge(from: g[r.from].bracketedTitle, type: r.type, to: g[r.to].bracketedTitle)
        }
        func pair(_ m: NodeMatch) -> NodePair { NodePair(old: summary(o, m.key), new: summary(n, m.student)) }
        self.oldName = oldName
        self.newName = newName
        nodes = Nodes(
            matched: diff.matched.map(pair), added: diff.added.map { summary(n, $0) },
            removed: diff.removed.map { summary(o, $0) }, reworded: diff.reworded.map(pair))
        relations = Relations(
            added: diff.relationsAdded.map { edge(n, $0) }, removed: diff.relationsRemoved.map { edge(o, $0) },
            changed: diff.relationsChanged.map { c in
                let what = [c.typeChanged ? "type" : nil, c.directionChanged ? "direction" : nil].compactMap { $0 }
                return RelationChange(old: edge(o, c.old), new: edge(n, c.new), change: what.joined(separator: " and "))
            },
            unchanged: diff.unchanged.count)
        labels = diff.labelChanges.map { LabelRow(claim: n[$0.new].bracketedTitle, old: $0.from, new: $0.to) }
        agreement = diff.agreement
        same = diff.structureIsSame
    }

    /// The report as text for a person, one line per change.
    public var text: String {
        func edge(_ e: GradeReport.Edge) -> String { "\(e.from) \(e.type.rawValue) \(e.to)" }
        func quoted(_ s: GradeReport.NodeSummary) -> String { s.text.map { "\"\($0)\"" } ?? s.bracketed }
        var out = ["\(oldName) → \(newName): " + (same ? "same structure" : "structure differs")]
        out.append("Nodes: \(nodes.matched.count) matched, \(nodes.reworded.count) reworded, \(nodes.added.count) added, \(nodes.removed.count) removed")
        for p in nodes.reworded {
            let title = p.old.title == p.new.title ? p.new.bracketed : "\(p.old.bracketed) → \(p.new.bracketed)"
            let text = (p.old.text ?? "") == (p.new.text ?? "") ? "" : ": \(quoted(p.old)) → \(quoted(p.new))"
            out.append("  ~ \(title)\(text)")
        }
        for s in nodes.added { out.append("  + \(s.bracketed)\(s.text.map { ": \($0)" } ?? "")") }
        for s in nodes.removed { out.append("  - \(s.bracketed)\(s.text.map { ": \($0)" } ?? "")") }
        out.append("Relations: \(relations.unchanged) unchanged, \(relations.changed.count) changed, \(relations.added.count) added, \(relations.removed.count) removed")
        for c in relations.changed { out.append("  ~ \(edge(c.old)) → \(edge(c.new)) (\(c.change))") }
        for e in relations.added { out.append("  + \(edge(e))") }
        for e in relations.removed { out.append("  - \(edge(e))") }
        if !labels.isEmpty {
            out.append("Labels (grounded):")
            for l in labels { out.append("  \(l.claim) \(l.old.rawValue) → \(l.new.rawValue)") }
        }
        let f = { (x: Double) in Format.fixed(x, 2) }
        out.append("Agreement: precision \(f(agreement.precision)), recall \(f(agreement.recall)), F1 \(f(agreement.f1)), kappa \(f(agreement.kappa))")
        return out.joined(separator: "\n") + "\n"
    }
}
