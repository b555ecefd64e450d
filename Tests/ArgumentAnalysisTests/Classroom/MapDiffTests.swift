import ArgumentModel
import Testing
@testable import ArgumentAnalysis

/// `argmap diff`'s library side: each change kind, label changes, and the agreement figures by hand.
@Suite struct MapDiffTests {
    typealias M = ClassroomMaps

    @Test func identicalVersionsHaveTheSameStructure() {
        let d = MapDiff(old: M.key, new: M.key)
        #expect(d.structureIsSame)
        #expect(d.matched.count == 4 && d.reworded.isEmpty && d.added.isEmpty && d.removed.isEmpty)
        #expect(d.unchanged.count == 3)
        #expect([d.agreement.precision, d.agreement.recall, d.agreement.f1, d.agreement.kappa] == [1, 1, 1, 1])
    }

    @Test func everyKindOfChange() {
        let old = M.map(
            [M.c, M.p1, M.p2, M.o, ("X", "Railway strikes paralysed the capital")],
            [("P1", "C", .support), ("P2", "C", .support), ("O", "C", .attack), ("X", "C", .support)])
        let new = M.map(
            [M.c, ("P1", "The Bolsheviks won a majority in the soviets"), M.p2, M.o, ("Y", "Lenin returned from Finland in disguise")],
            [("P1", "C", .support), ("P2", "C", .attack), ("C", "O", .attack), ("Y", "C", .support)])
        let d = MapDiff(old: old, new: new)
        #expect(!d.structureIsSame)
        #expect(d.matched.map { new[$0.student].title } == ["C", "P2", "O"])
        #expect(d.reworded.map { new[$0.student].title } == ["P1"])
        #expect(d.added.map { new[$0].title } == ["Y"])
        #expect(d.removed.map { old[$0].title } == ["X"])
        #expect(d.unchanged.map { "\(new[$0.new.from].title)→\(new[$0.new.to].title)" } == ["P1→C"])
        let changed = d.relationsChanged.map { "\(old[$0.old.from].title) \($0.old.type.rawValue) \(old[$0.old.to].title) ⇒ \(new[$0.new.from].title) \($0.new.type.rawValue) \(new[$0.new.to].title) type:\($0.typeChanged) direction:\($0.directionChanged)" }
        #expect(changed == [
            "P2 support C ⇒ P2 attack C type:true direction:false",
            "O attack C ⇒ C attack O type:false direction:true",
        ])
        #expect(d.relationsAdded.map { "\(new[$0.from].title)→\(new[$0.to].title)" } == ["Y→C"])
        #expect(d.relationsRemoved.map { "\(old[$0.from].title)→\(old[$0.to].title)" } == ["X→C"])
        let report = DiffReport(d, oldName: "old", newName: "new")
        #expect(report.relations.changed.map(\.change) == ["type", "direction"])
        #expect(report.text.contains("  ~ [P1]: \"The Bolsheviks won majorities in the soviets\" → \"The Bolsheviks won a majority in the soviets\""))
    }

    @Test func rewordingAloneKeepsTheStructure() {
        let new = M.map(
            [("Power", "Workers took power in October."), M.p1, M.p2, M.o],
            [("P1", "Power", .support), ("P2", "Power", .support), ("O", "Power", .attack)])
        let d = MapDiff(old: M.key, new: new)
        #expect(d.structureIsSame)
        #expect(d.reworded.map { new[$0.student].title } == ["Power"])
    }

    @Test func groundedLabelChanges() {
        // Old: B attacks A, so A is OUT (B is unattacked, IN). New: B is gone, A is IN.
        let old = M.map([("A", "Taxes should be lowered"), ("B", "Lower taxes would ruin the schools")], [("B", "A", .attack)])
        let new = M.map([("A", "Taxes should be lowered")], [])
        let d = MapDiff(old: old, new: new)
        #expect(d.labelChanges.map { "\(new[$0.new].title) \($0.from.rawValue)→\($0.to.rawValue)" } == ["A OUT→IN"])
    }

    /// Worked by hand (docs/grading.md §7). Aligned nodes A, B, C: 3 × 2 = 6 ordered pairs.
    /// OLD: (B,A) support, (C,A) attack, the other 4 pairs none. NEW: (B,A) support, (C,B) attack, 4 none.
    /// Same non-none label in both: (B,A) only → 1. Precision 1/2 (NEW has 2), recall 1/2 (OLD has 2), F1 1/2.
    /// Observed agreement pₒ: (B,A), (A,B), (A,C), (B,C) alike = 4/6. Marginals OLD: support 1/6, attack 1/6,
    /// none 4/6; NEW the same. pₑ = 1/36 + 1/36 + 16/36 = 1/2. κ = (4/6 − 1/2)/(1 − 1/2) = (1/6)/(1/2) = 1/3.
    @Test func agreementByHand() {
        let nodes = [("A", "Cities should ban cars"), ("B", "Cars pollute the air"), ("C", "Delivery vans need access")]
        let old = M.map(nodes, [("B", "A", .support), ("C", "A", .attack)])
        let new = M.map(nodes, [("B", "A", .support), ("C", "B", .attack)])
        let d = MapDiff(old: old, new: new)
        #expect(d.matched.count == 3)
        #expect(abs(d.agreement.precision - 0.5) < 1e-12)
        #expect(abs(d.agreement.recall - 0.5) < 1e-12)
        #expect(abs(d.agreement.f1 - 0.5) < 1e-12)
        #expect(abs(d.agreement.kappa - 1.0 / 3.0) < 1e-12)
        // The change is a removed C→A and an added C→B (different ends), not a changed relation.
        #expect(d.relationsChanged.isEmpty && d.relationsAdded.count == 1 && d.relationsRemoved.count == 1)
    }

    @Test func unionMarksEveryChange() {
        let old = M.map([M.c, M.p1, M.o], [("P1", "C", .support), ("O", "C", .attack)])
        let new = M.map([M.c, M.p1, ("Y", "Lenin returned from Finland in disguise")], [("P1", "C", .attack), ("Y", "C", .support)])
        let u = DiffUnion(MapDiff(old: old, new: new))
        #expect(u.graph.nodes.map(\.title) == ["C", "P1", "Y", "O"])
        #expect(u.nodeVerdicts == [.same, .same, .added, .removed])
        #expect(u.relationVerdicts == [.changed, .added, .removed])
        #expect(u.changes[0]?.old.type == .support)
    }
}
