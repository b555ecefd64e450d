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
    struct Edge: Equatable {
        var from: NodeID
        var to: NodeID
        var type: RelationType
        var inference: Int?
    }

    /// The derived edges of `nodes` and `relations` (listed relations), in a deterministic order. An edge may come
    /// more than once (a relation through a pcs member is reached from both of its ends), and edges equal to a
    /// listed relation are included too: the caller merges both, keeping each edge's first occurrence (as
    /// ``GraphBuilder/addRelation(from:to:type:inference:isDerived:range:data:mergingDuplicates:)`` does, with one
    /// probe of an index it keeps anyway; a set of its own here was a second probe per edge). Complexity:
    /// O(nodes + relations + Σ over pcs statements of (degree of its statement + Σ over its neighbours of their pcs
    /// uses)).
    static func derive(nodes: [Node], relations: [Relation]) -> [Edge] {
        // Every derivation goes through a premise-conclusion structure: without one there is nothing to derive
        // (and no per-node tables to build, which was a fifth of reading a 1,000,000-statement map).
        guard nodes.indices.contains(where: { nodes[$0].pcs != nil }) else { return [] }
        var context = Context(nodes: nodes, relations: relations)
        return context.run()
    }

    /// A numbered statement of a pcs: the node holding the pcs, the statement, its role there.
    private struct Member {
        var owner: Int32
        var statement: Int32
        var role: PCSRole
    }

    /// Where a statement is used: the node holding the pcs (an argument, as a rule) and the statement's role there.
    private struct Use {
        var argument: Int32
        var role: PCSRole
    }

    /// A relation as Argdown stores it, node indices in 32 bits: `inference` (`Int32.min` for none) is set when `to`
    /// stands for an inference of argument `to` (an undercut of a reconstructed argument).
    private struct Incident {
        static let noInference = Int32.min
        var from: Int32
        var to: Int32
        var type: RelationType
        var inference: Int32 = Self.noInference
        /// A statement's premise → argument support: read by part C, not derived (argdown.md §6.5 adds those).
        var isPremiseSupport = false
    }

    /// The tables of one derivation, all flat: per-node lists are ranges of one array each (``FlatLists``, which
    /// keeps each list in the order its items were handed over), and no list is built per member or per argument.
    private struct Context {
        let nodes: [Node]
        /// Every numbered statement of every pcs, in node order and pcs order.
        var members: [Member] = []
        /// The uses of each node, in node order and pcs order.
        let uses: FlatLists<Use>
        /// Listed relations (not `rephrase`) with an end used in a pcs, at each end (once for a self-relation), in
        /// relation order.
        let touching: FlatLists<Incident>
        /// Undercuts of an inference of a reconstructed argument by a statement, in relation order.
        var undercuts: [Incident] = []
        /// Per pcs member statement: its part A and B relations (computed once, read again for every argument
        /// using it): `derived[derivedStart[i]..<derivedStart[i + 1]]`, empty for every other node.
        var derivedStart: [Int32] = []
        var derived: [Incident] = []
        var out: [Edge] = []

        init(nodes: [Node], relations: [Relation]) {
            self.nodes = nodes
            var members: [Member] = []
            for i in nodes.indices {  // by index: a `for node in nodes` loop copied every node
                nodes[i].pcs?.forEachStatement { statement, role in
                    members.append(Member(owner: Int32(truncatingIfNeeded: i), statement: Int32(truncatingIfNeeded: statement.index), role: role))
                }
            }
            self.members = members
            let uses = FlatLists(keyCount: nodes.count, placeholder: Use(argument: 0, role: .premise)) { add in
                for m in members { add(Int(m.statement), Use(argument: m.owner, role: m.role)) }
            }
            self.uses = uses
            // Only relations with an end used in a pcs derive anything (parts A and C read the uses of the far end
            // or of the pcs member itself), so only they are listed: most nodes of a map are in no pcs. Fields are
            // read in place (a copied relation retains its range and data).
            var kept: [Incident] = []
            for i in relations.indices {
                let from = relations[i].from.index, to = relations[i].to.index, type = relations[i].type
                guard type != .rephrase, !uses.range(of: from).isEmpty || !uses.range(of: to).isEmpty else { continue }
                let incident = Incident(
                    from: Int32(truncatingIfNeeded: from), to: Int32(truncatingIfNeeded: to), type: type,
                    inference: Self.inferenceTarget(type, to: to, relations[i].inference, in: nodes))
                if type == .undercut, incident.inference != Incident.noInference, !uses.range(of: from).isEmpty,
                    nodes[from].kind == .statement {
                    undercuts.append(incident)
                }
                kept.append(incident)
            }
            touching = FlatLists(keyCount: nodes.count, placeholder: Incident(from: 0, to: 0, type: .support)) { add in
                for r in kept {
                    add(Int(r.from), r)
                    if r.to != r.from { add(Int(r.to), r) }
                }
            }
            // Most pcs members give a few edges: room for them up front.
            out.reserveCapacity(4 * members.count)
        }

        mutating func emit(_ from: Int32, _ to: Int32, _ type: RelationType, _ inference: Int32 = Incident.noInference) {
            out.append(Edge(
                from: NodeID(Int(from)), to: NodeID(Int(to)), type: Self.dialectical(type),
                inference: inference == Incident.noInference ? nil : Int(inference)))
        }

        static func dialectical(_ type: RelationType) -> RelationType {
            switch type {
            case .entails: .support
            case .contrary, .contradictory: .attack
            default: type
            }
        }

        /// The inference a relation of `type` to node `to` aims at when it is an undercut of a reconstructed argument
        /// (`inference`, or the last one when nil), else `Incident.noInference`.
        static func inferenceTarget(_ type: RelationType, to: Int, _ inference: Int?, in nodes: [Node]) -> Int32 {
            guard type == .undercut, nodes[to].kind == .argument, let count = nodes[to].pcs?.inferenceCount, count > 0
            else { return Incident.noInference }
            // A relation's inference is stored in 32 bits already (above `Int32.min`).
            return Int32(clamping: inference ?? count - 1)
        }

        /// Argdown's derivation for a statement `m` alone, appended to `derived`: its listed relations with
        /// statements used in pcs (part A) and its pcs uses (part B). Premise → argument supports are appended (they
        /// feed ``argument(_:member:role:)``) but marked, so ``run()`` can leave them out.
        mutating func appendStatementRelations(_ m: Int) {
            let mm = Int32(truncatingIfNeeded: m)
            for k in touching.range(of: m) {
                let r = touching.items[k]
                let isOutgoing = r.from == mm
                let other = Int(isOutgoing ? r.to : r.from)
                guard nodes[other].kind == .statement else { continue }
                let symmetric = r.type.isSymmetric
                let type = Self.dialectical(r.type)
                for u in uses.range(of: other) {
                    let use = uses.items[u]
                    if use.role == .premise, symmetric || isOutgoing {
                        derived.append(Incident(from: mm, to: use.argument, type: type))
                    } else if use.role == .mainConclusion, symmetric || !isOutgoing {
                        derived.append(Incident(from: use.argument, to: mm, type: type))
                    }
                }
            }
            for u in uses.range(of: m) {
                let use = uses.items[u]
                if use.role == .premise {
                    derived.append(Incident(from: mm, to: use.argument, type: .support, isPremiseSupport: true))
                } else if use.role == .mainConclusion {
                    derived.append(Incident(from: use.argument, to: mm, type: .support))
                }
            }
        }

        mutating func run() -> [Edge] {
            // Statements (parts A and B), in node order. Only a statement with a listed relation to a pcs member, or
            // in a pcs itself, derives anything; only a pcs member's list is kept (part C reads it).
            derivedStart = [Int32](repeating: 0, count: nodes.count + 1)
            for i in nodes.indices {
                derivedStart[i] = Int32(truncatingIfNeeded: derived.count)
                guard nodes[i].kind == .statement, !(touching.range(of: i).isEmpty && uses.range(of: i).isEmpty) else { continue }
                let start = derived.count
                appendStatementRelations(i)
                for k in start..<derived.count where !derived[k].isPremiseSupport {
                    emit(derived[k].from, derived[k].to, derived[k].type, derived[k].inference)
                }
                if uses.range(of: i).isEmpty { derived.removeLast(derived.count - start) }
            }
            derivedStart[nodes.count] = Int32(truncatingIfNeeded: derived.count)
            // Inferences: a statement undercutting one is concluded by arguments that undercut it too.
            for r in undercuts {
                for u in uses.range(of: Int(r.from)) where uses.items[u].role == .mainConclusion {
                    emit(uses.items[u].argument, r.to, .undercut, r.inference)
                }
            }
            // Reconstructed arguments (part C), in node order and pcs order.
            for k in members.indices where members[k].role != .intermediaryConclusion {
                let m = members[k]
                guard nodes[Int(m.owner)].kind == .argument else { continue }
                argument(m.owner, member: Int(m.statement), role: m.role)
            }
            return out
        }

        /// Part C for argument `m` and one of its premises or its main conclusion `ec`: its listed relations, then
        /// its own derived ones.
        ///
        /// A listed relation between `ec` and another statement (not a self-relation) gives here what part A gave
        /// already for that other statement through this use of `ec` (the same edge, and part A comes first), so it
        /// is skipped: on a map whose relations join statements, that was half of the edges derived.
        mutating func argument(_ m: Int32, member ec: Int, role: PCSRole) {
            let member = Int32(truncatingIfNeeded: ec)
            let memberIsStatement = nodes[ec].kind == .statement
            for k in touching.range(of: ec) {
                let r = touching.items[k]
                if memberIsStatement, r.from != r.to, nodes[Int(r.from == member ? r.to : r.from)].kind == .statement { continue }
                argument(m, member: member, role: role, r)
            }
            for k in Int(derivedStart[ec])..<Int(derivedStart[ec + 1]) {
                argument(m, member: member, role: role, derived[k])
            }
        }

        /// Part C for argument `m`, its member `ec` and one relation `r` of `ec`.
        @inline(__always)
        mutating func argument(_ m: Int32, member ec: Int32, role: PCSRole, _ r: Incident) {
            let other = r.from == ec ? r.to : r.from
            // The far end is this argument itself (an inference of it is a different end, as in Argdown).
            if other == m && !(r.inference != Incident.noInference && r.to == other) { return }
            let symmetric = r.type.isSymmetric
            if role == .premise, symmetric || r.to == ec {
                emit(other, m, r.type)
            } else if role == .mainConclusion, symmetric || r.from == ec {
                emit(m, other, r.type, r.to == other ? r.inference : Incident.noInference)
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
