import ArgumentModel

/// One faithful simplification: a student relation standing for a chain of key relations.
public struct Simplification: Hashable, Sendable {
    /// The student's shortcut.
    public var student: Relation
    /// The key relations it stands for, in chain order.
    public var chain: [Relation]
    /// The key nodes in between (left out of the student's map), in chain order.
    public var skipped: [NodeID]
}

/// The relation passes of ``MapComparison``: exact matches, then wrong type and reversed, then faithful
/// simplifications. Each student relation answers at most one key relation (a simplification answers a chain).
struct RelationJudge {
    let keyRelations: [Relation]
    let studentRelations: [Relation]
    let alignment: NodeAlignment
    /// Verdict per key relation (nil until judged).
    var verdicts: [RelationFinding?]
    /// Per student relation: whether it answers a key relation.
    var used: [Bool]
    private var byPair: [Pair: [Int]] = [:]

    init(keyRelations: [Relation], studentRelations: [Relation], alignment: NodeAlignment) {
        self.keyRelations = keyRelations
        self.studentRelations = studentRelations
        self.alignment = alignment
        verdicts = [RelationFinding?](repeating: nil, count: keyRelations.count)
        used = [Bool](repeating: false, count: studentRelations.count)
        for (i, r) in studentRelations.enumerated() { byPair[Pair(r.from, r.to), default: []].append(i) }
    }

    private func candidates(_ k: Relation) -> (from: NodeID, to: NodeID, list: [Int])? {
        guard let f = alignment.student(for: k.from), let t = alignment.student(for: k.to) else { return nil }
        return (f, t, (byPair[Pair(f, t)] ?? []).filter { !used[$0] })
    }

    /// Exact matches for all key relations, then wrong type / reversed / missing. O(E) on average.
    mutating func run() {
        for (ki, k) in keyRelations.enumerated() {
            guard let c = candidates(k) else { continue }
            let exact = c.list.first { i in
                let s = studentRelations[i]
                guard s.type == k.type else { return false }
                return (s.from == c.from && s.to == c.to) || (k.type == .contradictory && s.from == c.to && s.to == c.from)
            }
            if let i = exact {
                used[i] = true
                verdicts[ki] = RelationFinding(verdict: .correct, key: k, student: studentRelations[i])
            }
        }
        for (ki, k) in keyRelations.enumerated() where verdicts[ki] == nil {
            guard let c = candidates(k) else {
                verdicts[ki] = RelationFinding(verdict: .missing, key: k, student: nil)
                continue
            }
            if let i = c.list.first(where: { studentRelations[$0].from == c.from && studentRelations[$0].to == c.to && c.from != c.to }) {
                used[i] = true
                verdicts[ki] = RelationFinding(verdict: .wrongType, key: k, student: studentRelations[i])
            } else if let i = c.list.first(where: { studentRelations[$0].from == c.to && studentRelations[$0].to == c.from }) {
                used[i] = true
                verdicts[ki] = RelationFinding(verdict: studentRelations[i].type.isSymmetric ? .wrongType : .reversed, key: k, student: studentRelations[i])
            } else {
                verdicts[ki] = RelationFinding(verdict: .missing, key: k, student: nil)
            }
        }
    }

    /// Longest chain a simplification may stand for (key relations).
    static let maxChain = 4

    /// Turns unused student relations that shortcut a key chain into ``RelationVerdict/simplified`` verdicts: the
    /// student's a → b of type T, where the key runs from a's partner through supports over nodes the student does
    /// not have, then one relation of type T into b's partner. A chain may share its end with an earlier one (two
    /// premises of one argument, each drawn straight at the claim); shared key relations keep their first student.
    /// Complexity: O(E_student · (N_key + E_key)) at worst (a bounded search per unused student relation).
    mutating func simplify() -> [Simplification] {
        var out: [Int: [Int]] = [:]
        for (ki, r) in keyRelations.enumerated() where verdicts[ki]?.verdict == .missing {
            out[r.from.index, default: []].append(ki)
        }
        var found: [Simplification] = []
        for (si, s) in studentRelations.enumerated() where !used[si] && !s.type.isSymmetric {
            guard let a = alignment.key(for: s.from), let b = alignment.key(for: s.to), a != b else { continue }
            guard let chain = chain(from: a, to: b, type: s.type, out: out) else { continue }
            used[si] = true
            for ki in chain where verdicts[ki]?.verdict == .missing {
                verdicts[ki] = RelationFinding(verdict: .simplified, key: keyRelations[ki], student: s)
            }
            let relations = chain.map { keyRelations[$0] }
            found.append(Simplification(student: s, chain: relations, skipped: relations.dropLast().map(\.to)))
        }
        return found
    }

    /// The shortest key chain a →(support over unpaired nodes)* → x →(type)→ b of at least two relations, as key
    /// relation indexes, over relations still judged missing. Breadth-first, at most ``maxChain`` relations.
    private func chain(from a: NodeID, to b: NodeID, type: RelationType, out: [Int: [Int]]) -> [Int]? {
        var frontier: [(node: NodeID, path: [Int])] = [(a, [])]
        var seen: Set<NodeID> = [a]
        for _ in 0..<Self.maxChain {
            var next: [(node: NodeID, path: [Int])] = []
            for (node, path) in frontier {
                for ki in out[node.index] ?? [] {
                    let r = keyRelations[ki]
                    if r.to == b, r.type == type, !path.isEmpty { return path + [ki] }
                    if r.type == .support, r.to != b, alignment.student(for: r.to) == nil, seen.insert(r.to).inserted {
                        next.append((r.to, path + [ki]))
                    }
                }
            }
            frontier = next
        }
        return nil
    }

    private struct Pair: Hashable {
        var low: Int
        var high: Int
        init(_ a: NodeID, _ b: NodeID) {
            low = min(a.index, b.index)
            high = max(a.index, b.index)
        }
    }
}
