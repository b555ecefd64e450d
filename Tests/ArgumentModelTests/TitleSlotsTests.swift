import Testing
@testable import ArgumentModel

/// The title table with short titles kept in its slots (`TitleSlots`, `TitleTable`): answers must follow `String`'s
/// `==` and the kind, whatever mix of inline (short ASCII) and compared (long, non-ASCII) titles meets in a probe.
@Suite struct TitleSlotsTests {
    /// Keys that all share one hash: only the inline bytes, or the caller's comparison, tell them apart.
    @Test func keysWithOneHashAreToldApartByTheirBytesOrTheCallersComparison() {
        let titles = (0..<200).map { $0 % 2 == 0 ? "t\($0)" : "a title longer than fifteen bytes \($0)" }
        func key(_ i: Int, _ kind: NodeKind = .statement) -> TitleSlots.Key {
            var k = TitleTable.key(titles[i], kind)
            k.hash = 0xDEAD_BEEF_0000_0001  // forced collision: one tag, one home slot
            return k
        }
        var slots = TitleSlots()
        var compared = 0
        for i in titles.indices {
            #expect(slots.find(key(i), orInsert: i) { compared += 1; return titles[$0] == titles[i] } == i)
        }
        #expect(slots.count == titles.count)
        for i in titles.indices {
            #expect(slots.find(key(i)) { titles[$0] == titles[i] } == i)
            #expect(slots.find(key(i, .argument)) { _ in false } == nil)  // same hash and bytes, other kind
        }
        #expect(compared > 0)  // the long titles were compared by the caller
    }

    @Test func shortLongAndBoundaryTitlesAreFoundExactly() {
        var b = GraphBuilder()
        let titles = [
            "", "a", "a\u{0}", "abcdefgh", "abcdefghi", "123456789012345", "1234567890123456", "12345678901234567",
            "123456789012345x", "Claim 1000001", "Claim 100000", "Claim 10000010",
        ]
        let ids = titles.map { b.node(.statement, title: $0) }
        #expect(Set(ids).count == titles.count)
        for (t, id) in zip(titles, ids) {
            #expect(b.node(.statement, title: t) == id)
            #expect(b.node(.argument, titled: t) == nil)
        }
        let argument = b.node(.argument, title: "123456789012345")
        let longArgument = b.node(.argument, title: "1234567890123456")
        #expect(argument != ids[5] && longArgument != ids[6])
        #expect(b.node(.argument, titled: "123456789012345") == argument)
        #expect(b.node(.statement, titled: "12345678901234") == nil)
        let g = b.build()
        for (t, id) in zip(titles, ids) { #expect(g.statement(titled: t) == id) }
        #expect(g.argument(titled: "1234567890123456") == longArgument)
    }

    /// An ASCII title kept inline meets its non-ASCII canonical equivalent (compared, not inline), in both orders.
    @Test func canonicalEquivalentsMeetInlineTitlesInBothOrders() {
        var b = GraphBuilder()
        let kelvin = b.node(.statement, title: "\u{212A}elvin")
        #expect(b.node(.statement, title: "Kelvin") == kelvin)
        let plain = b.node(.statement, title: "Why;")
        #expect(b.node(.statement, title: "Why\u{37E}") == plain)
        #expect(b.node(.argument, titled: "Why\u{37E}") == nil)
        let long = b.node(.statement, title: "Caf\u{E9} au lait, but longer")
        #expect(b.node(.statement, title: "Cafe\u{301} au lait, but longer") == long)
        let short = b.node(.statement, title: "Cafe\u{301}")
        #expect(b.node(.statement, title: "Caf\u{E9}") == short)
        #expect(b.node(.statement, title: "Cafe") != short)
        #expect(b.nodes.count == 5)  // Kelvin, Why;, the two Cafés, Cafe
    }

    /// The public initialiser's table: a later node with an equal title replaces an earlier one, whatever its spelling.
    @Test func laterNodesReplaceEarlierOnesWithEqualTitles() {
        let nodes = [
            Node(id: NodeID(0), kind: .statement, title: "Kelvin"), Node(id: NodeID(1), kind: .argument, title: "Kelvin"),
            Node(id: NodeID(2), kind: .statement, title: "\u{212A}elvin"),
            Node(id: NodeID(3), kind: .statement, title: "a long title, more than fifteen bytes"),
            Node(id: NodeID(4), kind: .statement, title: "a long title, more than fifteen bytes"),
        ]
        let g = ArgumentGraph(nodes: nodes, relations: [], sections: [])
        #expect(g.statement(titled: "Kelvin") == NodeID(2))
        #expect(g.statement(titled: "\u{212A}elvin") == NodeID(2))
        #expect(g.argument(titled: "\u{212A}elvin") == NodeID(1))
        #expect(g.statement(titled: "a long title, more than fifteen bytes") == NodeID(4))
    }

    /// Many titles, grown from empty and into a reservation: every one found, none of the other kind.
    @Test func manyTitlesAreFoundAfterGrowingOrReserving() {
        for reserve in [0, 50_000] {
            var b = GraphBuilder()
            b.reserveTitleCapacity(reserve)
            let ids = (0..<30_000).map { b.node(.statement, title: "Claim \($0)") }
            #expect(Set(ids).count == ids.count)
            for i in stride(from: 0, to: 30_000, by: 11) {
                #expect(b.node(.statement, titled: "Claim \(i)") == ids[i])
                #expect(b.node(.argument, titled: "Claim \(i)") == nil)
            }
            #expect(b.node(.statement, titled: "Claim 30000") == nil)
        }
    }

    /// Prefetch hints change nothing: on an empty builder (no tables yet), for titles not there, for titles that are.
    @Test func prefetchHintsChangeNothing() {
        var b = GraphBuilder()
        func hint(_ title: String, _ kind: NodeKind) {
            Array(title.utf8).withUnsafeBytes { b.prefetchNode(kind, asciiTitle: $0) }
        }
        hint("Claim 1", .statement)
        b.prefetchRelation(from: NodeID(0), to: NodeID(1), type: .support)
        let one = b.node(.statement, title: "Claim 1")
        let two = b.node(.statement, title: "Claim 2 with a longer title")
        for t in ["Claim 1", "Claim 2 with a longer title", "Claim 3", ""] { hint(t, .statement); hint(t, .argument) }
        b.prefetchRelation(from: one, to: two, type: .support)
        #expect(b.addRelation(from: one, to: two, type: .support).inserted)
        b.prefetchRelation(from: one, to: two, type: .support, inference: 2)
        #expect(!b.addRelation(from: one, to: two, type: .support).inserted)
        #expect(b.node(.statement, titled: "Claim 1") == one)
        #expect(b.node(.statement, titled: "Claim 3") == nil)
        #expect(b.nodes.count == 2 && b.relations.count == 1)
    }

    /// Matching another builder's nodes by walking its title slots (no title hashed again) finds exactly what a
    /// look-up by title finds: every mix of inline and compared titles, canonical equivalents in both directions,
    /// kinds kept apart, titles missing here, an empty builder on either side; over the whole slot range or in
    /// parts, each of the other builder's nodes reported exactly once.
    @Test func matchingAnotherBuildersNodesFindsWhatALookUpFinds() {
        var here = GraphBuilder()
        var other = GraphBuilder()
        for t in ["Kelvin", "\u{212A}nown", "Why;", "a title longer than fifteen bytes", "Caf\u{E9}", "only here"] {
            here.node(.statement, title: t)
        }
        here.node(.argument, title: "Kelvin")
        here.node(.argument, title: "an argument with a long title")
        for i in 0..<500 { here.node(i % 3 == 0 ? .argument : .statement, title: i % 2 == 0 ? "C\(i)" : "a long claim number \(i)") }
        let theirs: [(NodeKind, String)] = [
            (.statement, "\u{212A}elvin"), (.statement, "Known"), (.statement, "Why\u{37E}"),
            (.statement, "a title longer than fifteen bytes"), (.statement, "Cafe\u{301}"), (.statement, "only there"),
            (.argument, "a title longer than fifteen bytes"), (.statement, "an argument with a long title"),
            (.argument, "Kelvin"), (.statement, "Kelvin "),
        ] + (0..<700).map { i -> (NodeKind, String) in
            (i % 3 == 0 ? .argument : .statement, i % 2 == 0 ? "C\(i)" : "a long claim number \(i)")
        }
        for (kind, title) in theirs { other.node(kind, title: title) }
        let expected = other.nodes.map { here.node($0.kind, titled: $0.title) }
        #expect(expected.compactMap { $0 }.count == 6 + 500)  // both kinds and spellings met, the last 200 missing
        for parts in [1, 2, 3] {
            var found = [NodeID?](repeating: nil, count: other.nodes.count)
            var reported = [Int](repeating: 0, count: other.nodes.count)
            for part in 0..<parts {
                let range = (other.titleSlotCount * part / parts)..<(other.titleSlotCount * (part + 1) / parts)
                here.matchNodes(of: other, titleSlots: range) { k, id in
                    found[k] = id
                    reported[k] += 1
                }
            }
            #expect(reported.allSatisfy { $0 == 1 })
            #expect(found == expected)
        }
        // Either side empty: nothing found, every node still reported.
        var count = 0
        GraphBuilder().matchNodes(of: other, titleSlots: 0..<other.titleSlotCount) { _, id in
            count += 1
            #expect(id == nil)
        }
        #expect(count == other.nodes.count)
        other.matchNodes(of: GraphBuilder(), titleSlots: 0..<GraphBuilder().titleSlotCount) { _, _ in Issue.record("no node") }
    }
}
