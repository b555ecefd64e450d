import Testing

@testable import ArgumentModel

/// The package's one edit distance, checked against distances worked out by hand.
@Suite struct EditDistanceTests {
    func scalars(_ s: String) -> [Unicode.Scalar] { Array(s.unicodeScalars) }

    @Test func levenshteinDistances() {
        #expect(EditDistance.between("kitten", "sitting") == 3)  // k→s, e→i, +g
        #expect(EditDistance.between("", "abc") == 3)
        #expect(EditDistance.between("abc", "") == 3)
        #expect(EditDistance.between("flaw", "lawn") == 2)  // -f, +n
        #expect(EditDistance.between("1012", "511012") == 2)
        #expect(EditDistance.between("same", "same") == 0)
        #expect(EditDistance.between("é", "e") == 1)  // over Unicode scalars
    }

    @Test func boundedDistanceGivesUpPastTheLimit() {
        #expect(EditDistance.within(3, scalars("kitten"), scalars("sitting")) == 3)
        #expect(EditDistance.within(2, scalars("kitten"), scalars("sitting")) == nil)
        #expect(EditDistance.within(1, scalars("a"), scalars("abc")) == nil)  // lengths alone rule it out
        #expect(EditDistance.within(0, scalars("abc"), scalars("abc")) == 0)
        #expect(EditDistance.within(-1, scalars("abc"), scalars("abc")) == nil)
    }

    @Test func nearestIsClosestFirstTiesInOrder() {
        let names = ["Soviet power", "Soviet powers", "Soviet tower", "Kornilov"]
        var budget = Int.max
        let found = EditDistance.nearest(to: "soviet powr", among: names.map(EditDistance.key), count: 3, budget: &budget)
        // "Soviet power" 1 edit; "Soviet powers" and "Soviet tower" 2 each, in list order; Kornilov too far.
        #expect(found.map { names[$0.index] } == ["Soviet power", "Soviet powers", "Soviet tower"])
        #expect(found.map(\.distance) == [1, 2, 2])
        var one = Int.max
        #expect(EditDistance.nearest(to: "soviet powr", among: names.map(EditDistance.key), count: 1, budget: &one).map(\.index) == [0])
        var none = 0
        #expect(EditDistance.nearest(to: "soviet powr", among: names.map(EditDistance.key), count: 3, budget: &none).isEmpty)
    }
}
