import Foundation
import Testing
@testable import ArgumentModel

/// `Occurrence`, `Relation` and `Node` store their fields compactly (32-bit ids, rarely used parts boxed): the public
/// fields read back what was written, including the values the compact forms use as "absent", and the structs stay
/// as small as the reader's memory budget assumes.
@Suite struct CompactStorageTests {
    @Test func layoutsAreCompact() {
        #expect(MemoryLayout<Occurrence>.stride == 72)
        #expect(MemoryLayout<Relation>.stride == 72)
        #expect(MemoryLayout<Node>.stride == 88)
    }

    @Test func occurrenceFieldsRoundTrip() throws {
        var o = Occurrence(role: .definition, text: "t")
        #expect(o.tags.isEmpty && o.data == .empty && o.ranges.isEmpty)
        o.tags.append("a")
        o.data = .null  // `null` is not the empty object: it is kept
        o.ranges = [TextRange(.bold, start: 0, end: 1)]
        #expect(o.tags == ["a"] && o.data == .null && o.ranges.count == 1)
        var copy = o
        copy.tags = []
        #expect(o.tags == ["a"] && copy.tags.isEmpty && copy.data == .null)  // copies do not share a change
        #expect(o != copy)
        copy.tags = ["a"]
        #expect(o == copy && o.hashValue == copy.hashValue)
        let decoded = try JSONDecoder().decode(Occurrence.self, from: JSONEncoder().encode(o))
        #expect(decoded == o)
    }

    @Test func relationFieldsRoundTrip() throws {
        var r = Relation(id: RelationID(7), from: NodeID(3), to: NodeID(5), type: .undercut, inference: 0)
        #expect(r.id == RelationID(7) && r.from == NodeID(3) && r.to == NodeID(5) && r.inference == 0)
        r.inference = nil
        #expect(r.inference == nil)
        r.inference = Int(Int32.min)  // the value that stands for nil is not taken for it
        #expect(r.inference != nil)
        r.data = .object(["scheme": .string("x")])
        #expect(r.data["scheme"]?.stringValue == "x")
        let decoded = try JSONDecoder().decode(Relation.self, from: JSONEncoder().encode(r))
        #expect(decoded == r)
        r.data = .empty
        #expect(r != decoded)
    }

    @Test func nodeFieldsRoundTrip() throws {
        var n = Node(id: NodeID(2), kind: .argument, title: "A", section: SectionID(0))
        #expect(n.id == NodeID(2) && n.section == SectionID(0) && n.data == .empty)
        n.section = nil
        #expect(n.section == nil)
        n.data = .object(["k": .int(1)])
        n.occurrences = [Occurrence(role: .reference, tags: ["t"])]
        let decoded = try JSONDecoder().decode(Node.self, from: JSONEncoder().encode(n))
        #expect(decoded == n && decoded.occurrences[0].tags == ["t"])
        n.data = .object(["k": .int(2)])
        #expect(n.data["k"]?.intValue == 2 && n != decoded)
    }
}
