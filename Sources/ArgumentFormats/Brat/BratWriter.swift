import ArgumentModel

/// Writes the brat standoff annotations (`.ann`) of a map whose statements carry brat spans: what ``BratReader``
/// read from an Argument Annotated Essay, possibly edited in Argdown since. The essay text itself (`.txt`) is not in
/// the map and stays as it is; the annotations point into it.
///
/// A statement with `label` and `span` data (`span` = `[start, end]`, or a list of them for a discontinuous span) is
/// a text-bound annotation with its title as id when the title is a brat id (`T3`), else the next free `T` number;
/// its `stance` data an attribute (`A… Stance T… For`), its `notes` data `AnnotatorNotes`. A support or attack between
/// two such statements is an `R` line with the relation's `id` data when that is a free `R` id; the supports and
/// attacks a stance implies (relations with `stance` data) are not written again, as the reader derives them.
/// Everything else (statements without a span, arguments, other relation types, tags, headings, front matter) has no
/// brat form and is left out: ``MapTextFormat/losses(_:)`` counts it. Output is deterministic.
/// Complexity: O(nodes + relations + text length).
public enum BratWriter {
    /// The `.ann` text of `graph`.
    public static func write(_ graph: ArgumentGraph) -> String {
        var lines: [String] = []
        var id: [Int: String] = [:]
        var used = Set<String>()
        var nextT = 1, nextR = 1, nextA = 1, nextNote = 1
        func isBratID(_ s: String, _ prefix: Character) -> Bool { s.first == prefix && s.count > 1 && s.dropFirst().allSatisfy(\.isASCII) && Int(s.dropFirst()) != nil }
        func fresh(_ prefix: String, _ counter: inout Int) -> String {
            while used.contains("\(prefix)\(counter)") { counter += 1 }
            defer { counter += 1 }
            return "\(prefix)\(counter)"
        }
        // Ids the map already names are kept; the others get free numbers.
        let annotated = graph.nodes.filter { isAnnotated($0) }
        for node in annotated where isBratID(node.title, "T") && used.insert(node.title).inserted { id[node.id.index] = node.title }
        for r in graph.relations { if let rid = r.data["id"]?.stringValue, isBratID(rid, "R") { used.insert(rid) } }
        for node in annotated {
            let t = id[node.id.index] ?? fresh("T", &nextT)
            id[node.id.index] = t
            used.insert(t)
            guard let label = node.data["label"]?.stringValue, let spans = spans(node.data["span"]) else { continue }
            let offsets = spans.map { "\($0.0) \($0.1)" }.joined(separator: ";")
            lines.append("\(t)\t\(label) \(offsets)\t\(oneLine(node.text ?? ""))")
        }
        var writtenR = Set<String>()
        for r in graph.relations where !r.isDerived && r.data["stance"] == nil && (r.type == .support || r.type == .attack) {
            guard let from = id[r.from.index], let to = id[r.to.index] else { continue }
            var rid = r.data["id"]?.stringValue ?? ""
            if !isBratID(rid, "R") || writtenR.contains(rid) { rid = fresh("R", &nextR) }
            writtenR.insert(rid)
            used.insert(rid)
            lines.append("\(rid)\t\(r.type == .support ? "supports" : "attacks") Arg1:\(from) Arg2:\(to)\t")
        }
        for node in annotated {
            guard let t = id[node.id.index] else { continue }
            if let stance = node.data["stance"]?.stringValue {
                lines.append("\(fresh("A", &nextA))\tStance \(t) \(stance)")
            }
            for note in node.data["notes"]?.arrayValue ?? [] {
                lines.append("#\(nextNote)\tAnnotatorNotes \(t)\t\(oneLine(note.stringValue ?? ""))")
                nextNote += 1
            }
        }
        return lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
    }

    /// Whether `node` is written: a statement with a `label` and a readable `span`.
    static func isAnnotated(_ node: Node) -> Bool {
        node.kind == .statement && node.data["label"]?.stringValue != nil && spans(node.data["span"]) != nil
    }

    /// `[start, end]` or a list of such pairs, as (start, end) pairs; nil when malformed.
    static func spans(_ value: DataValue?) -> [(Int, Int)]? {
        guard let list = value?.arrayValue, !list.isEmpty else { return nil }
        if let s = list.first?.intValue, list.count == 2, let e = list[1].intValue { return [(s, e)] }
        var out: [(Int, Int)] = []
        for pair in list {
            guard let p = pair.arrayValue, p.count == 2, let s = p[0].intValue, let e = p[1].intValue else { return nil }
            out.append((s, e))
        }
        return out
    }

    /// A brat field holds no line break or tab.
    private static func oneLine(_ s: String) -> String {
        String(s.map { $0 == "\n" || $0 == "\r" || $0 == "\t" || $0 == "\r\n" ? " " : $0 })
    }
}
