import Foundation
import Testing

/// `objections`, `check` and `stats` on a map whose objections are answered by an undercut and by an attack on a
/// premise (Tests/fixtures/answered-objections.argdown, worked out by hand in its header comment).
@Suite struct AnsweredObjectionCommandTests {
    static func file() -> String {
        CLI.repositoryRoot.appendingPathComponent("Tests/fixtures/answered-objections.argdown").path
    }

    @Test func objectionsNameTheUndercutAndThePremiseAttack() throws {
        let r = try CLI.run(["objections", Self.file(), "Raise"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == """
            Objections to [Raise]:
              [Open] (attack)
                  no rebuttal
              [No rise] (attack)
                  rebutted by [Reserves] (undercut on the argument <Budget>)
              [Layoffs] (attack)
                  rebutted by [Other cause] (attack on the premise [Last time])

            """)
    }

    @Test func checkWarnsOnlyAboutTheUnansweredObjectionAndStatsCountsOneMainConclusion() throws {
        let f = Self.file()
        let check = try CLI.run(["check", f])
        let unanswered = check.stderr.split(separator: "\n").filter { $0.contains("[unanswered-objection]") }
        #expect(unanswered.count == 1 && unanswered[0].contains("[Open] objects"), "\(check.stderr)")
        let stats = try CLI.run(["stats", f])
        #expect(stats.stdout.contains("main conclusions 1\n"), "\(stats.stdout)")
    }
}
