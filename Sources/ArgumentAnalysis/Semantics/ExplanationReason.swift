import ArgumentModel

/// A reason group of a node with the member that is OUT in it.
public struct ReasonFailure: Hashable, Sendable {
    /// The group (one of the node's ``MapFramework/reasons``).
    public var group: ReasonGroup
    /// Its member that is OUT.
    public var member: NodeID
}

/// One link of a chain of undecided nodes, read in attack direction: `from` keeps `to` from being decided.
public enum CycleLink: Hashable, Sendable {
    /// `from` attacks `to`.
    case attack(MapAttack)
    /// `member` belongs to this reason group of `of`.
    case reason(ReasonGroup, member: NodeID, of: NodeID)

    /// Where the link starts.
    public var from: NodeID {
        switch self {
        case .attack(let a): a.attacker
        case .reason(_, let member, _): member
        }
    }

    /// Where the link ends.
    public var to: NodeID {
        switch self {
        case .attack(let a): a.target
        case .reason(_, _, let of): of
        }
    }
}

/// One sentence of an ``Explanation``: a claim about the framework built from the map and about the labelling,
/// naming the attacks (with the relations they come from) and the reason groups (with the element behind each)
/// it rests on. ``ExplanationChecker`` verifies each claim; ``sentence(in:)`` only words it.
public enum ExplanationReason: Hashable, Sendable {
    /// IN: nothing attacks the node.
    case unattacked
    /// IN: the attacker of `attack` is OUT because the IN attacker of `defeat` attacks it.
    case attackerDefeated(attack: MapAttack, defeat: MapAttack)
    /// IN: the attacker of `attack` is OUT because each of its reason groups has an OUT member (one failure each).
    case attackerUnfounded(attack: MapAttack, failures: [ReasonFailure])
    /// IN (`reasons` support): the node has no reason group, so only attacks could defeat it.
    case noReasons
    /// IN: this reason group of the node is wholly IN.
    case reasonHolds(ReasonGroup)
    /// OUT: the attacker of this attack is IN.
    case attackedByIn(MapAttack)
    /// OUT: this reason group of the node has an OUT member (one sentence per group).
    case reasonFails(ReasonFailure)
    /// UNDEC: the node attacks itself.
    case attacksItself(MapAttack)
    /// UNDEC: two nodes contradict each other (both directions given) and both are UNDEC.
    case mutuallyContradicting(MapAttack, MapAttack)
    /// UNDEC: a closed cycle of UNDEC nodes, and the chain of UNDEC nodes from it to the node (empty when the
    /// node lies on the cycle).
    case heldOpen(cycle: [CycleLink], lead: [CycleLink])
    /// UNDEC: these attackers are UNDEC.
    case undecidedAttackers([MapAttack])
    /// UNDEC: no reason group of the node is wholly IN, and some group has no OUT member.
    case undecidedReasons
    /// UNDEC: the cycle through the node is made of reason links only.
    case supportCycle

    /// The sentence, with nodes named by their bracketed titles.
    public func sentence(in graph: ArgumentGraph) -> String {
        func name(_ id: NodeID) -> String { graph[id].bracketedTitle }
        func group(_ g: ReasonGroup) -> String {
            let members = g.members.map(name).joined(separator: " + ")
            switch g.source {
            case .premises: return "premise group \(members)"
            case .relation(let id): return "reason \(members)" + (Self.derivation(id, in: graph).map { " (\($0))" } ?? "")
            }
        }
        func via(_ a: MapAttack) -> String {
            let derived = a.path.first?.relation.flatMap { Self.derivation($0, in: graph) }.map { ", \($0)" } ?? ""
            switch a.kind {
            case .attack: return derived.isEmpty ? "" : " (\(derived.dropFirst(2)))"
            case .undercut: return " (undercut\(derived))"
            case .contradiction: return " (contradiction\(derived))"
            case .supported, .mediated, .secondary, .extended:
                let chain = a.path.map { "\(name($0.from)) \($0.verb) \(name($0.to))" }.joined(separator: ", ")
                return " (\(a.kind.rawValue) attack: \(chain))"
            }
        }
        func chain(_ links: [CycleLink]) -> String {
            guard let first = links.first else { return "" }
            return ([first.from] + links.map(\.to)).map(name).joined(separator: " → ")
        }
        switch self {
        case .unattacked:
            return "Nothing attacks it."
        case .attackerDefeated(let attack, let defeat):
            return "Its attacker \(name(attack.attacker))\(via(attack)) is OUT: defeated by \(name(defeat.attacker)), which is IN\(via(defeat))."
        case .attackerUnfounded(let attack, let failures):
            let parts = failures.map { "\(name($0.member)) is OUT in \(group($0.group))" }.joined(separator: "; ")
            let reasons = failures.count == 1 ? "its only reason fails" : "each of its reasons fails"
            return "Its attacker \(name(attack.attacker))\(via(attack)) is OUT: \(reasons) (\(parts))."
        case .noReasons:
            return "It has no reasons, so it stands unless attacked."
        case .reasonHolds(let g):
            return "Its \(group(g)) is wholly IN."
        case .attackedByIn(let a):
            return "It is attacked by \(name(a.attacker))\(via(a)), which is IN."
        case .reasonFails(let f):
            return "Its \(group(f.group)) fails: \(name(f.member)) is OUT."
        case .attacksItself(let a):
            return "\(name(a.target)) attacks itself\(via(a))."
        case .mutuallyContradicting(let a, _):
            return "undecided: mutually contradicting — \(name(a.attacker)) and \(name(a.target)) contradict each other and nothing else decides between them."
        case .heldOpen(let cycle, let lead):
            let reach = lead.isEmpty ? "" : ", which reaches it through \(chain(lead))"
            return "It is held open by a cycle of undecided nodes: \(chain(cycle))\(reach) (each keeps the next from being decided)."
        case .undecidedAttackers(let attacks):
            let several = attacks.count > 1
            return "Its attacker\(several ? "s" : "") " + attacks.map { name($0.attacker) + via($0) }.joined(separator: ", ")
                + " \(several ? "are" : "is") UNDEC, so it is neither accepted nor defeated."
        case .undecidedReasons:
            return "No reason of it is wholly IN, and not every reason has an OUT member."
        case .supportCycle:
            return "Its reasons only lead back to itself: a support cycle cannot make itself IN."
        }
    }

    /// How a relation the model derived (not written in the map) comes from the map, e.g. "derived: <A> concludes
    /// [C]"; nil for a relation written in the map.
    static func derivation(_ id: RelationID, in graph: ArgumentGraph) -> String? {
        let r = graph[id]
        guard r.isDerived else { return nil }
        let from = graph[r.from].bracketedTitle, to = graph[r.to].bracketedTitle
        guard let conclusion = graph[r.from].pcs?.mainConclusion else { return "derived from the map" }
        if conclusion == r.to { return "derived: \(from) concludes \(to)" }
        if graph[r.to].pcs?.premises.contains(conclusion) == true {
            return "derived: \(from) concludes \(graph[conclusion].bracketedTitle), a premise of \(to)"
        }
        return "derived from the map"
    }
}

extension ExplanationReason {
    /// A stable name of the reason's kind (`attacker-defeated`, `reason-fails`, …), for JSON output.
    public var kind: String {
        switch self {
        case .unattacked: "unattacked"
        case .attackerDefeated: "attacker-defeated"
        case .attackerUnfounded: "attacker-unfounded"
        case .noReasons: "no-reasons"
        case .reasonHolds: "reason-holds"
        case .attackedByIn: "attacked-by-in"
        case .reasonFails: "reason-fails"
        case .attacksItself: "attacks-itself"
        case .mutuallyContradicting: "mutually-contradicting"
        case .heldOpen: "held-open"
        case .undecidedAttackers: "undecided-attackers"
        case .undecidedReasons: "undecided-reasons"
        case .supportCycle: "support-cycle"
        }
    }

    /// The attacks the reason cites, in order.
    public var attacks: [MapAttack] {
        switch self {
        case .attackerDefeated(let a, let d): [a, d]
        case .attackerUnfounded(let a, _), .attackedByIn(let a), .attacksItself(let a): [a]
        case .mutuallyContradicting(let a, let b): [a, b]
        case .undecidedAttackers(let attacks): attacks
        case .heldOpen(let cycle, let lead):
            (cycle + lead).compactMap { if case .attack(let a) = $0 { a } else { nil } }
        case .unattacked, .noReasons, .reasonHolds, .reasonFails, .undecidedReasons, .supportCycle: []
        }
    }

    /// The reason groups the reason cites, in order.
    public var groups: [ReasonGroup] {
        switch self {
        case .attackerUnfounded(_, let failures): failures.map(\.group)
        case .reasonHolds(let g): [g]
        case .reasonFails(let f): [f.group]
        case .heldOpen(let cycle, let lead):
            (cycle + lead).compactMap { if case .reason(let g, _, _) = $0 { g } else { nil } }
        default: []
        }
    }

    /// The map relations the reason rests on: those behind its attacks and its reason groups (a premise group
    /// rests on its argument's premise-conclusion structure, not on a relation), each once, in order.
    public var relations: [RelationID] {
        var seen = Set<RelationID>()
        let all = attacks.flatMap { $0.path.compactMap(\.relation) } + groups.compactMap {
            if case .relation(let id) = $0.source { id } else { nil }
        }
        return all.filter { seen.insert($0).inserted }
    }
}
