import ArgdownSyntax
import Foundation
import ArgumentModel
import Testing

@testable import ArgumentAnalysis

/// One meaning of "answered": an undercut on the argument behind an objection, or an attack on one of its
/// premises, answers the objection in the lint and in `objections`, as `evaluate` labels the objection OUT; and
/// `stats` counts the main conclusion the front matter names.
@Suite struct AnsweredObjectionTests {
    /// Tests/fixtures/answered-objections.argdown, worked out by hand in its header comment.
    static let map: String = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("fixtures/answered-objections.argdown")
        return (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    }()

    static func graph(_ text: String = map) throws -> ArgumentGraph {
        let result = ArgdownReader.read(text, file: "wages.argdown")
        #expect(!result.diagnostics.containsErrors, "\(result.diagnostics.map(\.headline))")
        return result.graph
    }

    static func id(_ g: ArgumentGraph, _ title: String) throws -> NodeID {
        try #require(g.statement(titled: title) ?? g.argument(titled: title))
    }

    @Test func evaluateLabelsTheUndercutAndThePremiseDefeatedObjectionsOUT() throws {
        let g = try Self.graph()
        let labels = try #require(MapEvaluation(g, semantics: .grounded).labels)
        #expect(labels[try Self.id(g, "No rise").index] == .out)
        #expect(labels[try Self.id(g, "Layoffs").index] == .out)
        #expect(labels[try Self.id(g, "Open").index] == .in)
    }

    @Test func theLintWarnsOnlyAboutTheObjectionNothingAnswers() throws {
        let g = try Self.graph()
        let warnings = Linter.lint(g).filter { $0.code == "unanswered-objection" }
        #expect(warnings.map { String($0.message.prefix(6)) } == ["[Open]"], "\(warnings.map(\.message))")
        // Take the undercut and the premise attack away: both objections are unanswered again.
        let bare = Self.map.replacingOccurrences(of: "  _ [Reserves]", with: "  + [Reserves]")
            .replacingOccurrences(of: "  - [Other cause]", with: "  + [Other cause]")
        let again = Linter.lint(try Self.graph(bare)).filter { $0.code == "unanswered-objection" }
        #expect(again.map { String($0.message.prefix(9)) } == ["[Open] ob", "[No rise]", "[Layoffs]"], "\(again.map(\.message))")
    }

    @Test func objectionsListTheUndercutAndThePremiseAttackAsRebuttals() throws {
        let g = try Self.graph()
        let found = Objections.of(try Self.id(g, "Raise"), in: g)
        let byTitle = Dictionary(uniqueKeysWithValues: found.map { (g[$0.edge.node].title, $0.rebuttals) })
        #expect(byTitle["Open"]?.isEmpty == true)
        let noRise = try #require(byTitle["No rise"])
        #expect(noRise.map { g[$0.node].title } == ["Reserves"])
        #expect(noRise.first?.type == .undercut)
        #expect(noRise.first?.via == (try Self.id(g, "Budget")))
        let layoffs = try #require(byTitle["Layoffs"])
        #expect(layoffs.map { g[$0.node].title } == ["Other cause"])
        #expect(layoffs.first?.type == .attack)
        #expect(layoffs.first?.via == (try Self.id(g, "Last time")))
    }

    @Test func statsCountsTheNamedMainConclusion() throws {
        #expect(MapStatistics.of(try Self.graph()).mainConclusions == 1)
        let unnamed = Self.map.replacingOccurrences(of: "mainConclusion: Raise\n", with: "")
        #expect(MapStatistics.of(try Self.graph(unnamed)).mainConclusions == 3)  // [Raise], [No rise], [Layoffs]
        // Data flags name main conclusions too when the front matter does not.
        let flagged = unnamed.replacingOccurrences(of: "[Raise]: Wages should rise this year.", with: "[Raise]: Wages should rise this year. {mainConclusion: true}")
        #expect(MapStatistics.of(try Self.graph(flagged)).mainConclusions == 1)
    }
}
