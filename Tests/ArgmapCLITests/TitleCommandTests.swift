import Foundation
import Testing

/// Titles on the command line are exact unless `--fuzzy` is given (issues 15.5, 19, 21.3).
@Suite struct TitleCommandTests {
    /// `[511012]` supported by `[Reason]`: the only title containing `1012`.
    static let map: String = {
        (try? CLI.temporaryFile("numbers.argdown", "[511012]: A numbered claim.\n  <+ [Reason]: A reason for it.\n")) ?? ""
    }()

    @Test func aNumberNeverAnswersForALongerOne() throws {
        let r = try CLI.run(["supporters", Self.map, "[1012]"])
        #expect(r.status == 1)
        #expect(r.stdout == "")
        #expect(r.stderr == "error: no claim or argument is titled '[1012]'; did you mean [511012]? [unknown-title]\n")
        let fuzzy = try CLI.run(["supporters", Self.map, "[1012]", "--fuzzy"])
        #expect(fuzzy.status == 0, "\(fuzzy.stderr)")
        #expect(fuzzy.stdout == "Supporters of [511012]:\nsupporter  relation\n-------------------\n[Reason]   support\n")
    }

    @Test func everyTitleTakingCommandIsExact() throws {
        for args in [
            ["objections", Self.map, "1012"],
            ["path", Self.map, "Reason", "1012"],
            ["evaluate", Self.map, "--explain", "1012"],
        ] {
            let r = try CLI.run(args)
            #expect(r.status == 1, "\(args)")
            #expect(r.stderr == "error: no claim or argument is titled '1012'; did you mean [511012]? [unknown-title]\n", "\(args)")
            let fuzzy = try CLI.run(args + ["--fuzzy"])
            #expect(fuzzy.status == 0, "\(args): \(fuzzy.stderr)")
            #expect(fuzzy.stdout.contains("[511012]"), "\(args)")
        }
        let render = try CLI.run(["render", Self.map, "--focus", "1012", "--format", "dot", "-o", "-"])
        #expect(render.status == 1)
        #expect(render.stderr.contains("no claim or argument is titled '1012'; did you mean [511012]?"))
        let fuzzyRender = try CLI.run(["render", Self.map, "--focus", "1012", "--fuzzy", "--format", "dot", "-o", "-"])
        #expect(fuzzyRender.status == 0, "\(fuzzyRender.stderr)")
        #expect(fuzzyRender.stdout.contains("511012"))
    }

    @Test func queryTitlesAreExact() throws {
        let r = try CLI.run(["query", Self.map, "?x supports [1012]"])
        #expect(r.status == 1)
        #expect(r.stderr == "query:1:13: error: no claim or argument is titled '[1012]'; did you mean [511012]? [unknown-title]\n1 | ?x supports [1012]\n  |             ^\n")
        let fuzzy = try CLI.run(["query", Self.map, "?x supports [1012]", "--fuzzy"])
        #expect(fuzzy.status == 0, "\(fuzzy.stderr)")
        #expect(fuzzy.stdout == "?x\n--------\n[Reason]\n(1 answer)\n")
    }

    @Test func aTypoIsSuggestedNotTaken() throws {
        let r = try CLI.run(["supporters", Self.map, "[Reasn]"])
        #expect(r.status == 1)
        #expect(r.stderr == "error: no claim or argument is titled '[Reasn]'; did you mean [Reason]? [unknown-title]\n")
        // Case alone is forgiven when only one title fits.
        #expect(try CLI.run(["objections", Self.map, "reason"]).stdout == "No objections to [Reason].\n")
    }

    @Test func solveArgumentsAreExact() throws {
        // Issue 21.3: `-a 0` used to answer for argument 10 (a substring). 1 attacks 2; 3...10 are unattacked.
        let file = try CLI.temporaryFile("z.i23", "p af 10\n1 2\n")
        let zero = try CLI.run(["solve", "-p", "DC-GR", "-f", file, "-a", "0"])
        #expect(zero.status == 1)
        #expect(zero.stdout == "")
        #expect(zero.stderr == "\(file): error: no argument is titled '0'; did you mean 1, 2, 3, 10? [unknown-title]\n")
        #expect(try CLI.run(["solve", "-p", "DC-GR", "-f", file, "-a", "10"]).stdout == "YES\nw 1 3 4 5 6 7 8 9 10\n")
        #expect(try CLI.run(["solve", "-p", "DC-GR", "-f", file, "-a", "2"]).stdout == "NO\n")
        // `1` is argument 1, not ambiguous with 10.
        #expect(try CLI.run(["solve", "-p", "DC-GR", "-f", file, "-a", "1"]).stdout == "YES\nw 1 3 4 5 6 7 8 9 10\n")
        let fuzzy = try CLI.run(["solve", "-p", "DC-GR", "-f", file, "-a", "0", "--fuzzy"])
        #expect(fuzzy.stdout == "YES\nw 1 3 4 5 6 7 8 9 10\n", "\(fuzzy.stderr)")
        // .apx names and map titles too.
        let apx = try CLI.temporaryFile("z.apx", "arg(a10).\narg(b).\natt(b,a10).\n")
        let a1 = try CLI.run(["solve", "-p", "DS-GR", "-f", apx, "-a", "a1"])
        #expect(a1.status == 1)
        #expect(a1.stderr == "\(apx): error: no argument is titled 'a1'; did you mean a10, b? [unknown-title]\n")
        let map = try CLI.run(["solve", "-p", "DC-GR", "-f", Self.map, "-a", "1012"])
        #expect(map.status == 1)
        #expect(map.stderr == "\(Self.map): error: no claim or argument is titled '1012'; did you mean [511012]? [unknown-title]\n")
    }

    @Test func fuzzyNeedsATitle() throws {
        let render = try CLI.run(["render", Self.map, "--fuzzy", "--format", "dot", "-o", "-"])
        #expect(render.status != 0)
        #expect(render.stderr.contains("--fuzzy matches the title given to --focus"))
        let solve = try CLI.run(["solve", "-p", "SE-GR", "-f", Self.map, "--fuzzy"])
        #expect(solve.status != 0)
        #expect(solve.stderr.contains("--fuzzy matches the argument given to -a"))
    }
}
