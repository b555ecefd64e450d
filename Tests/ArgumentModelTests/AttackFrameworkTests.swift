import Testing
@testable import ArgumentModel

@Suite struct AttackFrameworkTests {
    @Test func attacksAreSortedDeduplicatedAndIndexedBothWays() {
        let af = AttackFramework(count: 4, attacks: [.init(2, 0), .init(0, 1), .init(2, 0), .init(3, 1), .init(1, 9)])
        #expect(af.names == ["1", "2", "3", "4"])
        #expect(af.attacks == [.init(0, 1), .init(2, 0), .init(3, 1)])
        #expect(Array(af.attackers(of: 1)) == [0, 3])
        #expect(Array(af.attackers(of: 0)) == [2])
        #expect(Array(af.targets(of: 2)) == [0])
        #expect(af.targets(of: 1).isEmpty)
    }
}
