import ArgumentModel

/// Writes the brat standoff annotations (`.ann`) of a map whose statements carry brat spans: what ``BratReader``
/// read from an Argument Annotated Essay, possibly edited in Argdown since. The essay text itself (`.txt`) is not in
/// the map and stays as it is; the annotations point into it.
///
/// A statement with `label` and `span` data (`span` = `[start, end]`, or a list of them for a discontinuous span) is
/// a text-bound annotation with its title as id when the title is a brat id (`T3`), else the next free `T` number;
/// its `stance` data an attribute (`A… Stance T… For`) and other attributes the reader recorded, its `notes` data
/// `AnnotatorNotes`, each under the id the reader kept (`attributeIDs`, `noteIDs`) when that is free. A support or attack between
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
        for r in graph.relations where isWritten(r, in: graph) {
            guard let from = id[r.from.index], let to = id[r.to.index] else { continue }
            var rid = r.data["id"]?.stringValue ?? ""
            if !isBratID(rid, "R") || writtenR.contains(rid) { rid = fresh("R", &nextR) }
            writtenR.insert(rid)
            used.insert(rid)
            lines.append("\(rid)\t\(r.type == .support ? "supports" : "attacks") Arg1:\(from) Arg2:\(to)\t")
        }
        // Attribute and note ids the reader kept (`attributeIDs`, `noteIDs`) are reused when free.
        for node in annotated {
            for (_, v) in node.data["attributeIDs"]?.objectValue ?? [:] { if let a = v.stringValue, isBratID(a, "A") { used.insert(a) } }
            for v in node.data["noteIDs"]?.arrayValue ?? [] { if let n = v.stringValue, isBratID(n, "#") { used.insert(n) } }
        }
        var writtenIDs = Set<String>()
        func keep(_ candidate: String?, _ prefix: Character, orFresh make: () -> String) -> String {
            if let candidate, isBratID(candidate, prefix), writtenIDs.insert(candidate).inserted { return candidate }
            let made = make()
            writtenIDs.insert(made)
            return made
        }
        for node in annotated {
            guard let t = id[node.id.index] else { continue }
            let attributeIDs = node.data["attributeIDs"]?.objectValue ?? [:]
            if let stance = node.data["stance"]?.stringValue {
                let a = keep(attributeIDs["Stance"]?.stringValue, "A") { fresh("A", &nextA) }
                lines.append("\(a)\tStance \(t) \(stance)")
            }
            // Other attributes: `Name: Value` data (or `true` for a flag) under the name the reader kept an id for.
            for (name, aid) in attributeIDs where name != "Stance" {
                guard let value = node.data[name] else { continue }
                let a = keep(aid.stringValue, "A") { fresh("A", &nextA) }
                lines.append(value == .bool(true) ? "\(a)\t\(name) \(t)" : "\(a)\t\(name) \(t) \(value.stringValue ?? "")")
            }
            let noteIDs = node.data["noteIDs"]?.arrayValue ?? []
            for (k, note) in (node.data["notes"]?.arrayValue ?? []).enumerated() {
                let n = keep(k < noteIDs.count ? noteIDs[k].stringValue : nil, "#") { fresh("#", &nextNote) }
                lines.append("\(n)\tAnnotatorNotes \(t)\t\(oneLine(note.stringValue ?? ""))")
            }
        }
        return lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
    }

    /// Whether `relation` is an `R` line: a listed support or attack between two annotated statements, not one a
    /// stance implies (the reader derives those again).
    static func isWritten(_ relation: Relation, in graph: ArgumentGraph) -> Bool {
        !relation.isDerived && relation.data["stance"] == nil && (relation.type == .support || relation.type == .attack)
            && isAnnotated(graph[relation.from]) && isAnnotated(graph[relation.to])
    }

    /// Whether `node`, annotated, has data no brat line holds (anything but its label, span, attributes and notes).
    static func losesData(_ node: Node) -> Bool {
        let attributes = node.data["attributeIDs"]?.objectValue.keys ?? []
        return isAnnotated(node) && node.data.objectValue.keys.contains {
            !["label", "span", "stance", "notes", "attributeIDs", "noteIDs"].contains($0) && !attributes.contains($0)
        }
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
