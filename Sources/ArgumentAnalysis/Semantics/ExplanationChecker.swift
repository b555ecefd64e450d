import ArgumentModel

/// Checks an ``Explanation`` against the map, its framework and the labelling it explains: every attack it cites
/// is an attack of the framework whose chain of steps are relations of the map (or premises of a reconstructed
/// argument) joined as its kind says, every reason group is one the semantics used and comes from the map element
/// it names, and every label it states is the labelling's. It also checks that the reasons suffice: an IN node's
/// every attacker is answered, an OUT node has an IN attacker or every reason group fails.
///
/// Independent of how explanations are built: it reads only the graph, `framework.attacks`, the reason groups of
/// `framework.problem` and the labels. O(size of the explanation × (attacks + relation degree)).
public enum ExplanationChecker {
    /// What is false or missing in `explanation` (empty when every sentence holds).
    public static func problems(_ explanation: Explanation, labels: [Label], framework: MapFramework, graph: ArgumentGraph) -> [String] {
        var check = Check(labels: labels, framework: framework, graph: graph)
        let v = explanation.node
        guard v.index >= 0, v.index < graph.nodes.count, labels.count == graph.nodes.count else { return ["the node or labelling does not fit the map"] }
        if explanation.label != labels[v.index] { check.fail("says \(explanation.label.rawValue), the labelling says \(labels[v.index].rawValue)") }
        if explanation.reasons.isEmpty { check.fail("gives no reason") }
        for reason in explanation.reasons { check.reason(reason, of: v, label: explanation.label, all: explanation.reasons) }
        check.sufficient(explanation.reasons, of: v)
        return check.problems
    }

    private struct Check {
        let labels: [Label]
        let framework: MapFramework
        let graph: ArgumentGraph
        var problems: [String] = []

        mutating func fail(_ problem: String) { problems.append(problem) }

        func label(_ id: NodeID) -> Label { labels[id.index] }

        func name(_ id: NodeID) -> String { graph[id].bracketedTitle }

        mutating func expect(_ id: NodeID, _ l: Label, _ context: String) {
            if label(id) != l { fail("\(context): \(name(id)) is \(label(id).rawValue), not \(l.rawValue)") }
        }

        // MARK: attacks

        /// One step of an attack's chain, against the map.
        mutating func step(_ s: AttackStep) {
            guard s.from.index < graph.nodes.count, s.to.index < graph.nodes.count else { return fail("a step names an unknown node") }
            guard let id = s.relation else {
                let premises = graph[s.to].pcs?.premises ?? []
                if s.verb != "is a premise of" || !premises.contains(s.from) { fail("\(name(s.from)) is not a premise of \(name(s.to))") }
                return
            }
            guard id.index >= 0, id.index < graph.relations.count else { return fail("cites unknown relation \(id)") }
            let r = graph[id]
            let ends = (r.from, r.to) == (s.from, s.to) || (r.type.isSymmetric && (r.to, r.from) == (s.from, s.to))
            let verb: Bool
            switch s.verb {
            case "attacks": verb = r.type == .attack
            case "undercuts": verb = r.type == .undercut
            case "contradicts": verb = r.type.isSymmetric
            case "supports": verb = r.type.isSupportive
            default: verb = false
            }
            if !ends || !verb { fail("relation \(id) is not \(name(s.from)) \(s.verb) \(name(s.to))") }
        }

        /// Whether `steps` are supports joined end to start, from `start` to `end`.
        func supportChain(_ steps: ArraySlice<AttackStep>, from start: NodeID, to end: NodeID) -> Bool {
            guard let first = steps.first, let last = steps.last, first.from == start, last.to == end else { return false }
            return steps.allSatisfy { $0.verb == "supports" || $0.verb == "is a premise of" }
                && zip(steps, steps.dropFirst()).allSatisfy { $0.to == $1.from }
        }

        /// An attack the explanation cites: in the framework, made of map relations joined as its kind says.
        mutating func attack(_ a: MapAttack) {
            let attackers = framework.problem.framework.attackers(of: a.target.index)
            guard framework.attacks.contains(a), attackers.contains(Int32(a.attacker.index)) else {
                return fail("\(name(a.attacker)) does not attack \(name(a.target)) in the framework")
            }
            for s in a.path { step(s) }
            let p = a.path
            let direct = p.first.map { ["attacks", "undercuts", "contradicts"].contains($0.verb) } ?? false
            let directLast = p.last.map { ["attacks", "undercuts", "contradicts"].contains($0.verb) } ?? false
            let shaped: Bool
            switch a.kind {
            case .attack, .undercut, .contradiction:
                shaped = p.count == 1 && p[0].from == a.attacker && p[0].to == a.target
            case .supported:  // a supports…x, x attacks b
                shaped = framework.support == .deductive && directLast && p.count > 1 && p[p.count - 1].to == a.target
                    && supportChain(p.dropLast(), from: a.attacker, to: p[p.count - 1].from)
            case .mediated:  // a attacks x, b supports…x
                shaped = framework.support == .deductive && direct && p.count > 1 && p[0].from == a.attacker
                    && supportChain(p.dropFirst(), from: a.target, to: p[0].to)
            case .secondary:  // a attacks x, x supports…b
                shaped = framework.support == .necessary && direct && p.count > 1 && p[0].from == a.attacker
                    && supportChain(p.dropFirst(), from: p[0].to, to: a.target)
            case .extended:  // x supports…a, x attacks b
                shaped = framework.support == .necessary && directLast && p.count > 1 && p[p.count - 1].to == a.target
                    && supportChain(p.dropLast(), from: p[p.count - 1].from, to: a.attacker)
            }
            if !shaped { fail("the \(a.kind.rawValue) attack of \(name(a.attacker)) on \(name(a.target)) is not made by its relations") }
        }

        // MARK: reason groups

        /// A reason group the explanation cites as `of`'s: one the semantics used, from the element it names.
        mutating func group(_ g: ReasonGroup, of v: NodeID) {
            guard framework.support == .reasons, framework.problem.groups[v.index].contains(g.members.map(\.index)) else {
                return fail("\(g.members.map(name).joined(separator: " + ")) is not a reason of \(name(v))")
            }
            switch g.source {
            case .premises(let argument):
                let premises = Set(graph[argument].pcs?.premises ?? [])
                if argument != v || premises != Set(g.members) { fail("the group is not the premises of \(name(argument))") }
            case .relation(let id):
                guard id.index >= 0, id.index < graph.relations.count else { return fail("cites unknown relation \(id)") }
                let r = graph[id]
                if !r.type.isSupportive || r.to != v || g.members != [r.from] { fail("relation \(id) does not make \(name(r.from)) a reason of \(name(v))") }
            }
        }

        mutating func failure(_ f: ReasonFailure, of v: NodeID) {
            group(f.group, of: v)
            if !f.group.members.contains(f.member) { fail("\(name(f.member)) is not in the reason it is said to fail") }
            expect(f.member, .out, "a failed reason's member")
        }

        mutating func link(_ l: CycleLink) {
            switch l {
            case .attack(let a): attack(a)
            case .reason(let g, let member, let of):
                group(g, of: of)
                if !g.members.contains(member) { fail("\(name(member)) is not a reason of \(name(of))") }
            }
        }

        mutating func chain(_ links: [CycleLink]) {
            for l in links { link(l); expect(l.from, .undec, "a node of the undecided chain"); expect(l.to, .undec, "a node of the undecided chain") }
            if zip(links, links.dropFirst()).contains(where: { $0.to != $1.from }) { fail("the undecided chain is broken") }
        }

        // MARK: sentences

        mutating func reason(_ r: ExplanationReason, of v: NodeID, label l: Label, all: [ExplanationReason]) {
            let expected: Label
            switch r {
            case .unattacked:
                expected = .in
                if !framework.problem.framework.attackers(of: v.index).isEmpty { fail("says nothing attacks \(name(v))") }
            case .attackerDefeated(let a, let d):
                expected = .in
                attack(a); attack(d)
                if a.target != v || d.target != a.attacker { fail("the defeat does not answer an attacker of \(name(v))") }
                expect(a.attacker, .out, "a defeated attacker"); expect(d.attacker, .in, "a defeater")
            case .attackerUnfounded(let a, let failures):
                expected = .in
                attack(a)
                if a.target != v { fail("\(name(a.attacker)) is cited as an attacker of \(name(v))") }
                expect(a.attacker, .out, "an attacker whose reasons fail")
                for f in failures { failure(f, of: a.attacker) }
                let cited = Set(failures.map { $0.group.members.map(\.index) })
                if failures.isEmpty || cited != Set(framework.problem.groups[a.attacker.index]) {
                    fail("not every reason of \(name(a.attacker)) is shown to fail")
                }
            case .noReasons:
                expected = .in
                if framework.support != .reasons || !framework.problem.groups[v.index].isEmpty { fail("says \(name(v)) has no reasons") }
            case .reasonHolds(let g):
                expected = .in
                group(g, of: v)
                for m in g.members { expect(m, .in, "a member of a reason said to hold") }
            case .attackedByIn(let a):
                expected = .out
                attack(a)
                if a.target != v { fail("\(name(a.attacker)) is cited as an attacker of \(name(v))") }
                expect(a.attacker, .in, "the attacker that defeats it")
            case .reasonFails(let f):
                expected = .out
                failure(f, of: v)
            case .attacksItself(let a):
                expected = .undec
                attack(a)
                if a.attacker != v || a.target != v { fail("\(name(v)) is said to attack itself") }
            case .mutuallyContradicting(let a, let b):
                expected = .undec
                attack(a); attack(b)
                if a.kind != .contradiction || b.kind != .contradiction || a.attacker != b.target || a.target != b.attacker
                    || ![a.attacker, a.target].contains(v) {
                    fail("the mutual contradiction does not involve \(name(v))")
                }
                expect(a.attacker, .undec, "a contradicting node"); expect(a.target, .undec, "a contradicting node")
            case .heldOpen(let cycle, let lead):
                expected = .undec
                chain(cycle); chain(lead)
                let onCycle = Set(cycle.map(\.from))
                if cycle.isEmpty || cycle.last?.to != cycle.first?.from { fail("the undecided cycle is not closed") }
                if lead.isEmpty ? !onCycle.contains(v) : (!onCycle.contains(lead[0].from) || lead.last?.to != v) {
                    fail("the undecided chain does not lead to \(name(v))")
                }
            case .undecidedAttackers(let attacks):
                expected = .undec
                if attacks.isEmpty { fail("names no undecided attacker") }
                for a in attacks {
                    attack(a)
                    if a.target != v { fail("\(name(a.attacker)) is cited as an attacker of \(name(v))") }
                    expect(a.attacker, .undec, "an undecided attacker")
                }
            case .undecidedReasons:
                expected = .undec
                let groups = framework.problem.groups[v.index]
                if groups.isEmpty || groups.contains(where: { $0.allSatisfy { labels[$0] == .in } })
                    || groups.allSatisfy({ $0.contains { labels[$0] == .out } }) {
                    fail("the reasons of \(name(v)) do not leave it open")
                }
            case .supportCycle:
                expected = .undec
                let supportOnly = all.contains {
                    guard case .heldOpen(let cycle, let lead) = $0 else { return false }
                    return lead.isEmpty && !cycle.isEmpty && cycle.allSatisfy { if case .reason = $0 { true } else { false } }
                }
                if !supportOnly { fail("no cycle of reasons alone holds \(name(v)) open") }
            }
            if expected != l { fail("a reason for \(expected.rawValue) given for a node that is \(l.rawValue)") }
            if label(v) != expected { fail("a reason for \(expected.rawValue), but \(name(v)) is \(label(v).rawValue)") }
        }

        /// The reasons suffice for the label: IN answers every attacker and names a holding group (or none is
        /// needed); OUT names an IN attacker or a failure of every group.
        mutating func sufficient(_ reasons: [ExplanationReason], of v: NodeID) {
            let attackers = Set(framework.problem.framework.attackers(of: v.index).map { Int($0) })
            let groups = framework.problem.groups[v.index]
            switch label(v) {
            case .in:
                var answered: [Int] = []
                var holds = groups.isEmpty
                for r in reasons {
                    switch r {
                    case .attackerDefeated(let a, _), .attackerUnfounded(let a, _): answered.append(a.attacker.index)
                    case .reasonHolds: holds = true
                    default: break
                    }
                }
                if answered.sorted() != attackers.sorted() { fail("not every attacker of \(name(v)) is answered exactly once") }
                if !holds { fail("no reason of \(name(v)) is shown to hold") }
            case .out:
                let byAttack = reasons.contains { if case .attackedByIn = $0 { true } else { false } }
                let failed = Set(reasons.compactMap { r -> [Int]? in
                    if case .reasonFails(let f) = r { return f.group.members.map(\.index) } else { return nil }
                })
                if !byAttack && (groups.isEmpty || failed != Set(groups)) { fail("neither an IN attacker nor a failure of every reason of \(name(v))") }
            case .undec:
                break
            }
        }
    }
}
