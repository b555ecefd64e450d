import ArgumentModel

/// The evaluation of a whole map: labellings under one semantics and support mode, acceptance, notes and strength.
///
/// Cost: building the framework (see ``MapFramework``), then grounded in O(n + m), or SAT calls for the other
/// semantics: one enumeration of at most `limit` labellings, and for credulous/sceptical acceptance either that
/// enumeration (when it was complete) or two SAT queries per node.
public struct MapEvaluation: Sendable {
    /// The semantics used.
    public let semantics: Semantics
    /// The framework read from the map.
    public let framework: MapFramework
    /// The labellings found (grounded: exactly one; stable: possibly none), at most `limit`.
    public let labellings: [[Label]]
    /// Whether `labellings` holds every labelling of the semantics (false when the limit cut it short).
    public let isComplete: Bool
    /// Per node: IN in some labelling.
    public let credulous: [Bool]
    /// Per node: IN in every labelling.
    public let sceptical: [Bool]
    /// DF-QuAD strength per node (base from node data `strength`, default 0.5).
    public let strength: [Double]

    /// Evaluates `graph`. `limit` bounds the labellings kept (nil: all).
    public init(_ graph: ArgumentGraph, semantics: Semantics, support: SupportMode = .reasons, limit: Int? = nil) {
        self.semantics = semantics
        let framework = MapFramework(graph, support: support)
        self.framework = framework
        let solver = SemanticsSolver(framework.problem)
        let n = framework.problem.count
        var labellings: [[Label]]
        if semantics == .grounded {
            labellings = [solver.groundedLabelling]
        } else {
            labellings = solver.labellings(semantics, limit: limit.map { $0 + 1 })
        }
        let complete = limit.map { labellings.count <= $0 } ?? true
        if let limit, labellings.count > limit { labellings.removeLast(labellings.count - limit) }
        self.labellings = labellings
        isComplete = complete
        if complete {
            credulous = (0..<n).map { v in labellings.contains { $0[v] == .in } }
            sceptical = (0..<n).map { v in labellings.allSatisfy { $0[v] == .in } }
        } else {
            credulous = (0..<n).map { solver.credulous($0, semantics).accepted }
            sceptical = (0..<n).map { solver.sceptical($0, semantics).accepted }
        }
        let af = framework.problem.framework
        let connections = support == .deductive || support == .necessary ? MapConnections(graph) : nil
        let supporters: [[Int]] = (0..<n).map { v in
            switch support {
            case .reasons: return Array(Set(framework.problem.groups[v].flatMap { $0 })).sorted()
            case .none: return []
            case .deductive, .necessary:
                return (connections?.incoming(NodeID(v)) ?? []).filter { $0.relation != nil && $0.type.isSupportive }.map(\.from.index)
            }
        }
        strength = GradualStrength.dfquad(
            base: graph.nodes.map { min(1, max(0, $0.data["strength"]?.doubleValue ?? 0.5)) },
            attackers: (0..<n).map { af.attackers(of: $0).map { Int($0) } },
            supporters: supporters)
    }

    /// The labelling shown by default: the first one found (the grounded one for grounded semantics).
    public var labels: [Label]? { labellings.first }

    /// Contradictions whose two sides are both UNDEC in `labels`: "undecided: mutually contradicting".
    public func openContradictions(in labels: [Label]) -> [(NodeID, NodeID)] {
        framework.contradictions.filter { labels[$0.0.index] == .undec && labels[$0.1.index] == .undec }
    }
}
