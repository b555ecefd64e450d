import Foundation
import Testing

/// The essay map passes `argmap check --strict` with every quote verified against the essay.
@Suite struct EssayMapTests {
    @Test func essayMapPassesStrictCheckAgainstTheEssay() throws {
        let root = CLI.repositoryRoot
        let essay = root.deletingLastPathComponent().appendingPathComponent("shared/essay/october-1917.txt").path
        let map = root.appendingPathComponent("graphs/october-1917.argdown").path
        let result = try CLI.run(["check", "--strict", "--source", essay, map])
        #expect(result.status == 0, "stdout: \(result.stdout)\nstderr: \(result.stderr)")
    }

    @Test(arguments: ["teaching-example.argdown", "debate-free-public-transport.argdown"])
    func otherMapsPassStrictCheck(_ name: String) throws {
        let map = CLI.repositoryRoot.appendingPathComponent("graphs/\(name)").path
        let result = try CLI.run(["check", "--strict", map])
        #expect(result.status == 0, "stdout: \(result.stdout)\nstderr: \(result.stderr)")
    }

    @Test func aMisquotedMapFailsTheCheck() throws {
        // The check must be able to fail: a straight-quoted copy of a curly-quoted passage is not in the essay.
        let root = CLI.repositoryRoot
        let essay = root.deletingLastPathComponent().appendingPathComponent("shared/essay/october-1917.txt").path
        let map = "[Swear]: They swore. {quote: 'they roared back: \"We swear it!\"'}\n"
        let result = try CLI.run(["check", "--strict", "--source", essay, "-"], stdin: map)
        #expect(result.status != 0)
    }
}
