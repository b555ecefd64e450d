import Testing
@testable import ArgumentModel

/// ``GraphBuilder/addRelations(_:)`` (a batch taken whole, duplicates looked for by source, the duplicate index
/// built only when needed) against the old way, `addRelation` once per relation, as the oracle: the same relations,
/// ids, ranges, data, adjacency lists and answers of the builder afterwards.
@Suite struct RelationBatchTests {
    /// A small deterministic generator (the tests must be repeatable).
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    static func builder(nodes: Int) -> GraphBuilder {
        var b = GraphBuilder()
        for i in 0..<nodes { b.node(i % 4 == 3 ? .argument : .statement, title: "N\(i)") }
        return b
    }

    /// `count` relations among `nodes` nodes: few distinct endpoints (so duplicates come up), some with an
    /// inference, a range or data, symmetric types only when `symmetric`.
    static func batch(_ g: inout Generator, nodes: Int, count: Int, symmetric: Bool, hub: Bool = false) -> [Relation] {
        let types: [RelationType] = symmetric
            ? [.support, .attack, .undercut, .contradictory, .contrary, .entails, .rephrase]
            : [.support, .attack, .undercut, .entails, .rephrase]
        return (0..<count).map { k in
            let from = hub && k % 2 == 0 ? 0 : g.next(nodes)  // a hub: one source of many relations (sorted groups)
            let range = g.next(3) == 0 ? nil : SourceRange(
                file: "m.argdown", start: SourcePosition(line: k + 1, column: 1, offset: k * 10),
                end: SourcePosition(line: k + 1, column: 5, offset: k * 10 + 4))
            let data: DataValue = g.next(5) == 0 ? .object(["k": .string("v\(k)")]) : .empty
            return Relation(
                id: RelationID(0), from: NodeID(from), to: NodeID(g.next(nodes)), type: types[g.next(types.count)],
                inference: g.next(4) == 0 ? g.next(2) : nil, range: range, data: data)
        }
    }

    /// The old way: each relation through `addRelation`.
    static func oneByOne(_ b: inout GraphBuilder, _ batch: [Relation]) {
        for r in batch {
            b.addRelation(from: r.from, to: r.to, type: r.type, inference: r.inference, isDerived: r.isDerived, range: r.range, data: r.data)
        }
    }

    static func expectSame(_ a: ArgumentGraph, _ b: ArgumentGraph, _ note: String) {
        #expect(a.relations == b.relations, "relations: \(note)")
        for i in a.nodes.indices {
            #expect(Array(a.outgoing(NodeID(i))) == Array(b.outgoing(NodeID(i))), "outgoing of n\(i): \(note)")
            #expect(Array(a.incoming(NodeID(i))) == Array(b.incoming(NodeID(i))), "incoming of n\(i): \(note)")
        }
    }

    @Test(arguments: [(false, false), (true, false), (false, true)])
    func sameGraphAsAddingOneByOne(symmetric: Bool, hub: Bool) {
        var g = Generator(state: symmetric ? 7 : hub ? 11 : 3)
        var withDuplicates = 0
        for round in 0..<60 {
            let nodes = 2 + g.next(12)
            // Small rounds over many nodes have no duplicates (the batch is taken whole); others have some.
            let count = round % 3 == 0 ? g.next(4) : g.next(hub ? 80 : 30)
            let batch = Self.batch(&g, nodes: round % 3 == 0 ? 1_000 : nodes, count: count, symmetric: symmetric, hub: hub)
            var old = Self.builder(nodes: round % 3 == 0 ? 1_000 : nodes), new = old
            Self.oneByOne(&old, batch)
            new.addRelations(batch)
            if old.relations.count < batch.count { withDuplicates += 1 }
            #expect(new.relations == old.relations, "round \(round)")
            for r in batch {
                #expect(new.hasRelation(from: r.from, to: r.to, type: r.type) == old.hasRelation(from: r.from, to: r.to, type: r.type))
                #expect(new.hasRelation(from: r.to, to: r.from, type: r.type) == old.hasRelation(from: r.to, to: r.from, type: r.type))
            }
            Self.expectSame(new.build(), old.build(), "round \(round)")
        }
        #expect(withDuplicates > 5, "the rounds must include batches with duplicates")
    }

    /// After a batch taken whole, relations added, changed or removed and nodes added go on as with the old way
    /// (the duplicate index is built from the batch when first needed).
    @Test func laterChangesAfterABatchTakenWhole() {
        var g = Generator(state: 5)
        for round in 0..<40 {
            let batch = Self.batch(&g, nodes: 500, count: 40, symmetric: false)
            var old = Self.builder(nodes: 500), new = old
            Self.oneByOne(&old, batch)
            new.addRelations(batch)
            #expect(old.relations.count == batch.count, "no duplicates among 40 relations of 500 nodes (round \(round))")
            let r = batch[g.next(batch.count)]
            switch round % 5 {
            case 0:  // a duplicate of a listed relation merges into it, its data merged
                let added = new.addRelation(from: r.from, to: r.to, type: r.type, inference: r.inference, data: .object(["x": .string("y")]))
                let expected = old.addRelation(from: r.from, to: r.to, type: r.type, inference: r.inference, data: .object(["x": .string("y")]))
                #expect(added.id == expected.id && !added.inserted && !expected.inserted)
            case 1:  // a relation changed in place and found under its new fields
                new.updateRelation(RelationID(3)) { $0.to = NodeID(499) }
                old.updateRelation(RelationID(3)) { $0.to = NodeID(499) }
                let moved = new.relations[3]
                #expect(new.hasRelation(from: moved.from, to: NodeID(499), type: moved.type))
            case 2:
                new.removeRelations { $0.type == .support }
                old.removeRelations { $0.type == .support }
            case 3:  // nodes added after the batch: the graph's lists cover them
                new.node(.statement, title: "late"); old.node(.statement, title: "late")
                new.addRelation(from: NodeID(500), to: r.from, type: .attack)
                old.addRelation(from: NodeID(500), to: r.from, type: .attack)
            default:  // a second batch (not taken whole: the builder has relations)
                let more = Self.batch(&g, nodes: 500, count: 20, symmetric: true)
                new.addRelations(more)
                Self.oneByOne(&old, more)
            }
            #expect(new.relations == old.relations, "round \(round)")
            Self.expectSame(new.build(), old.build(), "round \(round)")
        }
    }

    @Test func nodesAddedAfterABatchAreInTheGraphsLists() {
        var b = Self.builder(nodes: 3)
        b.addRelations([Relation(id: RelationID(0), from: NodeID(0), to: NodeID(1), type: .support)])
        let late = b.node(.statement, title: "late")
        let g = b.build()
        #expect(g.nodes.count == 4)
        #expect(g.outgoing(late).isEmpty && g.incoming(late).isEmpty)
        #expect(Array(g.outgoing(NodeID(0))) == [RelationID(0)] && Array(g.incoming(NodeID(1))) == [RelationID(0)])
    }

    /// Two relations differing only in their inference are not duplicates; the same inference is. Hand-worked.
    @Test func duplicatesAreSameTargetTypeAndInference() {
        var b = Self.builder(nodes: 4)
        let first = SourceRange(file: nil, start: SourcePosition(line: 1, column: 1, offset: 0), end: SourcePosition(line: 1, column: 2, offset: 1))
        let later = SourceRange(file: nil, start: SourcePosition(line: 2, column: 1, offset: 5), end: SourcePosition(line: 2, column: 2, offset: 6))
        b.addRelations([
            Relation(id: RelationID(9), from: NodeID(0), to: NodeID(3), type: .undercut, inference: 0, range: first),
            Relation(id: RelationID(9), from: NodeID(0), to: NodeID(3), type: .undercut, inference: 1),
            Relation(id: RelationID(9), from: NodeID(0), to: NodeID(3), type: .undercut),
            Relation(id: RelationID(9), from: NodeID(0), to: NodeID(3), type: .undercut, inference: 0, range: later),
            Relation(id: RelationID(9), from: NodeID(1), to: NodeID(3), type: .undercut, inference: 0),
        ])
        #expect(b.relations.map(\.id) == [0, 1, 2, 3].map(RelationID.init))
        #expect(b.relations.map(\.inference) == [0, 1, nil, 0])
        #expect(b.relations[0].range == first, "the first of two duplicates stays")
    }

    /// ``RelationRows/hasDuplicate(in:)`` against comparing every pair, on groups small (pairwise) and large (sorted).
    @Test func hasDuplicateAgreesWithEveryPair() {
        var g = Generator(state: 13)
        var found = 0
        for round in 0..<200 {
            let nodes = 1 + g.next(6)
            var relations = (0..<(1 + g.next(round % 2 == 0 ? 12 : 60))).map { _ in
                Relation(id: RelationID(0), from: NodeID(g.next(nodes)), to: NodeID(g.next(round % 2 == 0 ? 12 : 150)),
                         type: [.support, .attack, .undercut][g.next(3)], inference: g.next(3) == 0 ? g.next(3) : nil)
            }
            for i in relations.indices { relations[i].id = RelationID(i) }
            var pair = false
            for a in relations.indices {
                for b in relations.indices where b > a && relations[a].from == relations[b].from && relations[a].to == relations[b].to
                    && relations[a].type == relations[b].type && relations[a].inference == relations[b].inference { pair = true }
            }
            let rows = RelationRows(relations, nodeCount: 400, bySource: true)
            #expect(rows.hasDuplicate(in: relations) == pair, "round \(round)")
            if pair { found += 1 }
        }
        #expect(found > 20 && found < 180, "both answers must come up")
    }
}
