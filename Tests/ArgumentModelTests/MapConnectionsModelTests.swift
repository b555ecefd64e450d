import Testing
@testable import ArgumentModel

/// ``MapConnections`` on hand-built graphs: each premise linked once, an argument never its own premise, the
/// derived scopes, self-relations kept but not counted as connecting.
@Suite struct MapConnectionsModelTests {
    /// <A>: premises [P] (listed twice) and [Q], conclusion [C]; [X] attacks [Q]; [S] supports itself.
    static func graph() -> (ArgumentGraph, [String: NodeID]) {
        var b = GraphBuilder()
        var ids: [String: NodeID] = [:]
        for t in ["P", "Q", "C", "X", "S"] { ids[t] = b.node(.statement, title: t) }
        let a = b.node(.argument, title: "A")
        ids["A"] = a
        b.update(a) {
            $0.pcs = PremiseConclusionStructure(steps: [
                .statement(PCSStatement(number: 1, statement: ids["P"]!, role: .premise)),
                .statement(PCSStatement(number: 2, statement: ids["Q"]!, role: .premise)),
                .statement(PCSStatement(number: 3, statement: ids["P"]!, role: .premise)),
                .inference(Inference()),
                .statement(PCSStatement(number: 4, statement: ids["C"]!, role: .mainConclusion)),
            ])
        }
        b.addRelation(from: ids["X"]!, to: ids["Q"]!, type: .attack)
        b.addRelation(from: ids["S"]!, to: ids["S"]!, type: .support)
        return (b.build(), ids)
    }

    static func describe(_ connections: MapConnections, _ g: ArgumentGraph) -> [String] {
        connections.all.map { "\(g[$0.from].title) \($0.kind == .relation ? $0.type.rawValue : $0.kind.rawValue) \(g[$0.to].title)" }
    }

    @Test func eachPremiseOnceAndTheConclusionLink() {
        let (g, _) = Self.graph()
        // Listed relations in order, the shown derived support of the conclusion, then premise links in pcs order.
        #expect(Self.describe(MapConnections(g), g) == ["X attack Q", "S support S", "A conclusion C", "P premise A", "Q premise A"])
        #expect(Self.describe(MapConnections(g, derived: .none, premiseLinks: false), g) == ["X attack Q", "S support S"])
        // Argdown derives X attack A through the premise Q: only the `.all` scope has it.
        #expect(Self.describe(MapConnections(g, derived: .all), g).contains("X attack A"))
        #expect(!Self.describe(MapConnections(g), g).contains("X attack A"))
    }

    @Test func adjacencyBothWaysAndSelfRelations() {
        let (g, ids) = Self.graph()
        let c = MapConnections(g)
        #expect(c.incoming(ids["A"]!).map { g[$0.from].title } == ["P", "Q"])
        #expect(c.outgoing(ids["A"]!).map { g[$0.to].title } == ["C"])
        #expect(c.touching(ids["Q"]!).map { g[$0.other(than: ids["Q"]!)].title } == ["A", "X"])
        // [S] only supports itself: it has connections but none to another node.
        #expect(c.touching(ids["S"]!).count == 1 && !c.isConnected(ids["S"]!))
        #expect(c.isConnected(ids["P"]!) && c.isConnected(ids["C"]!))
        let connected = c.connected(where: { $0 != ids["A"]! })
        #expect(!connected[ids["P"]!.index] && connected[ids["Q"]!.index], "without <A>, [P] joins nothing, [Q] still has [X]")
        #expect(MapConnections.premiseLinks(g).map { g[$0.premise].title } == ["P", "Q"])
    }
}

/// ``MapConnectionList``'s columns are its elements, field by field.
@Suite struct MapConnectionListTests {
    @Test func columnsAreTheConnections() {
        let (g, _) = MapConnectionsModelTests.graph()
        for derived in MapConnections.Derived.allCases {
            let list = MapConnectionList(g, derived: derived)
            #expect(list.count == MapConnections(g, derived: derived).all.count && !list.isEmpty)
            for (i, c) in list.enumerated() {
                #expect(Int(list.sources[i]) == c.from.index && Int(list.targets[i]) == c.to.index)
                #expect(list.types[i] == c.type && list.kinds[i] == c.kind)
                #expect(Int(list.relations[i]) == (c.relation?.index ?? -1))
                if let r = c.relation {
                    #expect(g[r].from == c.from && g[r].to == c.to && g[r].type == c.type)
                }
            }
        }
        // Premise links carry no relation (-1 in the column).
        let list = MapConnectionList(g)
        #expect(list.indices.filter { list.kinds[$0] == .premise }.allSatisfy { list.relations[$0] == -1 && list[$0].relation == nil })
    }
}
