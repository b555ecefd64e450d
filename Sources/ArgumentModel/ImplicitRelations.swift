/// Argdown 1.7's implicit relations (argdown.md §6.4, argdown-core's `deriveImplicitRelations`), computed over the
/// listed relations of a graph.
///
/// Argdown derives, for every statement, argument and inference, the relations that follow from statements being
/// premises or main conclusions of reconstructed arguments; this is the union of those sets:
/// - (part A) a statement `m` related to a statement `o`: when `o` is a premise of argument `A` and the relation leaves `m`
///   (or is symmetric), `m` relates to `A`; when `o` is the main conclusion of `A` and the relation enters `m` (or is
///   symmetric), `A` relates to `m`;
/// - (part B) an argument `A` supports its main conclusion (and, internally only, each premise supports its
///   argument);
/// - (part A for an inference) a statement undercutting an inference of `B`: every argument concluding that statement undercuts `B`;
/// - (part C) an argument `M`: every relation (listed or derived as above) entering one of its premises, or symmetric, makes
///   its other end relate to `M`; every relation leaving its main conclusion, or symmetric, makes `M` relate to the
///   other end (an undercut of an inference stays an undercut of that inference).
///
/// Types become dialectical on the way: `entails` → `support`, `contrary`/`contradictory` → `attack`; `undercut`
/// stays. `rephrase` relations derive nothing. Derivation is one step deep, as Argdown's (derived relations are not
/// derived from again except through a pcs member's own derived relations). Premise → argument supports are left
/// out of the result (argdown.md §6.5 adds those edges separately).
enum ImplicitRelations {
    /// One derived edge: `inference` is set for an undercut of a reconstructed argument's inference.
    struct Edge: Hashable {
        var from: NodeID
        var to: NodeID
        var type: RelationType
        var inference: Int?

        /// Two words: the ends, then the type's case and the inference. (`RelationType`'s own hash goes through its
        /// `String` raw value, most of the cost of checking an edge for a duplicate.)
        func hash(into hasher: inout Hasher) {
            hasher.combine(UInt64(truncatingIfNeeded: from.index) << 32 ^ UInt64(truncatingIfNeeded: to.index))
            let typeCode: UInt64 = switch type {
            case .support: 0
            case .attack: 1
            case .undercut: 2
            case .contradictory: 3
            case .entails: 4
            case .contrary: 5
            case .rephrase: 6
            }
            hasher.combine(typeCode << 56 ^ UInt64(truncatingIfNeeded: (inference ?? -1) &+ 1))
        }
    }

    /// The derived edges of `nodes` and `relations` (listed relations), in a deterministic order, duplicates
    /// removed. Edges equal to a listed relation are included too (the caller merges them). Complexity:
    /// O(Σ over pcs statements of (degree of its statement + Σ over its neighbours of their pcs uses)).
    static func derive(nodes: [Node], relations: [Relation]) -> [Edge] {
        // Every derivation goes through a premise-conclusion structure: without one there is nothing to derive
        // (and no per-node tables to build, which was a fifth of reading a 1,000,000-statement map).
        guard nodes.indices.contains(where: { nodes[$0].pcs != nil }) else { return [] }
        var context = Context(nodes: nodes, relations: relations)
        return context.run()
    }

    /// Where a statement is used: the argument and its role there.
    private struct Use {
        var argument: NodeID
        var role: PCSRole
    }

    /// A relation as Argdown stores it: `inference` is set when `to` stands for an inference of argument `to` (an
    /// undercut of a reconstructed argument).
    private struct Incident {
        var from: NodeID
        var to: NodeID
        var type: RelationType
        var inference: Int?
    }

    private struct Context {
        let nodes: [Node]
        let relations: [Relation]
        var uses: [[Use]]
        var touching: [[Int]]
        /// Per statement: its part A and B relations (computed once, read again for every argument using it).
        var statementDerived: [[(edge: Incident, isPremiseSupport: Bool)]] = []
        var out: [Edge] = []
        var seen = Set<Edge>()

        init(nodes: [Node], relations: [Relation]) {
            self.nodes = nodes
            self.relations = relations
            uses = Array(repeating: [], count: nodes.count)
            touching = Array(repeating: [], count: nodes.count)
            var members = 0
            for i in nodes.indices {  // by index: a `for node in nodes` loop copied every node
                guard let statements = nodes[i].pcs?.statements else { continue }
                for s in statements { uses[s.statement.index].append(Use(argument: nodes[i].id, role: s.role)) }
                members += statements.count
            }
            // Every derived edge goes through a pcs member, most members give a few: room for them up front
            // instead of rehashing the set at every doubling.
            seen.reserveCapacity(2 * members)
            out.reserveCapacity(2 * members)
            // Only relations with an end used in a pcs derive anything (parts A and C read `uses` of the far end or
            // of the pcs member itself), so only they are listed: most nodes of a map are in no pcs, and a list for
            // each of them was most of this step. Fields are read in place (a copied relation retains its range
            // and data).
            for i in relations.indices {
                let from = relations[i].from, to = relations[i].to
                guard relations[i].type != .rephrase, !uses[from.index].isEmpty || !uses[to.index].isEmpty else { continue }
                touching[from.index].append(i)
                if to != from { touching[to.index].append(i) }
            }
        }

        mutating func emit(_ from: NodeID, _ to: NodeID, _ type: RelationType, _ inference: Int? = nil) {
            let edge = Edge(from: from, to: to, type: Self.dialectical(type), inference: inference)
            if seen.insert(edge).inserted { out.append(edge) }
        }

        static func dialectical(_ type: RelationType) -> RelationType {
            switch type {
            case .entails: .support
            case .contrary, .contradictory: .attack
            default: type
            }
        }

        /// The inference an undercut of a reconstructed argument aims at (nil when `r` is no such undercut).
        func inferenceTarget(_ r: Relation) -> Int? {
            guard r.type == .undercut, nodes[r.to.index].kind == .argument, let pcs = nodes[r.to.index].pcs,
                !pcs.inferences.isEmpty
            else { return nil }
            return r.inference ?? pcs.inferences.count - 1
        }

        /// A listed relation as Argdown stores it: an undercut of a reconstructed argument ends at an inference.
        func incident(_ r: Relation) -> Incident {
            Incident(from: r.from, to: r.to, type: r.type, inference: inferenceTarget(r))
        }

        /// Argdown's derivation for a statement `m` alone: its listed relations with statements used in pcs
        /// (part A) and its pcs uses (part B). Premise → argument supports are returned (they feed ``argument``)
        /// but marked, so ``run()`` can leave them out.
        func statementRelations(_ m: NodeID) -> [(edge: Incident, isPremiseSupport: Bool)] {
            // Labelled as the result is: an unlabelled list was converted (copied) on return.
            var result: [(edge: Incident, isPremiseSupport: Bool)] = []
            for i in touching[m.index] {
                let from = relations[i].from, to = relations[i].to, type = relations[i].type
                let other = from == m ? to : from
                guard nodes[other.index].kind == .statement else { continue }
                let isOutgoing = from == m
                let symmetric = type.isSymmetric
                for use in uses[other.index] {
                    if use.role == .premise, symmetric || isOutgoing {
                        result.append((Incident(from: m, to: use.argument, type: Self.dialectical(type)), false))
                    } else if use.role == .mainConclusion, symmetric || !isOutgoing {
                        result.append((Incident(from: use.argument, to: m, type: Self.dialectical(type)), false))
                    }
                }
            }
            for use in uses[m.index] {
                if use.role == .premise {
                    result.append((Incident(from: m, to: use.argument, type: .support), true))
                } else if use.role == .mainConclusion {
                    result.append((Incident(from: use.argument, to: m, type: .support), false))
                }
            }
            return result
        }

        mutating func run() -> [Edge] {
            // Statements (parts A and B).
            // Only a statement with a listed relation to a pcs member, or in a pcs itself, derives anything.
            statementDerived = nodes.indices.map { i in
                nodes[i].kind == .statement && !(touching[i].isEmpty && uses[i].isEmpty) ? statementRelations(nodes[i].id) : []
            }
            // By index, skipping the empty lists (a `for derived in statementDerived` loop retained each one).
            for i in statementDerived.indices where !statementDerived[i].isEmpty {
                for (e, isPremiseSupport) in statementDerived[i] where !isPremiseSupport { emit(e.from, e.to, e.type, e.inference) }
            }
            // Inferences: a statement undercutting one is concluded by arguments that undercut it too.
            for i in relations.indices where relations[i].type == .undercut {
                let r = relations[i]
                guard let inference = inferenceTarget(r), nodes[r.from.index].kind == .statement else { continue }
                for use in uses[r.from.index] where use.role == .mainConclusion {
                    emit(use.argument, r.to, .undercut, inference)
                }
            }
            // Reconstructed arguments (part C).
            for i in nodes.indices where nodes[i].kind == .argument {
                for s in nodes[i].pcs?.statements ?? [] where s.role != .intermediaryConclusion {
                    argument(nodes[i].id, member: s.statement, role: s.role)
                }
            }
            return out
        }

        /// Part C for argument `m` and one of its premises or its main conclusion `ec`.
        mutating func argument(_ m: NodeID, member ec: NodeID, role: PCSRole) {
            var incidents = touching[ec.index].map { incident(relations[$0]) }
            incidents += statementDerived[ec.index].map(\.edge)
            for r in incidents {
                let other = r.from == ec ? r.to : r.from
                // The far end is this argument itself (an inference of it is a different end, as in Argdown).
                if other == m && !(r.inference != nil && r.to == other) { continue }
                let symmetric = r.type.isSymmetric
                if role == .premise, symmetric || r.to == ec {
                    emit(other, m, r.type)
                } else if role == .mainConclusion, symmetric || r.from == ec {
                    emit(m, other, r.type, r.to == other ? r.inference : nil)
                }
            }
        }
    }
}

extension ArgumentGraph {
    /// Whether `relation` is one of the derived supports that pictures, outlines and worksheets show: a
    /// reconstructed argument's support of its main conclusion, or of an argument that has that conclusion as a
    /// premise (the arrows that link an argument into the map). Argdown's other implicit relations (attacks,
    /// undercuts, supports through a premise or a conclusion) restate a shown path through a pcs member, and
    /// Argdown's map does not draw them either. O(pcs size).
    public func isShownDerivedSupport(_ relation: Relation) -> Bool {
        guard relation.isDerived, relation.type == .support, let conclusion = self[relation.from].pcs?.mainConclusion
        else { return false }
        return relation.to == conclusion || self[relation.to].pcs?.premises.contains(conclusion) == true
    }

    /// Whether `relation` is listed, or a derived support that is shown (``isShownDerivedSupport(_:)``). To walk
    /// what a map shows, premise links included, use ``MapConnections`` rather than filtering with this.
    public func isShown(_ relation: Relation) -> Bool { !relation.isDerived || isShownDerivedSupport(relation) }
}
