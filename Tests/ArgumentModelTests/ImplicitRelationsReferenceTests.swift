import Testing
@testable import ArgumentModel

/// `GraphBuilder.build()`'s derived relations compared with a straightforward reference: the derivation as it was
/// written before it was made flat (per-node arrays, a set of seen edges, arrays built per pcs member), run over
/// many generated small maps with pcs, intermediary conclusions, undercuts of inferences, contradictions,
/// entails/contrary, rephrases, self-relations, duplicates, relation data and arguments used as pcs members.
/// Both graphs must have the same relations (fields, data and order).
@Suite struct ImplicitRelationsReferenceTests {
    @Test func derivationEqualsTheReferenceOnGeneratedMaps() {
        var rng = SplitMix64(seed: 15)
        var derivedSeen = 0
        for round in 0..<3000 {
            let builder = Self.randomMap(&rng)
            let built = builder.build()
            let expected = Self.referenceBuild(builder)
            let same = built.relations == expected.relations
            #expect(same, "map \(round): \(Self.lines(built)) instead of \(Self.lines(expected))")
            if !same { break }
            derivedSeen += built.relations.count(where: \.isDerived)
        }
        // The generated maps do derive relations (a generator deriving nothing would make the comparison vacuous).
        #expect(derivedSeen > 10_000)
    }

    @Test func derivationEqualsTheReferenceOnAMapWhereEveryEdgeRepeats() {
        // A statement that is premise and main conclusion of several arguments, related every way to another
        // statement in the same position: each derived edge is reached many times.
        var b = GraphBuilder()
        let s = (0..<4).map { b.node(.statement, title: "S\($0)") }
        for k in 0..<3 {
            let a = b.node(.argument, title: "A\(k)")
            b.update(a) { node in
                node.pcs = PremiseConclusionStructure(steps: [
                    .statement(PCSStatement(number: 1, statement: s[0], role: .premise)),
                    .statement(PCSStatement(number: 2, statement: s[1], role: .premise)),
                    .inference(Inference()),
                    .statement(PCSStatement(number: 3, statement: s[2], role: .mainConclusion)),
                ])
            }
        }
        for type in RelationType.allCases {
            for (x, y) in [(0, 1), (1, 2), (2, 3), (3, 0), (2, 2)] { b.addRelation(from: s[x], to: s[y], type: type) }
        }
        let built = b.build(), expected = Self.referenceBuild(b)
        let same = built.relations == expected.relations
        #expect(same, "\(Self.lines(built)) instead of \(Self.lines(expected))")
        #expect(built.relations.count(where: \.isDerived) > 20)
    }

    /// The relations as `from type to #inference (derived)`, one string (a failure's message).
    private static func lines(_ g: ArgumentGraph) -> String {
        g.relations.map { r in
            "\(r.from.index) \(r.type.rawValue) \(r.to.index)" + (r.inference.map { " #\($0)" } ?? "")
                + (r.isDerived ? " (derived)" : "") + (r.data.isEmpty ? "" : " data")
        }.joined(separator: "; ")
    }

    // MARK: Generated maps

    private static func randomMap(_ rng: inout SplitMix64) -> GraphBuilder {
        var b = GraphBuilder()
        let statementCount = Int.random(in: 1...7, using: &rng)
        let argumentCount = Int.random(in: 0...4, using: &rng)
        // Statements and arguments interleaved, so node order and kind order differ.
        var ids: [NodeID] = []
        var s = 0, a = 0
        while s < statementCount || a < argumentCount {
            if a < argumentCount && (s == statementCount || Bool.random(using: &rng)) {
                ids.append(b.node(.argument, title: "A\(a)"))
                a += 1
            } else {
                ids.append(b.node(.statement, title: "S\(s)"))
                s += 1
            }
        }
        let statements = ids.filter { b.kind(of: $0) == .statement }
        let arguments = ids.filter { b.kind(of: $0) == .argument }
        for id in ids where b.kind(of: id) == .argument || Int.random(in: 0..<12, using: &rng) == 0 {
            // Most arguments are reconstructed; now and then a statement carries a pcs too.
            guard Int.random(in: 0..<5, using: &rng) > 0 else { continue }
            let pcs = randomPCS(&rng, statements: statements, arguments: arguments)
            b.update(id) { $0.pcs = pcs }
        }
        let relationCount = Int.random(in: 0...14, using: &rng)
        for _ in 0..<relationCount {
            let from = ids.randomElement(using: &rng)!
            // Self-relations about one time in eight.
            let to = Int.random(in: 0..<8, using: &rng) == 0 ? from : ids.randomElement(using: &rng)!
            let type = RelationType.allCases.randomElement(using: &rng)!
            let inference: Int? = type == .undercut ? [nil, nil, 0, 1, 3].randomElement(using: &rng)! : nil
            let data: DataValue = switch Int.random(in: 0..<10, using: &rng) {
            case 0: .object(["k": .string("v")])
            case 1: .string("scalar")
            default: .empty
            }
            b.addRelation(from: from, to: to, type: type, inference: inference, data: data)
        }
        return b
    }

    private static func randomPCS(_ rng: inout SplitMix64, statements: [NodeID], arguments: [NodeID]) -> PremiseConclusionStructure {
        var steps: [PCSStep] = []
        var number = 1
        func member(_ rng: inout SplitMix64) -> NodeID {
            // An argument as a member about one time in ten (formats other than Argdown can produce it).
            if !arguments.isEmpty && Int.random(in: 0..<10, using: &rng) == 0 { return arguments.randomElement(using: &rng)! }
            return statements.randomElement(using: &rng)!
        }
        let blocks = Int.random(in: 1...3, using: &rng)
        for block in 0..<blocks {
            for _ in 0..<Int.random(in: 0...3, using: &rng) {
                steps.append(.statement(PCSStatement(number: number, statement: member(&rng), role: .premise)))
                number += 1
            }
            if Int.random(in: 0..<4, using: &rng) > 0 { steps.append(.inference(Inference())) }
            let role: PCSRole = block == blocks - 1 ? .mainConclusion : .intermediaryConclusion
            steps.append(.statement(PCSStatement(number: number, statement: member(&rng), role: role)))
            number += 1
        }
        return PremiseConclusionStructure(steps: steps)
    }

    /// The graph `build()` made before: the reference's edges added in its order as derived relations.
    private static func referenceBuild(_ builder: GraphBuilder) -> ArgumentGraph {
        var b = builder
        for e in ReferenceDerivation.derive(nodes: builder.nodes, relations: builder.relations) {
            b.addRelation(from: e.from, to: e.to, type: e.type, inference: e.inference, isDerived: true)
        }
        return b.build(deriveImplicitRelations: false)
    }
}

/// The derivation as `ImplicitRelations` computed it before it was made flat (kept here as the reference; see
/// `ImplicitRelations` for what it derives): per-node lists of uses and touching relations, each statement's part
/// A and B relations, then part C per argument member, every edge checked against a set of those emitted.
private enum ReferenceDerivation {
    struct Edge: Hashable {
        var from: NodeID
        var to: NodeID
        var type: RelationType
        var inference: Int?
    }

    private struct Use {
        var argument: NodeID
        var role: PCSRole
    }

    static func derive(nodes: [Node], relations: [Relation]) -> [Edge] {
        guard nodes.contains(where: { $0.pcs != nil }) else { return [] }
        var uses = [[Use]](repeating: [], count: nodes.count)
        var touching = [[Int]](repeating: [], count: nodes.count)
        for node in nodes {
            for s in node.pcs?.statements ?? [] { uses[s.statement.index].append(Use(argument: node.id, role: s.role)) }
        }
        for (i, r) in relations.enumerated() where r.type != .rephrase && (!uses[r.from.index].isEmpty || !uses[r.to.index].isEmpty) {
            touching[r.from.index].append(i)
            if r.to != r.from { touching[r.to.index].append(i) }
        }
        var out: [Edge] = []
        var seen = Set<Edge>()
        func emit(_ from: NodeID, _ to: NodeID, _ type: RelationType, _ inference: Int? = nil) {
            let edge = Edge(from: from, to: to, type: dialectical(type), inference: inference)
            if seen.insert(edge).inserted { out.append(edge) }
        }
        func inferenceTarget(_ r: Relation) -> Int? {
            guard r.type == .undercut, nodes[r.to.index].kind == .argument, let pcs = nodes[r.to.index].pcs,
                !pcs.inferences.isEmpty
            else { return nil }
            return r.inference ?? pcs.inferences.count - 1
        }
        func incident(_ r: Relation) -> Edge { Edge(from: r.from, to: r.to, type: r.type, inference: inferenceTarget(r)) }
        func statementRelations(_ m: NodeID) -> [(edge: Edge, isPremiseSupport: Bool)] {
            var result: [(edge: Edge, isPremiseSupport: Bool)] = []
            for i in touching[m.index] {
                let r = relations[i]
                let other = r.from == m ? r.to : r.from
                guard nodes[other.index].kind == .statement else { continue }
                let isOutgoing = r.from == m
                for use in uses[other.index] {
                    if use.role == .premise, r.type.isSymmetric || isOutgoing {
                        result.append((Edge(from: m, to: use.argument, type: dialectical(r.type)), false))
                    } else if use.role == .mainConclusion, r.type.isSymmetric || !isOutgoing {
                        result.append((Edge(from: use.argument, to: m, type: dialectical(r.type)), false))
                    }
                }
            }
            for use in uses[m.index] {
                if use.role == .premise {
                    result.append((Edge(from: m, to: use.argument, type: .support), true))
                } else if use.role == .mainConclusion {
                    result.append((Edge(from: use.argument, to: m, type: .support), false))
                }
            }
            return result
        }
        let statementDerived = nodes.map { node in
            node.kind == .statement && !(touching[node.id.index].isEmpty && uses[node.id.index].isEmpty)
                ? statementRelations(node.id) : []
        }
        for derived in statementDerived {
            for (e, isPremiseSupport) in derived where !isPremiseSupport { emit(e.from, e.to, e.type, e.inference) }
        }
        for r in relations where r.type == .undercut {
            guard let inference = inferenceTarget(r), nodes[r.from.index].kind == .statement else { continue }
            for use in uses[r.from.index] where use.role == .mainConclusion { emit(use.argument, r.to, .undercut, inference) }
        }
        for node in nodes where node.kind == .argument {
            for s in node.pcs?.statements ?? [] where s.role != .intermediaryConclusion {
                let (m, ec, role) = (node.id, s.statement, s.role)
                let incidents = touching[ec.index].map { incident(relations[$0]) } + statementDerived[ec.index].map(\.edge)
                for r in incidents {
                    let other = r.from == ec ? r.to : r.from
                    if other == m && !(r.inference != nil && r.to == other) { continue }
                    if role == .premise, r.type.isSymmetric || r.to == ec {
                        emit(other, m, r.type)
                    } else if role == .mainConclusion, r.type.isSymmetric || r.from == ec {
                        emit(m, other, r.type, r.to == other ? r.inference : nil)
                    }
                }
            }
        }
        return out
    }

    private static func dialectical(_ type: RelationType) -> RelationType {
        switch type {
        case .entails: .support
        case .contrary, .contradictory: .attack
        default: type
        }
    }
}
