import ArgdownSyntax
import ArgumentModel
import Foundation
import Testing
@testable import ArgumentAnalysis

/// Grades the committed example (examples/classroom) through the Argdown reader. Expected numbers are worked out
/// by hand in docs/grading.md §4 (31 points possible).
@Suite struct ClassroomExampleTests {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("examples/classroom")

    func read(_ name: String) throws -> ArgumentGraph {
        let url = Self.folder.appendingPathComponent(name)
        let result = ArgdownReader.read(try String(contentsOf: url, encoding: .utf8), file: url.path)
        #expect(!result.diagnostics.containsErrors, "\(name): \(result.diagnostics.map(\.headline))")
        return result.graph
    }

    func report(_ student: String) throws -> GradeReport {
        let key = try read("key.argdown")
        return GradeReport(MapComparison(key: key, student: try read("submissions/\(student).argdown")), student: student, key: "key")
    }

    @Test func goodBeatsReversedBeatsHalf() throws {
        let (alice, boris, chloe) = (try report("alice"), try report("boris"), try report("chloe"))
        #expect(alice.score.possible == 31)
        // Alice: 9 nodes + 8 correct × 2 + 3 − 0.5 for one extra link = 27.5.
        #expect(alice.score.points == 27.5)
        // Boris: 10 nodes + 2 × (5 + 3 × 0.5 + 0.25) + 3: his one reversed relation is the only one leaving the
        // main conclusion, so it still counts (issue 17: a flip is named and costs once) = 26.5.
        #expect(boris.score.points == 26.5)
        // Chloe: 5 nodes + 4 × 2 + 3 = 16.
        #expect(chloe.score.points == 16)
        #expect(alice.score.percent > boris.score.percent && boris.score.percent > chloe.score.percent)
    }

    @Test func everyDifferenceIsOneWeCanPointAt() throws {
        let alice = try report("alice")
        #expect(alice.feedback.map(\.code) == ["missing-node", "missing-relation", "extra-node", "extra-relation"])
        #expect(alice.missingNodes.map(\.title) == ["Sabotage"])
        #expect(alice.extraNodes.map(\.title) == ["Trotsky everywhere"])
        #expect(alice.matches.first { $0.key.title == "Kornilov defeat" }?.student.title == "August")

        let boris = try report("boris")
        #expect(boris.feedback.map(\.code) == ["reversed", "wrong-type", "wrong-type", "wrong-type"])
        let wrong = boris.relations.filter { $0.verdict == .wrongType }.compactMap(\.student).map { "\($0.from) \($0.type.rawValue) \($0.to)" }
        #expect(wrong == ["[Sabotage] attack [Kornilov defeat]", "[Coup thesis] support [Not a coup]", "[Sukhanov] support [Coup thesis]"])
        #expect(boris.relations.first { $0.verdict == .reversed }?.student == .init(from: "[Not a coup]", type: .support, to: "[Kornilov defeat]"))

        let chloe = try report("chloe")
        #expect(chloe.missingNodes.map(\.title) == ["Sabotage", "Day of the Soviet", "Martov", "Coup thesis", "Sukhanov"])
        #expect(chloe.feedback.filter { $0.code == "missing-relation" }.count == 5)
    }

    @Test func committedFeedbackIsWhatTheGraderSays() throws {
        let key = try read("key.argdown")
        for student in ["alice", "boris", "chloe"] {
            let report = GradeReport(MapComparison(key: key, student: try read("submissions/\(student).argdown")), student: student, key: "key.argdown")
            let golden = try String(contentsOf: Self.folder.appendingPathComponent("graded/\(student).feedback.txt"), encoding: .utf8)
            #expect(report.text == golden, "regenerate examples/classroom/graded (see its README)")
        }
    }

    @Test func keyQuotesFollowTheEssayInIdentifyExercise() throws {
        let key = try read("key.argdown")
        let essay = try? String(contentsOf: Self.folder.appendingPathComponent("../../../shared/essay/october-1917.txt"), encoding: .utf8)
        let ex = ExerciseGenerator.make(.identify, from: key, seed: 1917, source: essay)
        // Ten quoted claims, ten passages; the main conclusion's quote stands fifth in the essay.
        #expect(ex.sheetGraph.nodes.count == 10)
        if essay != nil { #expect(ex.answerKey.contains("**Main conclusion:** Passage 5 — [Not a coup]")) }
    }
}
