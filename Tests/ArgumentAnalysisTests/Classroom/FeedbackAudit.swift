import ArgumentModel
import Foundation
@testable import ArgumentAnalysis

/// Re-reads feedback lines against the two maps they talk about (issue 17: feedback never contradicts itself or
/// the student's file). It parses the sentences FeedbackWriter writes, so a new sentence shape that names a node
/// or relation must be taught here too (an unknown code is itself a problem).
enum FeedbackAudit {
    static let title = #"(\[[^\]]+\]|<[^>]+>)"#
    static let nouns: [String: RelationType] = [
        "a support for": .support, "an attack on": .attack, "an undercut of": .undercut,
        "a contradiction of": .contradictory, "a rephrase of": .rephrase,
    ]
    static let verbs: [String: RelationType] = [
        "supports": .support, "attacks": .attack, "undercuts": .undercut, "contradicts": .contradictory, "rephrases": .rephrase,
    ]

    static func matches(_ pattern: String, _ s: String) -> [[String]] {
        guard let re = try? NSRegularExpression(pattern: pattern) else { return [] }
        let ns = s as NSString
        return re.matches(in: s, range: NSRange(location: 0, length: ns.length)).map { m in
            (0..<m.numberOfRanges).map { m.range(at: $0).location == NSNotFound ? "" : ns.substring(with: m.range(at: $0)) }
        }
    }

    static func node(_ g: ArgumentGraph, _ bracketed: String) -> NodeID? {
        let inner = String(bracketed.dropFirst().dropLast())
        return bracketed.hasPrefix("[") ? g.statement(titled: inner) : g.argument(titled: inner)
    }

    /// The key node whose text (without a final full stop) is `quoted`, or whose bracketed title it is.
    static func keyNode(_ g: ArgumentGraph, wording: String) -> NodeID? {
        if let id = node(g, wording) { return id }
        let inner = String(wording.dropFirst().dropLast())
        return g.nodes.first { n in
            guard let t = n.text else { return false }
            return t == inner || (t.hasSuffix(".") && String(t.dropLast()) == inner)
        }?.id
    }

    static func problems(_ lines: [GradeReport.FeedbackLine], _ c: MapComparison) -> [String] {
        var out: [String] = []
        let key = c.key, student = c.student, a = c.alignment
        let studentConnections = ComparedConnections.of(student)
        let keyConnections = ComparedConnections.of(key)
        func has(_ rels: [Relation], _ f: NodeID, _ t: NodeID, _ type: RelationType) -> Bool {
            rels.contains { $0.type == type && (($0.from == f && $0.to == t) || (type.isSymmetric && $0.from == t && $0.to == f)) }
        }
        var drawnNamed: [String: Int] = [:]
        for line in lines {
            let m = line.message
            // "you drew X as R Y": X, Y are the student's and the student has that relation; named once.
            for g in matches("you drew \(title) (?:straight )?as (a support for|an attack on|an undercut of|a contradiction of|a rephrase of) \(title)", m) {
                guard let f = node(student, g[1]), let t = node(student, g[3]), let type = nouns[g[2]] else {
                    out.append("names a student node that does not exist: \(m)")
                    continue
                }
                if !has(studentConnections, f, t, type) { out.append("says the student drew what they did not: \(m)") }
                drawnNamed[g[1] + g[2] + g[3], default: 0] += 1
            }
            // "your X" (not "your map"): the student has X.
            for g in matches("your \(title)", m) where node(student, g[1]) == nil { out.append("no student node \(g[1]): \(m)") }
            // Key titles the sentence names: after "the key has", "concludes", "main conclusion is", "goes through",
            // "You are missing".
            for g in matches("(?:the key has|concludes|main conclusion is|goes through|You are missing) \(title)(?: and \(title))?", m) {
                for t in g.dropFirst() where !t.isEmpty && node(key, t) == nil { out.append("no key node \(t): \(m)") }
            }
            // "in the key A verb B": the key has that relation.
            for g in matches(#"in the key ("[^"]+"|\[[^\]]+\]|<[^>]+>) (supports|attacks|undercuts|contradicts|rephrases) ("[^"]+"|\[[^\]]+\]|<[^>]+>)"#, m) {
                guard let f = keyNode(key, wording: g[1]), let t = keyNode(key, wording: g[3]), let type = verbs[g[2]],
                    has(keyConnections, f, t, type)
                else {
                    out.append("says the key has a relation it does not: \(m)")
                    continue
                }
                if line.code == "missing-relation", let sf = a.student(for: f), let st = a.student(for: t), has(studentConnections, sf, st, type) {
                    out.append("says a link is missing that the student drew: \(m)")
                }
            }
            switch line.code {
            case "missing-node":
                for g in matches("the key has \(title)", m) {
                    if let k = node(key, g[1]), a.student(for: k) != nil { out.append("says missing, but paired: \(m)") }
                }
            case "extra-node":
                for g in matches("your \(title)", m) {
                    if let s = node(student, g[1]), a.key(for: s) != nil { out.append("says extra, but paired: \(m)") }
                }
            case "main-conclusion-not-top":
                for g in matches("your map ends in \(title)", m) {
                    if c.studentMainConclusion.map({ student[$0].bracketedTitle }) != g[1] { out.append("wrong top: \(m)") }
                }
                if c.mainConclusionFound { out.append("main conclusion found, yet named: \(m)") }
            case "main-conclusion-missing":
                if let k = c.keyMainConclusion, a.student(for: k) != nil { out.append("says missing, but paired: \(m)") }
            case "wrong-type", "reversed", "missing-relation", "extra-relation", "simplified":
                break
            default:
                out.append("unknown code \(line.code)")
            }
        }
        for (drawn, n) in drawnNamed where n > 1 { out.append("\(drawn) named \(n) times") }
        return out
    }
}
