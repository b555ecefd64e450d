import Testing
@testable import ArgumentModel

/// Issue 21: element ids are unique by construction, whatever the titles.
@Suite struct ElementIDsTests {
    /// A deterministic generator (a 64-bit LCG, high bits mixed down), so a failure names a reproducible round.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state ^ (state >> 29)
        }
    }

    @Test func titlesThatSlugAlikeGetDistinctIDs() {
        var b = GraphBuilder()
        for title in ["Foo", "foo", "foo 2", "Foo-2"] { _ = b.node(.statement, title: title) }
        let graph = b.build()
        let ids = ElementIDs(graph)
        // Worked out by hand: `foo` takes the first free suffix, `foo 2` then finds `s-foo-2` taken, and so on.
        #expect(graph.nodes.map { ids.id(of: $0.id) } == ["s-foo", "s-foo-2", "s-foo-2-2", "s-foo-2-3"])
    }

    @Test func randomTitlesNeverShareAnID() {
        // Pieces that slug to the same text in many ways: case, punctuation, digits that look like suffixes.
        let pieces = ["foo", "Foo", "FOO", "2", "3", " ", "-", "--", "_", "é", "É", "!", "foo-2", "s", "a", "e"]
        var generator = Generator(state: 21)
        for round in 0..<300 {
            var b = GraphBuilder()
            let count = Int.random(in: 1...25, using: &generator)
            var nodes: [NodeID] = []
            for _ in 0..<count {
                let title = (0..<Int.random(in: 0...4, using: &generator))
                    .map { _ in pieces.randomElement(using: &generator) ?? "" }.joined()
                let kind: NodeKind = Bool.random(using: &generator) ? .statement : .argument
                nodes.append(b.node(kind, title: title.isEmpty ? " " : title))
            }
            for _ in 0..<count {
                guard let from = nodes.randomElement(using: &generator), let to = nodes.randomElement(using: &generator),
                    from != to
                else { continue }
                _ = b.addRelation(from: from, to: to, type: RelationType.allCases.randomElement(using: &generator) ?? .support)
            }
            let graph = b.build()
            var ids = ElementIDs(graph)
            var all = graph.nodes.map { ids.id(of: $0.id) } + graph.relations.map { ids.id(of: $0) }
            all.append(ids.claim(all.first ?? "x"))
            #expect(Set(all).count == all.count, "round \(round): \(all)")
        }
    }
}
