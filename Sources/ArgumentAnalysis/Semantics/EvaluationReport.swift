import ArgumentModel

extension MapEvaluation {
    /// A note per node index left UNDEC by an open contradiction in `labels`: "undecided: mutually contradicting
    /// [Other]" on both sides. O(contradictions).
    public func contradictionNotes(in labels: [Label], graph: ArgumentGraph) -> [Int: String] {
        var notes: [Int: String] = [:]
        for (a, b) in openContradictions(in: labels) {
            notes[a.index] = "undecided: mutually contradicting \(graph[b].bracketedTitle)"
            notes[b.index] = "undecided: mutually contradicting \(graph[a].bracketedTitle)"
        }
        return notes
    }
}

/// An evaluation as a document (`argmap evaluate --format json`): every node with its label, acceptance,
/// optional strength and note; optionally every labelling; optionally one node's explanation.
public struct EvaluationReport: Codable, Sendable {
    /// One node's verdict.
    public struct Node: Codable, Sendable {
        /// The node's title.
        public var title: String
        /// `statement` or `argument`.
        public var kind: String
        /// IN, OUT or UNDEC in the first labelling (nil when none exists).
        public var label: String?
        /// IN in some labelling.
        public var credulous: Bool
        /// IN in every labelling.
        public var sceptical: Bool
        /// The DF-QuAD strength, rounded to 6 decimals, when asked for.
        public var strength: Double?
        /// Why the node is UNDEC, when an open contradiction says so.
        public var note: String?
    }

    /// One sentence of an explanation and what it rests on.
    public struct Reason: Codable, Sendable {
        /// The reason's kind (see ``ExplanationReason/kind``).
        public var kind: String
        /// The sentence.
        public var text: String
        /// Each cited attack as `[attacker, target]` titles, with its kind (attack, undercut, supported, …).
        public var attacks: [Attack]
        /// Each cited reason group's member titles.
        public var reasons: [[String]]
        /// Indices (in map order) of the relations the sentence rests on.
        public var relations: [Int]
    }

    /// An attack cited by an explanation.
    public struct Attack: Codable, Sendable {
        /// The attacker's bracketed title.
        public var attacker: String
        /// The target's bracketed title.
        public var target: String
        /// The kind of attack.
        public var kind: String
    }

    /// Why one node has its label.
    public struct ExplanationDocument: Codable, Sendable {
        /// The node's bracketed title.
        public var title: String
        /// Its label.
        public var label: String
        /// The semantics explained (nil: grounded reasoning only).
        public var semantics: String?
        /// The explanation's sentences.
        public var lines: [String]
        /// The sentences with what they rest on.
        public var reasons: [Reason]
        /// A support cycle the label depends on, as bracketed titles.
        public var cycle: [String]

        /// The document of `e`, with titles from `graph`. O(size of the explanation).
        public init(_ e: Explanation, graph: ArgumentGraph) {
            title = graph[e.node].bracketedTitle
            label = e.label.rawValue
            semantics = e.semantics?.rawValue
            lines = e.lines
            reasons = zip(e.reasons, e.lines).map { reason, line in
                Reason(
                    kind: reason.kind, text: line,
                    attacks: reason.attacks.map {
                        Attack(attacker: graph[$0.attacker].bracketedTitle, target: graph[$0.target].bracketedTitle, kind: $0.kind.rawValue)
                    },
                    reasons: reason.groups.map { $0.members.map { graph[$0].bracketedTitle } },
                    relations: reason.relations.map(\.index))
            }
            cycle = e.cycle.map { graph[$0].bracketedTitle }
        }
    }

    /// The semantics' name.
    public var semantics: String
    /// The support mode's name.
    public var support: String
    /// Whether every labelling was computed (not cut off by the limit).
    public var complete: Bool
    /// Every node, in map order.
    public var nodes: [Node]
    /// Every labelling, title → label, when asked for.
    public var labellings: [[String: String]]?
    /// The explanation asked for.
    public var explanation: ExplanationDocument?

    /// The report of `evaluation` over `graph`; `strength` adds each node's gradual strength, `allLabellings`
    /// lists every labelling, `explanation` explains one node. O(n × labellings).
    public init(
        _ evaluation: MapEvaluation, graph: ArgumentGraph, strength: Bool = false, allLabellings: Bool = false,
        explanation: Explanation? = nil
    ) {
        let labels = evaluation.labels
        let notes = labels.map { evaluation.contradictionNotes(in: $0, graph: graph) } ?? [:]
        semantics = evaluation.semantics.rawValue
        support = evaluation.framework.support.rawValue
        complete = evaluation.isComplete
        nodes = graph.nodes.map { node in
            Node(
                title: node.title, kind: node.kind.rawValue, label: labels?[node.id.index].rawValue,
                credulous: evaluation.credulous[node.id.index], sceptical: evaluation.sceptical[node.id.index],
                strength: strength ? (evaluation.strength[node.id.index] * 1e6).rounded() / 1e6 : nil,
                note: notes[node.id.index])
        }
        labellings = allLabellings ? evaluation.labellings.map { l in
            Dictionary(uniqueKeysWithValues: graph.nodes.map { ($0.bracketedTitle, l[$0.id.index].rawValue) })
        } : nil
        self.explanation = explanation.map { ExplanationDocument($0, graph: graph) }
    }
}
