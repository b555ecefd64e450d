import ArgumentModel
import Collections

extension ArgdownJSON {
    /// Argdown's member role of a statement written at the top level.
    static let topLevelRole = "top-level-statement"
    /// Argdown's member role of a statement written on a relation line.
    static let relationRole = "relation-statement"
    /// Argdown's member role of an argument's description or reference.
    static let descriptionRole = "argument-description"

    /// The role and argument of a member that stands in a premise-conclusion structure.
    struct PCSUse {
        var argument: NodeID
        var role: PCSRole
        var range: SourceRange?
    }

    /// Every statement's uses in premise-conclusion structures, laid out flat by node (``FlatLists``), arguments in
    /// id order (no dictionary to hash every statement's id into, though most stand in no pcs, and to free list by
    /// list).
    struct PCSUses {
        private let lists: FlatLists<PCSUse>

        /// The uses in `nodes` (node `k` has id `k`). O(nodes + pcs statements).
        init(_ nodes: [Node]) {
            lists = FlatLists(keyCount: nodes.count, placeholder: PCSUse(argument: NodeID(0), role: .premise)) { add in
                // By index, reading each pcs in place (a `for node in` loop copies every node).
                for k in nodes.indices where nodes[k].kind == .argument {
                    for step in nodes[k].pcs?.steps ?? [] {
                        guard case .statement(let s) = step, nodes.indices.contains(s.statement.index) else { continue }
                        add(s.statement.index, PCSUse(argument: NodeID(k), role: s.role, range: s.range))
                    }
                }
            }
        }

        /// The uses of `node`, in argument id order (empty for an id outside the graph). O(1).
        subscript(_ node: NodeID) -> ArraySlice<PCSUse> {
            guard node.index >= 0 && node.index + 1 < lists.start.count else { return [] }
            return lists.items[lists.range(of: node.index)]
        }
    }

    /// Every statement's uses in premise-conclusion structures (see ``PCSUses``). O(nodes + pcs statements).
    static func pcsUses(_ graph: ArgumentGraph) -> PCSUses {
        PCSUses(graph.nodes)
    }

    /// The pcs use paired with each pcs-member occurrence of a node, by the occurrence's index (see
    /// ``matchPCSUses(_:uses:)``). One pair, what most statements in a pcs have, is kept without a dictionary.
    struct PCSPairs {
        private var one: (occurrence: Int, use: PCSUse)?
        private var more: [Int: PCSUse] = [:]

        /// No pairs.
        init() {}

        /// The use paired with occurrence `n`, if any. O(1).
        subscript(_ n: Int) -> PCSUse? {
            if let one, one.occurrence == n { return one.use }
            return more.isEmpty ? nil : more[n]
        }

        /// Pairs occurrence `n` (not paired yet) with `use`.
        mutating func pair(_ n: Int, with use: PCSUse) {
            if one == nil && more.isEmpty { one = (n, use) } else { more[n] = use }
        }
    }

    /// Pairs each pcs-member occurrence of a statement (by its index in `occurrences`, the statement's) with the pcs
    /// line it was written on: the use whose range holds the occurrence's, else the first use not taken yet.
    /// O(occurrences × uses).
    static func matchPCSUses(_ occurrences: [Occurrence], uses: ArraySlice<PCSUse>) -> PCSPairs {
        var out = PCSPairs()
        guard uses.count > 1 else {
            // One use (the most common case) goes to the first pcs member, whose range holds it or not.
            if let use = uses.first, let n = occurrences.indices.first(where: { occurrences[$0].role == .pcsMember }) {
                out.pair(n, with: use)
            }
            return out
        }
        // `taken[k - first]` tells whether `uses[k]` is paired already.
        let first = uses.startIndex
        var taken = [Bool](repeating: false, count: uses.count)
        // By index, reading fields in place (iterating would copy every occurrence).
        for n in occurrences.indices where occurrences[n].role == .pcsMember {
            var holding: Int?
            if let r = occurrences[n].range {
                for k in uses.indices where !taken[k - first] {
                    if let outer = uses[k].range, contains(outer, r) {
                        holding = k
                        break
                    }
                }
            }
            guard let k = holding ?? taken.firstIndex(of: false).map({ first + $0 }) else { continue }
            taken[k - first] = true
            out.pair(n, with: uses[k])
        }
        return out
    }

    private static func contains(_ outer: SourceRange, _ inner: SourceRange) -> Bool {
        outer.file == inner.file && outer.start.offset <= inner.start.offset && inner.end.offset <= outer.end.offset
    }

    /// Argdown's `role` for a statement member: the pcs role where it stands in a pcs, else `top-level-statement`
    /// or `relation-statement` after where it was written (nil when unknown, e.g. read from another format).
    static func memberRole(_ occurrence: Occurrence, use: PCSUse?) -> String? {
        if let use { return roleName(use.role) }
        switch occurrence.context {
        case .topLevel: return topLevelRole
        case .relation: return relationRole
        case nil: return nil
        }
    }

    /// The occurrence role and context a member's Argdown `role` stands for (pcs roles make a pcs member).
    static func occurrence(role name: String?) -> (isPCSMember: Bool, context: OccurrenceContext?) {
        switch name {
        case topLevelRole: (false, .topLevel)
        case relationRole: (false, .relation)
        case let name? where role(named: name) != nil: (true, nil)
        default: (false, nil)
        }
    }

    /// Argdown's `isUsedAsTopLevelStatement` / `isUsedAsRelationStatement` flags of a statement, in that order.
    static func usageFlags(_ node: Node) -> [(key: String, value: Bool)] {
        var out: [(String, Bool)] = []
        if node.occurrences.contains(where: { $0.context == .topLevel }) { out.append(("isUsedAsTopLevelStatement", true)) }
        if node.occurrences.contains(where: { $0.context == .relation }) { out.append(("isUsedAsRelationStatement", true)) }
        return out
    }

    /// Argdown's `conclusionIndex` of inference number `inference` (0-based, in `pcs.inferences`): the index, in
    /// the pcs statement list, of the conclusion the inference leads to. Nil when there is no such inference.
    static func conclusionIndex(ofInference inference: Int, in pcs: PremiseConclusionStructure) -> Int? {
        var statements = 0
        var inferences = 0
        for step in pcs.steps {
            switch step {
            case .statement: statements += 1
            case .inference:
                if inferences == inference { return statements < pcs.statements.count ? statements : nil }
                inferences += 1
            }
        }
        return nil
    }

    /// The inference (0-based, in `pcs.inferences`) that leads to the statement at `conclusionIndex`: the last
    /// inference before it. Nil when no inference stands before that statement.
    static func inferenceIndex(ofConclusion conclusionIndex: Int, in pcs: PremiseConclusionStructure) -> Int? {
        var statements = 0
        var lastInference: Int?
        var inferences = 0
        for step in pcs.steps {
            switch step {
            case .statement:
                if statements == conclusionIndex { return lastInference }
                statements += 1
                lastInference = nil
            case .inference:
                lastInference = inferences
                inferences += 1
            }
        }
        return nil
    }
}

extension ArgdownJSON {
    /// Argdown's `conclusionIndex` on a relation aimed at an inference (`toType` `inference`): which conclusion's
    /// inference it undercuts. Nil for every other relation.
    static func conclusionIndex(of r: Relation, in graph: ArgumentGraph) -> Int? {
        guard isInferenceTarget(r, in: graph), let pcs = graph[r.to].pcs, !pcs.inferences.isEmpty else { return nil }
        return conclusionIndex(ofInference: r.inference ?? pcs.inferences.count - 1, in: pcs)
    }
}
