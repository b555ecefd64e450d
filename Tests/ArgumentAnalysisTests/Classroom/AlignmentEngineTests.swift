import ArgumentModel
import Testing
@testable import ArgumentAnalysis

@Suite struct AlignmentEngineTests {
    typealias M = ClassroomMaps

    @Test func hungarianBeatsGreedy() {
        // Greedy takes (0,0) = 0.9 first, leaving (1,1) = 0.1: 1.0. The optimum is (0,1) + (1,0) = 0.8 + 0.8.
        let w = [[0.9, 0.8], [0.8, 0.1]]
        #expect(Assignment.maximising(w, columns: 2) == [1, 0])
        // Rectangular, and zero weights are never paired.
        #expect(Assignment.maximising([[0, 0.5, 0], [0, 0.6, 0]], columns: 3) == [nil, 1])
        #expect(Assignment.maximising([[0.3], [0.7], [0.2]], columns: 1) == [nil, 0, nil])
        #expect(Assignment.maximising([], columns: 0) == [])
    }

    @Test func stemsAndSynonymsMeet() {
        #expect(TextSimilarity.stem("seized") == TextSimilarity.stem("seize"))
        #expect(TextSimilarity.stem("swiftly") == "swift")
        #expect(TextSimilarity.conceptWords("Workers seized power") == TextSimilarity.conceptWords("workers took power"))
        #expect(TextSimilarity.conceptWords("the rebellion") == TextSimilarity.conceptWords("an uprising"))
        #expect(TextSimilarity.contentWords("the rebellion") != TextSimilarity.contentWords("an uprising"))
    }

    @Test func sameQuoteIsTheSameClaim() {
        let q = "they are not infallible"
        #expect(LexicalEvidence.quoteSimilarity(TextSimilarity.allWords(q), TextSimilarity.allWords("but they are not infallible.")) == 1)
        let key = M.map([("A", "Censors can be wrong")], [])
        var b = GraphBuilder()
        let id = b.node(.statement, title: "Mine")
        b.update(id) {
            $0.text = "Nobody is perfect"
            $0.data = .object(["quote": .string("Those who desire to suppress it, of course deny its truth; but they are not infallible")])
        }
        let student = b.build()
        var kb = GraphBuilder()
        let kid = kb.node(.statement, title: "A")
        kb.update(kid) {
            $0.text = "Censors can be wrong"
            $0.data = .object(["quote": .string(q)])
        }
        // Without the quote the words share nothing; with it, the passage decides.
        #expect(NodeAlignment.align(key: key, student: student).matches.isEmpty)
        let a = NodeAlignment.align(key: kb.build(), student: student)
        #expect(a.matches.first?.method == .quote)
    }

    @Test func aReusedKeyTitleDoesNotStealTheNode() {
        // The student calls her main conclusion [P1] (the key's title for a reason) and words it as the key's C.
        let student = M.map(
            [("P1", "Workers took power in October"), ("Soviets", "The Bolsheviks won majorities in the soviets")],
            [("Soviets", "P1", .support)])
        let a = NodeAlignment.align(key: M.key, student: student)
        let pairs = a.matches.map { "\(M.key[$0.key].title)=\(student[$0.student].title)" }
        #expect(pairs == ["C=P1", "P1=Soviets"])
    }

    @Test func structurePairsAWeakParaphraseUnderItsParent() {
        // A child that shares one word only with P2 ({coup}: 2·1/7 = 0.29 < 0.4) pairs because its parent is paired
        // with P2's parent and the relation kind agrees (docs/grading.md §1, worked example 2); alone it does not.
        let student = M.map(
            [("Top", "Workers took power in October"), ("Child", "The coup collapsed in days")], [("Child", "Top", .support)])
        let alone = M.map([("Child", "The coup collapsed in days")], [])
        #expect(NodeAlignment.align(key: M.key, student: alone).matches.isEmpty)
        let a = NodeAlignment.align(key: M.key, student: student)
        #expect(a.matches.map { M.key[$0.key].title } == ["C", "P2"])
        #expect(a.matches.last?.method == .structure)
    }
}
