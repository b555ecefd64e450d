import Foundation
import Testing

/// `argmap check`: exit status, compiler-style output, JSON, several inputs, lint switches and quote checking.
@Suite struct CheckCommandTests {
    @Test func aCleanMapExitsZero() throws {
        let path = try CLI.temporaryFile("clean.argdown", "[A]: Alpha.\n  + [B]: Beta. #evidence\n")
        let result = try CLI.run(["check", path, "--strict"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("1 file checked: 0 errors, 0 warnings"))
    }

    @Test func anErrorExitsOneWithLocationAndCaret() throws {
        let path = try CLI.temporaryFile("broken.argdown", "[A]: Alpha.\n  + [B]: Beta.\n\n  - [C]: Gamma.\n")
        let result = try CLI.run(["check", path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(path):4:3: error:"))
        #expect(result.stderr.contains("[relation-after-empty-line]"))
        #expect(result.stderr.contains("4 |   - [C]: Gamma.\n  |   ^"))
    }

    @Test func warningsPassUnlessStrict() throws {
        let path = try CLI.temporaryFile("warn.argdown", "[Alpha]: A claim.\n  + [Alpah]\n")
        let relaxed = try CLI.run(["check", path, "--disable", "all"])
        #expect(relaxed.status == 0, "\(relaxed.stderr)")
        #expect(relaxed.stderr.contains("did you mean [Alpha]?"))
        let strict = try CLI.run(["check", path, "--strict", "--disable", "all"])
        #expect(strict.status == 1)
    }

    @Test func lintWarningsAppearAndCanBeTurnedOff() throws {
        let path = try CLI.temporaryFile("lint.argdown", "[A]: Alpha.\n  + [B]: Beta.\n")
        let linted = try CLI.run(["check", path, "--strict"])
        #expect(linted.status == 1)
        #expect(linted.stderr.contains("\(path):2:5: warning:"))
        #expect(linted.stderr.contains("[unsupported-claim]"))
        let quiet = try CLI.run(["check", path, "--strict", "--disable", "unsupported-claim"])
        #expect(quiet.status == 0, "\(quiet.stderr)")
        let frontMatter = try CLI.temporaryFile("fm.argdown", "===\nlint: {disable: [unsupported-claim]}\n===\n\n[A]: Alpha.\n  + [B]: Beta.\n")
        #expect(try CLI.run(["check", frontMatter, "--strict"]).status == 0)
    }

    @Test func anUnknownLintRuleIsRejectedWithTheChoices() throws {
        let path = try CLI.temporaryFile("typo.argdown", "[A]: Alpha.\n")
        let result = try CLI.run(["check", path, "--disable", "circular-suport"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("unknown lint rule circular-suport"))
        #expect(result.stderr.contains("circular-support"))
    }

    @Test func jsonListsEveryDiagnosticWithItsPosition() throws {
        let path = try CLI.temporaryFile("json.argdown", "[Alpha]: A claim.\n  + [Alpah]\n")
        let result = try CLI.run(["check", path, "--format", "json", "--disable", "all"])
        #expect(result.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let files = object?["files"] as? [[String: Any]]
        let diagnostics = files?.first?["diagnostics"] as? [[String: Any]]
        #expect(diagnostics?.count == 1)
        #expect(diagnostics?.first?["code"] as? String == "undefined-reference")
        #expect(diagnostics?.first?["line"] as? Int == 2)
        #expect(diagnostics?.first?["column"] as? Int == 5)
        let summary = object?["summary"] as? [String: Any]
        #expect(summary?["warnings"] as? Int == 1)
        #expect(summary?["errors"] as? Int == 0)
    }

    @Test func readsStandardInputAndSeveralFiles() throws {
        let stdin = try CLI.run(["check", "-"], stdin: "[A]: Alpha.\n  + [B]: Beta.\n")
        #expect(stdin.status == 0, "\(stdin.stderr)")
        let good = try CLI.temporaryFile("good.argdown", "[A]: Alpha.\n  + [B]: Beta.\n")
        let bad = try CLI.temporaryFile("bad.argdown", "[A]: Alpha.\n/* never closed\n")
        let both = try CLI.run(["check", good, bad])
        #expect(both.status == 1)
        #expect(both.stderr.contains("2 files checked: 1 error"))
        #expect(both.stderr.contains(bad))
    }

    @Test func aMissingFileIsReportedAndFails() throws {
        let result = try CLI.run(["check", "/nonexistent/map.argdown"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("/nonexistent/map.argdown"))
    }

    @Test func quotesAreLocatedInTheSourceOrReportedMissing() throws {
        let source = try CLI.temporaryFile("essay.txt", "First line.\nThe soviets took power in October.\n")
        let found = try CLI.temporaryFile("found.argdown", "[A]: Power. {quote: \"soviets took power\"}\n")
        let located = try CLI.run(["check", found, "--source", source, "--verbose", "--disable", "all"])
        #expect(located.status == 0, "\(located.stderr)")
        #expect(located.stdout.contains("quote of [A] found at \(source):2:5"))
        let missing = try CLI.temporaryFile("missing.argdown", "[A]: Power. {quote: \"soviets seized power\"}\n")
        let failed = try CLI.run(["check", missing, "--source", source, "--disable", "all"])
        #expect(failed.status == 1)
        #expect(failed.stderr.contains("[quote-not-in-source]"))
    }

    @Test func helpTeachesWithExamples() throws {
        let result = try CLI.run(["check", "--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("argmap check --source essay.txt map.argdown"))
    }
}
