extension ArgumentGraph {
    /// Differences in meaning between two graphs, ignoring source ranges, occurrences, node order and id numbers:
    /// nodes are matched by kind and title; texts, tags, data, sections (by title path), premise-conclusion
    /// structures and relations (by endpoint titles) are compared. An empty result means the graphs are equal for
    /// every purpose but diagnostics. Used by round-trip tests of every reader/writer pair.
    /// Complexity: O((nodes + relations) log(nodes + relations)).
    public func structuralDifferences(from other: ArgumentGraph) -> [String] {
        var diffs: [String] = []
        let mine = Dictionary(nodes.map { (key(of: $0), $0) }, uniquingKeysWith: { a, _ in a })
        let theirs = Dictionary(other.nodes.map { (other.key(of: $0), $0) }, uniquingKeysWith: { a, _ in a })
        for k in mine.keys.sorted() where theirs[k] == nil { diffs.append("only in first: node \(k)") }
        for k in theirs.keys.sorted() where mine[k] == nil { diffs.append("only in second: node \(k)") }
        for k in mine.keys.sorted() {
            guard let a = mine[k], let b = theirs[k] else { continue }
            if a.text != b.text { diffs.append("\(k): text \(a.text.debugDescription) vs \(b.text.debugDescription)") }
            if a.tags != b.tags { diffs.append("\(k): tags \(a.tags) vs \(b.tags)") }
            if a.data != b.data { diffs.append("\(k): data differs") }
            if a.isUntitled != b.isUntitled { diffs.append("\(k): untitled \(a.isUntitled) vs \(b.isUntitled)") }
            let sa = a.section.map { sectionTitlePath($0) }, sb = b.section.map { other.sectionTitlePath($0) }
            if sa != sb { diffs.append("\(k): section \(sa ?? "none") vs \(sb ?? "none")") }
            if pcsSummary(a) != other.pcsSummary(b) {
                diffs.append("\(k): pcs \(pcsSummary(a)) vs \(other.pcsSummary(b))")
            }
        }
        let ra = Set(relations.map { relationSummary($0) }), rb = Set(other.relations.map { other.relationSummary($0) })
        for r in ra.subtracting(rb).sorted() { diffs.append("only in first: relation \(r)") }
        for r in rb.subtracting(ra).sorted() { diffs.append("only in second: relation \(r)") }
        let secA = sections.map { "\(sectionTitlePath($0.id)) level \($0.level) group \($0.isGroup)" }
        let secB = other.sections.map { "\(other.sectionTitlePath($0.id)) level \($0.level) group \($0.isGroup)" }
        if secA != secB { diffs.append("sections \(secA) vs \(secB)") }
        if metadata != other.metadata { diffs.append("metadata differs") }
        if mode != other.mode { diffs.append("mode \(mode) vs \(other.mode)") }
        return diffs
    }

    /// Whether ``structuralDifferences(from:)`` is empty.
    public func isStructurallyEqual(to other: ArgumentGraph) -> Bool {
        structuralDifferences(from: other).isEmpty
    }

    private func key(of node: Node) -> String { node.bracketedTitle }

    private func sectionTitlePath(_ id: SectionID) -> String {
        sectionPath(id).map { self[$0].title }.joined(separator: " / ")
    }

    private func pcsSummary(_ node: Node) -> String {
        guard let pcs = node.pcs else { return "none" }
        return pcs.steps.map { step in
            switch step {
            case .statement(let s): "(\(s.number)) \(self[s.statement].bracketedTitle) \(s.role.rawValue)"
            case .inference(let i): "-- \(i.rules.joined(separator: ", ")) \(i.data.isEmpty ? "" : "{data}") --"
            }
        }.joined(separator: " | ")
    }

    private func relationSummary(_ r: Relation) -> String {
        var from = self[r.from].bracketedTitle, to = self[r.to].bracketedTitle
        if r.type.isSymmetric && to < from { swap(&from, &to) }
        let inference = r.inference.map { " inference \($0)" } ?? ""
        return "\(from) \(r.type.rawValue) \(to)\(inference)\(r.isDerived ? " (derived)" : "")"
    }
}
