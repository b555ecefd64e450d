import ArgumentModel
import Testing
@testable import ArgumentAnalysis

@Suite struct ClassroomGradingTests {
    typealias M = ClassroomMaps

    func grade(_ student: ArgumentGraph, threshold: Double = NodeAlignment.defaultThreshold) -> GradeReport {
        GradeReport(MapComparison(key: M.key, student: student, threshold: threshold), threshold: threshold, student: "s", key: "key")
    }

    @Test func contentWordsDropStopWordsPunctuationAndSuffixes() {
        #expect(TextSimilarity.contentWords("The workers' soviets!") == ["worker", "soviet"])
        #expect(TextSimilarity.contentWords("The coup was defeated.") == ["coup", "defeat"])
        // {coup, defeat} against {defeat, coup}: Dice 2·2/4 = 1.
        #expect(TextSimilarity.similarity("The coup was defeated.", "Defeat the coup!") == 1)
        // {worker, took, power, october} against {worker, power}: 2·2/6.
        #expect(abs(TextSimilarity.similarity("Workers took power in October", "workers' power") - 4.0 / 6.0) < 1e-12)
        #expect(TextSimilarity.similarity("", "") == 0)
    }

    @Test func identicalMapScoresFullMarksWithNoFeedback() {
        let r = grade(M.key)
        #expect(r.score.points == 13)
        #expect(r.score.possible == 13)
        #expect(r.score.percent == 100)
        #expect(r.feedback.isEmpty)
        #expect(r.matches.allSatisfy { $0.method == .title })
    }

    @Test func renamedTitlesStillAlignByText() {
        let student = M.map(
            [("Power", "Workers took power in October."), ("Majorities", "the Bolsheviks won majorities in the soviets"),
             ("Coup", "The Kornilov coup was defeated by workers!"), ("Conspiracy", "The insurrection was a military conspiracy")],
            [("Majorities", "Power", .support), ("Coup", "Power", .support), ("Conspiracy", "Power", .attack)])
        let r = grade(student)
        #expect(r.matches.map(\.student.title) == ["Power", "Majorities", "Coup", "Conspiracy"])
        #expect(r.matches.allSatisfy { $0.method == .text && $0.similarity == 1 })
        #expect(r.score.percent == 100)
        #expect(r.feedback.isEmpty)
    }

    @Test func thresholdDecidesWhetherAParaphraseAligns() {
        // "Workers seized power in Petrograd" = {worker, take (seize), power, petrograd} against the key's
        // {worker, take (took), power, october}: Dice 2·3/8 = 0.75. Both are their map's main conclusion:
        // structure 0.25 × 0.4 = 0.1 (no agreeing neighbours, no common shape), so the pair weighs 0.85.
        let student = M.map([("Mine", "Workers seized power in Petrograd")], [])
        #expect(grade(student, threshold: 0.8).matches.count == 1)
        #expect(abs((grade(student, threshold: 0.8).matches.first?.similarity ?? 0) - 0.75) < 1e-12)
        #expect(grade(student, threshold: 0.9).matches.isEmpty)
    }

    @Test func reversedAndMistypedRelations() {
        // C +> P1 (reversed), P2 +> C (correct), O +> C (support instead of attack).
        let student = M.map([M.c, M.p1, M.p2, M.o], [("C", "P1", .support), ("P2", "C", .support), ("O", "C", .support)])
        let r = grade(student)
        #expect(r.relations.map(\.verdict) == [.reversed, .correct, .wrongType])
        // Nodes 4 + relations 2·(1 + 0.5 + 0.25) = 3.5 → 7.5. The student's map now ends in P1, but only because the
        // one relation leaving C is the reversed one: the flip costs its own points and is named once (issue 17),
        // so the main conclusion still counts: + 3 = 10.5 of 13.
        #expect(r.score.points == 10.5)
        #expect(Format.fixed(r.score.percent, 1) == "80.8")
        #expect(r.feedback.map(\.code) == ["reversed", "wrong-type"])
        #expect(r.feedback[0].message == "Reversed: you drew [C] as a support for [P1]; the key has it the other way round: \"The Bolsheviks won majorities in the soviets\" supports \"Workers took power in October\". That is why your map seems to end in [P1] instead of [C].")
        #expect(r.feedback[1].message == "Wrong type: you drew [O] as a support for [C], but in the key \"The insurrection was a military conspiracy\" attacks \"Workers took power in October\".")
    }

    @Test func twoStudentNodesCompeteForOneKeyNode() {
        // Key P2 = {kornilov, coup, defeat, worker}. A adds "august": 2·4/9 = 0.889; B = {worker, defeat, coup}:
        // 2·3/7 = 0.857. A wins; B resembles no other key node (against C: 2·1/7 = 0.286) and is extra.
        let student = M.map(
            [M.c, M.p1, ("A", "The Kornilov coup was defeated by workers in August"), ("B", "Workers defeated a coup"), M.o],
            [("P1", "C", .support), ("A", "C", .support), ("B", "C", .support), ("O", "C", .attack)])
        let r = grade(student)
        let p2 = r.matches.first { $0.key.title == "P2" }
        #expect(p2?.student.title == "A")
        #expect(abs((p2?.similarity ?? 0) - 8.0 / 9.0) < 1e-12)
        #expect(r.extraNodes.map(\.title) == ["B"])
        // 4 + 3·2 + 3 − 0.5 for the extra relation B → C = 12.5 of 13.
        #expect(r.score.points == 12.5)
        #expect(Format.fixed(r.score.percent, 1) == "96.2")
        #expect(r.feedback.map(\.code) == ["extra-node", "extra-relation"])
        #expect(r.feedback[1].message == "Extra link: you drew [B] as a support for [C], which the key does not have. Check whether the passage really connects them.")
    }

    @Test func emptySubmissionScoresZeroAndListsEverything() {
        let r = grade(.empty)
        #expect(r.score.points == 0)
        #expect(r.score.possible == 13)
        #expect(r.score.percent == 0)
        #expect(r.feedback.map(\.code) == [
            "main-conclusion-missing", "missing-node", "missing-node", "missing-node",
            "missing-relation", "missing-relation", "missing-relation",
        ])
        #expect(r.feedback[0].message == "Main conclusion missing: the passage concludes [C]: \"Workers took power in October\". Put this claim at the top of your map and connect your reasons to it.")
        #expect(r.feedback[1].message == "Missing claim: the key has [P1]: \"The Bolsheviks won majorities in the soviets\". Find it in the passage and add it to your map.")
        #expect(r.feedback[4].message == "Missing link: in the key \"The Bolsheviks won majorities in the soviets\" supports \"Workers took power in October\". (You are missing [P1] and [C].)")
    }

    @Test func halfAMapEarnsWhatItHas() {
        // C and P1 with P1 +> C: nodes 2 + relation 2 + main conclusion 3 = 7 of 13 = 53.8%.
        let r = grade(M.map([M.c, M.p1], [("P1", "C", .support)]))
        #expect(r.score.points == 7)
        #expect(Format.fixed(r.score.percent, 1) == "53.8")
        #expect(r.score.mainConclusionFound)
        #expect(r.feedback.map(\.code) == ["missing-node", "missing-node", "missing-relation", "missing-relation"])
    }

    @Test func rubricWeightsChangeTheScore() throws {
        let rubric = try GradingRubric.standard.overriding([("mainConclusion", 0), ("extraRelationPenalty", 2)])
        let student = M.map([M.c, M.p1, M.p2, M.o], [("P1", "C", .support), ("P2", "C", .support), ("O", "C", .attack), ("O", "P1", .attack)])
        let score = GradeScore(MapComparison(key: M.key, student: student), rubric: rubric)
        // Possible 4 + 6 = 10; earned 10 − 2 for the extra O → P1 = 8.
        #expect(score.possible == 10)
        #expect(score.points == 8)
        #expect(throws: GradingRubric.Problem.self) { try GradingRubric.standard.overriding([("nodes", 1)]) }
        #expect(throws: GradingRubric.Problem.self) { try GradingRubric.standard.overriding([("node", -1)]) }
    }

    /// Issue 21: CSV cells follow RFC 4180 (a CR LF pair is one Swift `Character`, and was left unquoted) and
    /// cells a spreadsheet would run as formulas are shown as text.
    @Test func csvCellsAreQuotedAndNeutralised() {
        #expect(CSV.field("plain") == "plain")
        #expect(CSV.field("a\r\nb") == "\"a\r\nb\"")
        #expect(CSV.field("a\rb") == "\"a\rb\"")
        #expect(CSV.field("say \"no\", twice") == "\"say \"\"no\"\", twice\"")
        #expect(CSV.field("=HYPERLINK(\"http://x\")") == "\"'=HYPERLINK(\"\"http://x\"\")\"")
        #expect(CSV.field("@SUM(A1)") == "'@SUM(A1)")
        #expect(CSV.field("+cmd") == "'+cmd")
        #expect(CSV.field("-x") == "'-x")
        #expect(CSV.field("\tx") == "'\tx")
        // Numbers stay numbers.
        #expect(CSV.field("-1.5") == "-1.5")
        #expect(CSV.field("+2") == "+2")
        let row = Gradebook.failedRow(student: "=1+2", file: "a\r\nb.argdown", reason: "x")
        #expect(row.hasPrefix("'=1+2,\"a\r\nb.argdown\","))
    }

    /// Issue 21: a weight of 1e308 made `possible` infinite and the score `-nan%`; credits are fractions.
    @Test func rubricWeightsAreBounded() throws {
        for (key, value) in [("node", 1e308), ("relation", 1_000_001), ("wrongTypeCredit", 1.5), ("reversedCredit", 2)] {
            #expect(throws: GradingRubric.Problem.self, "\(key): \(value)") { try GradingRubric.standard.overriding([(key, value)]) }
        }
        let largest = try GradingRubric.standard.overriding([
            ("node", 1_000_000), ("relation", 1_000_000), ("mainConclusion", 1_000_000), ("wrongTypeCredit", 1),
        ])
        let score = GradeScore(MapComparison(key: M.key, student: M.key), rubric: largest)
        #expect(score.possible.isFinite)
        #expect(score.percent == 100)
    }

    @Test func mainConclusionIsTheMostReachedSink() {
        #expect(MainConclusion.of(M.key).map { M.key[$0].title } == "C")
        #expect(MainConclusion.of(.empty) == nil)
        let explicit = M.map([M.c, M.p1], [("P1", "C", .support)], metadata: .object(["mainConclusion": .string("P1")]))
        #expect(MainConclusion.of(explicit).map { explicit[$0].title } == "P1")
    }

    @Test func csvQuotesFeedback() {
        let r = grade(.empty)
        let first = r.csv.split(separator: "\n")[1]
        #expect(first.hasPrefix("s,0.0,main-conclusion-missing,\"Main conclusion missing: the passage concludes [C]: \"\"Workers took power"))
    }
}
