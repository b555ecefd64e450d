import Testing
@testable import ArgumentModel

/// The hash indexes behind titles and relation merging (`HashSlots`, `TitleTable`, `RelationIndex`): the same answers
/// as the `String`- and key-struct dictionaries they replaced.
@Suite struct HashIndexTests {
    @Test func titlesFollowStringEqualityIncludingCanonicalEquivalence() {
        var b = GraphBuilder()
        let composed = b.node(.statement, title: "Caf\u{E9}")
        #expect(b.node(.statement, title: "Cafe\u{301}") == composed)  // NFD spelling of the same title
        let kelvin = b.node(.statement, title: "\u{212A}elvin")  // KELVIN SIGN: canonically "Kelvin"
        #expect(b.node(.statement, title: "Kelvin") == kelvin)
        let question = b.node(.argument, title: "Why\u{37E}")  // GREEK QUESTION MARK: canonically ";"
        #expect(b.node(.argument, title: "Why;") == question)
        #expect(b.node(.statement, title: "Why;") != question)  // kinds stay apart
        #expect(b.node(.statement, title: "Cafe") != composed)
        let g = b.build()
        #expect(g.nodes.count == 5)
        #expect(g.statement(titled: "Cafe\u{301}") == composed)
        #expect(g.statement(titled: "Kelvin") == kelvin)
        #expect(g.argument(titled: "Why;") == question)
        #expect(g.statement(titled: "Caf") == nil)
        // The public initialiser builds the same index from the nodes.
        let rebuilt = ArgumentGraph(nodes: g.nodes, relations: g.relations, sections: g.sections)
        #expect(rebuilt.statement(titled: "\u{212A}elvin") == kelvin)
        #expect(rebuilt.argument(titled: "Why\u{37E}") == question)
    }

    @Test func manyTitlesSurviveGrowthAndAreFoundAgain() {
        var b = GraphBuilder()
        var ids: [NodeID] = []
        for i in 0..<20_000 { ids.append(b.node(i % 3 == 0 ? .argument : .statement, title: "Claim \(i) of a long title")) }
        #expect(Set(ids).count == 20_000)
        for i in stride(from: 0, to: 20_000, by: 7) {
            #expect(b.node(i % 3 == 0 ? .argument : .statement, title: "Claim \(i) of a long title") == ids[i])
            #expect(b.node(i % 3 == 0 ? .statement : .argument, titled: "Claim \(i) of a long title") == nil)
        }
        let g = b.build()
        #expect(g.node(.statement, titled: "Claim 19999 of a long title") == ids[19_999])
    }

    /// Keys that all share a few hash values (long probe runs), removed in an order that makes backward shifts cross
    /// each other: every key left must still be found, every removed one not.
    @Test func removalKeepsProbeRunsIntact() {
        var slots = HashSlots()
        let keys = Array(0..<300)
        func hash(_ k: Int) -> UInt64 { UInt64(k % 5) << 32 | 7 }
        for k in keys { #expect(slots.find(hash(k), orInsert: k) { $0 == k } == k) }
        #expect(slots.find(hash(3), orInsert: 999) { $0 == 3 } == 3)  // found, not inserted again
        var removed = Set<Int>()
        for k in keys where k % 3 == 0 || k % 7 == 2 {
            slots.remove(hash(k)) { $0 == k }
            removed.insert(k)
        }
        #expect(slots.count == keys.count - removed.count)
        for k in keys {
            let found = slots.find(hash(k)) { $0 == k }
            #expect(found == (removed.contains(k) ? nil : k))
        }
        slots.set(hash(4), to: 4) { $0 == 4 }
        #expect(slots.count == keys.count - removed.count)
    }

    @Test func relationIndexFollowsUpdatesAndRemovals() {
        var b = GraphBuilder()
        let n = (0..<50).map { b.node(.statement, title: "S\($0)") }
        for i in 0..<49 { b.addRelation(from: n[i], to: n[i + 1], type: .support, data: .object(["k": .int(i)])) }
        let merged = b.addRelation(from: n[3], to: n[4], type: .support, data: .object(["m": .bool(true)]))
        #expect(!merged.inserted)
        #expect(b.relations[merged.id.index].data == .object(["k": .int(3), "m": .bool(true)]))
        b.updateRelation(merged.id) { $0.type = .attack }
        #expect(!b.hasRelation(from: n[3], to: n[4], type: .support))
        #expect(b.hasRelation(from: n[3], to: n[4], type: .attack))
        #expect(b.addRelation(from: n[3], to: n[4], type: .support).inserted)
        b.removeRelations { $0.from == n[10] }
        #expect(!b.hasRelation(from: n[10], to: n[11], type: .support))
        #expect(b.hasRelation(from: n[11], to: n[12], type: .support))
        #expect(b.addRelation(from: n[20], to: n[1], type: .contrary).inserted)
        #expect(b.hasRelation(from: n[1], to: n[20], type: .contrary))
        #expect(!b.addRelation(from: n[1], to: n[20], type: .contrary).inserted)
        #expect(b.build().relations.count == 50)
    }
}
