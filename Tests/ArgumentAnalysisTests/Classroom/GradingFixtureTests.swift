import ArgdownSyntax
import ArgumentModel
import Foundation
import Testing
@testable import ArgumentAnalysis

/// The done-when fixtures of issue 17 (Tests/fixtures/grading): a teacher's key for a passage of Mill's On
/// Liberty and seven students' maps. Expected scores are worked out by hand in the comments (28 points possible:
/// 9 nodes × 1 + 8 connections × 2 + main conclusion 3).
@Suite struct GradingFixtureTests {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("fixtures/grading")

    static func read(_ name: String) throws -> ArgumentGraph {
        let url = folder.appendingPathComponent(name)
        let result = ArgdownReader.read(try String(contentsOf: url, encoding: .utf8), file: url.path)
        #expect(!result.diagnostics.containsErrors, "\(name): \(result.diagnostics.map(\.headline))")
        return result.graph
    }

    static func grade(_ student: String, key: String = "key.argdown") throws -> (GradeReport, MapComparison) {
        let c = MapComparison(key: try read(key), student: try read("\(student).argdown"))
        return (GradeReport(c, student: student, key: key), c)
    }

    static let students = ["renamed", "paraphrased", "flipped", "simplified", "half", "garbage", "empty"]

    @Test func keyHasNineNodesAndEightConnections() throws {
        let key = try Self.read("key.argdown")
        #expect(key.nodes.count == 9)
        // True→Silencing, Not infallible→True, False→Silencing, Permitted→Silencing (attack), Condition→Like (attack),
        // <Authority objection>→Permitted (its conclusion), Judgment→<Authority objection> and Like→<Authority
        // objection> (premise links).
        #expect(MapComparison.comparable(key).count == 8)
        #expect(MainConclusion.of(key).map { key[$0].title } == "Silencing is an evil")
    }

    @Test func scoresComeInTheOrderATeacherExpects() throws {
        let scores = try Self.students.map { try Self.grade($0).0.score }
        let percent = scores.map(\.percent)
        for (name, p) in zip(Self.students, percent) { print("\(name): \(Format.fixed(p, 1))%") }
        #expect(scores.allSatisfy { $0.possible == 28 })
        // Renamed: same texts, other titles: everything found, 28 of 28.
        #expect(scores[0].points == 28)
        // Paraphrased and reordered: every node and connection found in her own words: 28 of 28 (≥ 90% required).
        #expect(percent[1] >= 90)
        #expect(scores[1].points == 28)
        // Flipped: False opinion ← Silencing drawn the wrong way: 28 − 2 + 2 × 0.25 = 26.5.
        #expect(scores[2].points == 26.5)
        // Simplified: 7 nodes + ½ × 2 skipped (<Authority objection>, [Silencing is permitted]) = 8;
        // 4 connections correct = 8; 4 simplified × 2 × ½ = 4; main conclusion 3: 23.
        #expect(scores[3].points == 23)
        // Half: 4 nodes + 3 connections × 2 + main conclusion 3 = 13.
        #expect(scores[4].points == 13)
        // Garbage and empty: nothing.
        #expect(scores[5].points == 0)
        #expect(scores[6].points == 0)
        #expect(percent[0] >= percent[1] && percent[1] > percent[2] && percent[2] > percent[3] && percent[3] > percent[4]
            && percent[4] > percent[5] && percent[5] >= percent[6])
    }

    @Test func paraphrasedMapPairsEveryNodeWithItsOwnClaim() throws {
        let (r, _) = try Self.grade("paraphrased")
        let pairs = Dictionary(uniqueKeysWithValues: r.matches.map { ($0.key.title, $0.student.title) })
        #expect(pairs == [
            "Silencing is an evil": "Censorship harms everyone", "True opinion": "Maybe it is true",
            "Not infallible": "Censors can err", "False opinion": "Even wrong views help",
            "Authority objection": "Government objection", "Judgment is for use": "Judgment must be used",
            "Like any act": "Same as other decisions", "Silencing is permitted": "Censorship is fine",
            "Condition of action": "Freedom to contradict",
        ])
        #expect(r.feedback.isEmpty)
    }

    @Test func flippedRelationIsNamedOnce() throws {
        let (r, _) = try Self.grade("flipped")
        #expect(r.feedback.map(\.code) == ["reversed"])
        #expect(r.feedback[0].message == "Reversed: you drew [Silencing is an evil] as a support for [False opinion]; the key has it the other way round: \"If the opinion is wrong, people lose the clearer perception and livelier impression of truth that its collision with error produces\" supports \"Silencing the expression of an opinion is a peculiar evil: it robs the human race\". That is why your map seems to end in [False opinion] instead of [Silencing is an evil].")
        #expect(r.score.mainConclusionFound)
    }

    @Test func simplificationIsNamedAsSuch() throws {
        let (r, _) = try Self.grade("simplified")
        #expect(r.feedback.map(\.code) == ["simplified", "simplified"])
        #expect(r.feedback[0].message == "Simplified: you drew [Judgment is for use] straight as an attack on [Silencing is an evil]; the key goes through <Authority objection> and [Silencing is permitted] in between. That is a faithful simplification (part of the points); reconstruct the argument to earn them all.")
        #expect(r.feedback[1].message.hasPrefix("Simplified: you drew [Like any act] straight as an attack on [Silencing is an evil]"))
        #expect(!r.feedback.contains { $0.code == "extra-relation" || $0.code == "missing-relation" || $0.code == "missing-node" })
    }

    @Test func halfEmptyAndGarbageFeedback() throws {
        let (half, _) = try Self.grade("half")
        #expect(half.feedback.map(\.code) == [
            "missing-node", "missing-node", "missing-node", "missing-node", "missing-node",
            "missing-relation", "missing-relation", "missing-relation", "missing-relation", "missing-relation",
        ])
        #expect(half.feedback[0].message == "Missing argument: the key has <Authority objection>: \"Public authority may forbid errors, as it acts on its own judgment everywhere else\". Find it in the passage and add it to your map.")
        let (empty, _) = try Self.grade("empty")
        #expect(empty.feedback.first?.code == "main-conclusion-missing")
        #expect(empty.feedback.filter { $0.code == "missing-node" }.count == 8)
        let (garbage, _) = try Self.grade("garbage")
        #expect(garbage.matches.isEmpty)
        #expect(garbage.feedback.filter { $0.code == "extra-node" }.count == 4)
    }

    /// Every feedback line, re-read against both maps: the titles it names exist in the map it says; a relation it
    /// says the student drew is in the student's map; a link it says is missing is missing; a claim it says is
    /// missing or extra has no partner; no student relation is named twice.
    @Test(arguments: students) func feedbackNeverContradictsTheMaps(_ student: String) throws {
        let (r, c) = try Self.grade(student)
        let problems = FeedbackAudit.problems(r.feedback, c)
        #expect(problems.isEmpty, "\(student): \(problems)")
    }

    /// The audit can fail: lines that name a node the student does not have, a link the student did draw as
    /// missing, or a relation twice are caught.
    @Test func theAuditCatchesContradictions() {
        let c = MapComparison(key: ClassroomMaps.key, student: ClassroomMaps.key)
        let bad: [GradeReport.FeedbackLine] = [
            .init(code: "extra-relation", message: "Extra link: you drew [Nope] as a support for [C], which the key does not have."),
            .init(code: "missing-relation", message: "Missing link: in the key \"The Bolsheviks won majorities in the soviets\" supports \"Workers took power in October\". Connect your [P1] to your [C]."),
            .init(code: "wrong-type", message: "Wrong type: you drew [P1] as a support for [C], but ..."),
            .init(code: "reversed", message: "Reversed: you drew [P1] as a support for [C]; ..."),
            .init(code: "missing-node", message: "Missing claim: the key has [P2]: \"x\". Find it."),
        ]
        let problems = FeedbackAudit.problems(bad, c)
        #expect(problems.contains { $0.hasPrefix("names a student node that does not exist") })
        #expect(problems.contains { $0.hasPrefix("says a link is missing that the student drew") })
        #expect(problems.contains { $0.contains("named 2 times") })
        #expect(problems.contains { $0.hasPrefix("says missing, but paired") })
    }

    /// The same audit over the committed classroom example (examples/classroom).
    @Test(arguments: ["alice", "boris", "chloe"]) func exampleFeedbackNeverContradictsTheMaps(_ student: String) throws {
        let root = Self.folder.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("examples/classroom")
        func read(_ path: String) throws -> ArgumentGraph {
            let url = root.appendingPathComponent(path)
            return ArgdownReader.read(try String(contentsOf: url, encoding: .utf8), file: url.path).graph
        }
        let c = MapComparison(key: try read("key.argdown"), student: try read("submissions/\(student).argdown"))
        let r = GradeReport(c, student: student, key: "key")
        #expect(!r.feedback.isEmpty)
        let problems = FeedbackAudit.problems(r.feedback, c)
        #expect(problems.isEmpty, "\(student): \(problems)")
    }

    @Test func severalKeysBestMatchWins() throws {
        let student = try Self.read("simplified.argdown")
        let keys = [("key.argdown", try Self.read("key.argdown")), ("key-direct.argdown", try Self.read("key-direct.argdown"))]
        let best = KeyChoice.best(keys: keys.map { (name: $0.0, graph: $0.1) }, student: student, studentName: "simplified")
        #expect(best.report.key == "key-direct.argdown")
        #expect(best.report.score.percent == 100)
        let renamed = KeyChoice.best(keys: keys.map { (name: $0.0, graph: $0.1) }, student: try Self.read("renamed.argdown"), studentName: "renamed")
        #expect(renamed.report.key == "key.argdown")
    }

    @Test func acceptedAlternativesPairOutright() throws {
        // The key accepts [Fallible censors] and "The censors could be mistaken" for [Not infallible].
        let key = try Self.read("key.argdown")
        func pairOfNotInfallible(_ title: String, _ text: String) -> NodeMatch? {
            let student = ArgdownReader.read("[Silencing is an evil]: Silencing an opinion robs the human race.\n  + [Right]: If the opinion is right we lose truth.\n    + [\(title)]: \(text)\n").graph
            let a = NodeAlignment.align(key: key, student: student)
            return key.statement(titled: "Not infallible").flatMap { a.match(forKey: $0) }
        }
        #expect(pairOfNotInfallible("Fallible censors", "Nobody can check this.")?.method == .accepted)
        let byText = pairOfNotInfallible("X", "The censors could be mistaken.")
        #expect(byText != nil && byText?.similarity == 1)
        #expect(pairOfNotInfallible("Y", "Nobody can check this.") == nil)
    }
}
