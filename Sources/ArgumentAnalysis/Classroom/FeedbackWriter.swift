import ArgumentModel

/// Turns a ``MapComparison`` into feedback lines a student can act on, one per difference, each citing the key's
/// wording. Order: main conclusion, missing nodes (key order), relation verdicts (key order), extra nodes and extra
/// relations (student order). Aligned node pairs are not differences and get no line (the report lists them).
///
/// Each difference is named once: a faithful simplification is one `simplified` line for the shortcut (not a
/// missing argument, missing links and an extra link); a reversed relation that makes the student's map end
/// elsewhere is one `reversed` line that says so (not a second main-conclusion line).
public enum FeedbackWriter {
    /// The feedback lines for `c`. Complexity: O(nodes + relations).
    public static func lines(for c: MapComparison) -> [GradeReport.FeedbackLine] {
        var out: [GradeReport.FeedbackLine] = []
        var simplifiedNamed: Set<String> = []
        func add(_ code: String, _ message: String) { out.append(.init(code: code, message: message)) }
        let key = c.key, student = c.student, a = c.alignment

        // Main conclusion.
        if let mc = c.keyMainConclusion, !c.mainConclusionFound {
            if let partner = a.student(for: mc) {
                let top = c.studentMainConclusion.map { "your map ends in \(student[$0].bracketedTitle)" } ?? "your map has no conclusion"
                let yours = student[partner].title == key[mc].title ? "" : " (your \(student[partner].bracketedTitle))"
                add("main-conclusion-not-top",
                    "Main conclusion: \(top), but the passage's main conclusion is \(cite(key[mc]))\(yours). Make it the claim every other reason leads to.")
            } else {
                add("main-conclusion-missing",
                    "Main conclusion missing: the passage concludes \(cite(key[mc])). Put this claim at the top of your map and connect your reasons to it.")
            }
        }
        // Missing nodes (those inside a simplification are named by its line).
        let skipped = Set(c.simplifiedNodes)
        for k in a.unmatchedKey where k != c.keyMainConclusion && !skipped.contains(k) {
            let node = key[k]
            let what = node.kind == .statement ? "claim" : "argument"
            add("missing-node", "Missing \(what): the key has \(cite(node)). Find it in the passage and add it to your map.")
        }
        // Relations.
        for f in c.relations {
            switch f.verdict {
            case .correct:
                continue
            case .wrongType:
                guard let k = f.key, let s = f.student else { continue }
                add("wrong-type",
                    "Wrong type: you drew \(student[s.from].bracketedTitle) as \(noun(s.type)) \(student[s.to].bracketedTitle), but in the key \(wording(key, k.from)) \(verb(k.type)) \(wording(key, k.to)).")
            case .reversed:
                guard let k = f.key, let s = f.student else { continue }
                let mc = c.keyMainConclusion.flatMap { a.student(for: $0) }
                let ends = c.mainConclusionFlipped && s.from == mc
                    ? " That is why your map seems to end in \(c.studentMainConclusion.map { student[$0].bracketedTitle } ?? "another claim") instead of \(student[s.from].bracketedTitle)."
                    : ""
                add("reversed",
                    "Reversed: you drew \(student[s.from].bracketedTitle) as \(noun(s.type)) \(student[s.to].bracketedTitle); the key has it the other way round: \(wording(key, k.from)) \(verb(k.type)) \(wording(key, k.to)).\(ends)")
            case .simplified:
                guard let s = f.student, simplifiedNamed.insert(MapComparison.edgeKey(s)).inserted,
                    let simplification = c.simplifications.first(where: { $0.student == s })
                else { continue }
                let between = simplification.skipped.map { key[$0].bracketedTitle }.joined(separator: " and ")
                add("simplified",
                    "Simplified: you drew \(student[s.from].bracketedTitle) straight as \(noun(s.type)) \(student[s.to].bracketedTitle); the key goes through \(between) in between. That is a faithful simplification (part of the points); reconstruct the argument to earn them all.")
            case .missing:
                guard let k = f.key else { continue }
                let gaps = [k.from, k.to].filter { a.student(for: $0) == nil }
                let reason = gaps.isEmpty
                    ? " Connect your \(student[a.student(for: k.from) ?? k.from].bracketedTitle) to your \(student[a.student(for: k.to) ?? k.to].bracketedTitle)."
                    : " (You are missing \(gaps.map { key[$0].bracketedTitle }.joined(separator: " and ")).)"
                add("missing-relation",
                    "Missing link: in the key \(wording(key, k.from)) \(verb(k.type)) \(wording(key, k.to)).\(reason)")
            case .extra:
                continue
            }
        }
        // Extra nodes, then extra relations.
        for s in a.unmatchedStudent {
            let node = student[s]
            let text = node.text.map { " (\"\($0)\")" } ?? ""
            add("extra-node",
                "Extra: your \(node.bracketedTitle)\(text) matches nothing in the key. Check it against the passage; if the passage says it, reword it closer to the text.")
        }
        for f in c.findings(.extra) {
            guard let s = f.student else { continue }
            add("extra-relation",
                "Extra link: you drew \(student[s.from].bracketedTitle) as \(noun(s.type)) \(student[s.to].bracketedTitle), which the key does not have. Check whether the passage really connects them.")
        }
        return out
    }

    /// `[Title]: "text"` (the key's wording), or just `[Title]` when the node has no text.
    static func cite(_ node: Node) -> String {
        guard let text = node.text, !text.isEmpty else { return node.bracketedTitle }
        return "\(node.bracketedTitle): \"\(inSentence(text))\""
    }

    /// A text quoted inside a sentence: a final full stop is dropped (the sentence supplies its own).
    static func inSentence(_ text: String) -> String {
        text.hasSuffix(".") && !text.hasSuffix("...") ? String(text.dropLast()) : text
    }

    /// The key's wording of a node inside a sentence: its text in quotes, else its bracketed title.
    static func wording(_ g: ArgumentGraph, _ id: NodeID) -> String {
        guard let text = g[id].text, !text.isEmpty else { return g[id].bracketedTitle }
        return "\"\(inSentence(text))\""
    }

    /// Third-person verb for a relation type.
    static func verb(_ type: RelationType) -> String { RelationWords(type).verb }

    /// Noun phrase with its preposition: `a support for`, `an attack on` ...
    static func noun(_ type: RelationType) -> String {
        let words = RelationWords(type)
        return words.noun + " " + words.preposition
    }
}
