import Foundation
import Testing

/// `argmap solve`: ICCMA 2023 output, byte for byte, on frameworks whose answers are worked out by hand.
@Suite struct SolveCommandTests {
    static func solve(_ args: [String]) throws -> String {
        let r = try CLI.run(["solve"] + args)
        #expect(r.status == 0, "\(args): \(r.stderr)")
        return r.stdout
    }

    @Test func chainI23() throws {
        // 1 → 2 → 3: grounded = preferred = stable = {1, 3}.
        let f = try CLI.temporaryFile("chain.i23", "p af 3\n1 2\n2 3\n")
        #expect(try Self.solve(["-p", "SE-GR", "-f", f]) == "w 1 3\n")
        #expect(try Self.solve(["-p", "SE-ST", "-f", f]) == "w 1 3\n")
        #expect(try Self.solve(["-p", "DC-PR", "-f", f, "-a", "2"]) == "NO\n")
        #expect(try Self.solve(["-p", "DC-CO", "-f", f, "-a", "3"]) == "YES\nw 1 3\n")
        #expect(try Self.solve(["-p", "DS-PR", "-f", f, "-a", "3"]) == "YES\n")
        #expect(try Self.solve(["-p", "CE-CO", "-f", f]) == "1\n")
    }

    @Test func oddCycleHasNoStableExtension() throws {
        let f = try CLI.temporaryFile("odd.i23", "p af 3\n# a comment\n1 2\n2 3\n3 1\n")
        #expect(try Self.solve(["-p", "SE-ST", "-f", f]) == "NO\n")
        #expect(try Self.solve(["-p", "DS-ST", "-f", f, "-a", "1"]) == "YES\n")
        #expect(try Self.solve(["-p", "DC-ST", "-f", f, "-a", "1"]) == "NO\n")
        #expect(try Self.solve(["-p", "CE-ST", "-f", f]) == "0\n")
        #expect(try Self.solve(["-p", "SE-PR", "-f", f]) == "w\n")
        #expect(try Self.solve(["-p", "SE-SST", "-f", f]) == "w\n")
        #expect(try Self.solve(["-p", "CE-SST", "-f", f]) == "1\n")
    }

    @Test func evenCycleCountsAndCounterExample() throws {
        let f = try CLI.temporaryFile("even.i23", "p af 2\n1 2\n2 1\n")
        #expect(try Self.solve(["-p", "CE-PR", "-f", f]) == "2\n")
        #expect(try Self.solve(["-p", "CE-CO", "-f", f]) == "3\n")
        #expect(try Self.solve(["-p", "DS-PR", "-f", f, "-a", "1"]) == "NO\nw 2\n")
        #expect(try Self.solve(["-p", "DS-GR", "-f", f, "-a", "1"]) == "NO\nw\n")
    }

    @Test func floatingReinstatementAPXAndTGF() throws {
        let apx = try CLI.temporaryFile("float.apx", "arg(a).\narg(b).\narg(c).\narg(d).\natt(a,b).\natt(b,a).\natt(a,c).\natt(b,c).\natt(c,d).\n")
        #expect(try Self.solve(["-p", "DS-PR", "-f", apx, "-a", "d"]) == "YES\n")
        #expect(try Self.solve(["-p", "DS-GR", "-f", apx, "-a", "d"]) == "NO\nw\n")
        #expect(try Self.solve(["-p", "CE-ST", "-f", apx]) == "2\n")
        let tgf = try CLI.temporaryFile("float.txt", "a\nb\nc\nd\n#\na b\nb a\na c\nb c\nc d\n")
        #expect(try Self.solve(["-p", "DS-PR", "--fo", "tgf", "-f", tgf, "-a", "d"]) == "YES\n")
        #expect(try Self.solve(["-p", "DC-CO", "--fo", "tgf", "-f", tgf, "-a", "c"]) == "NO\n")
    }

    @Test func argdownMapAndErrors() throws {
        let map = try CLI.temporaryFile("m.argdown", "[A]: a.\n  - [B]: b.\n    - [C]: c.\n")
        #expect(try Self.solve(["-p", "SE-GR", "-f", map]) == "w [A] [C]\n")
        #expect(try Self.solve(["-p", "DC-PR", "-f", map, "-a", "B"]) == "NO\n")
        let bad = try CLI.temporaryFile("bad.i23", "p af 2\n1 3\n")
        let r = try CLI.run(["solve", "-p", "SE-GR", "-f", bad])
        #expect(r.status != 0)
        #expect(r.stderr.contains("bad.i23:2:3: error:"))  // at the undeclared argument 3
        let unknown = try CLI.run(["solve", "-p", "XX-PR", "-f", bad])
        #expect(unknown.status != 0 && unknown.stderr.contains("unknown task"))
        #expect(try CLI.run(["solve", "--problems"]).stdout.hasPrefix("[DC-CO,DC-PR,"))
    }
}
