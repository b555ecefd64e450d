import Foundation
import Testing

@Suite struct ICCMACommandTests {
    private func folder() throws -> URL {
        try ScratchFolders.make("argmap-iccma")
    }

    @Test func convertReadsAndWritesEachFormat() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let i23 = dir.appendingPathComponent("f.i23")
        try "p af 3\n1 2\n2 3\n".write(to: i23, atomically: true, encoding: .utf8)
        let apx = try CLI.run(["convert", i23.path, "--to", "apx"])
        #expect(apx.status == 0)
        #expect(apx.stdout == "arg(1).\narg(2).\narg(3).\natt(1,2).\natt(2,3).\n")
        let apxFile = dir.appendingPathComponent("f.apx")
        try apx.stdout.write(to: apxFile, atomically: true, encoding: .utf8)
        let tgf = try CLI.run(["convert", apxFile.path, "--to", "tgf"])
        #expect(tgf.stdout == "1\n2\n3\n#\n1 2\n2 3\n")
        let tgfFile = dir.appendingPathComponent("f.tgf")
        try tgf.stdout.write(to: tgfFile, atomically: true, encoding: .utf8)
        #expect(try CLI.run(["convert", tgfFile.path, "--to", "i23"]).stdout == "p af 3\n1 2\n2 3\n")
    }

    @Test func convertAMapNamesWhatIsLost() throws {
        let map = "[A]: a.\n  + [B]: b.\n  - [C]: c.\n"
        let r = try CLI.run(["convert", "-", "--from", "argdown", "--to", "i23"], stdin: map)
        #expect(r.status == 0)
        #expect(r.stdout == "p af 3\n# 1 A\n# 2 B\n# 3 C\n3 1\n")
        #expect(r.stderr.contains("iccma-supports-dropped"))
    }

    @Test func badFrameworkFailsWithALocation() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let bad = dir.appendingPathComponent("bad.i23")
        try "p af 99999999999999999999\n".write(to: bad, atomically: true, encoding: .utf8)
        let r = try CLI.run(["convert", bad.path, "--to", "apx"])
        #expect(r.status != 0)
        #expect(r.stderr.contains("bad.i23:1:6: error:"))
        #expect(r.stderr.contains("[iccma-too-large]"))
    }

    @Test func generateWritesFrameworks() throws {
        let a = try CLI.run(["generate", "--statements", "40", "--attacks", "100", "--format", "i23", "--seed", "3"])
        let b = try CLI.run(["generate", "--statements", "40", "--attacks", "100", "--format", "i23", "--seed", "3"])
        #expect(a.status == 0)
        #expect(a.stdout == b.stdout)
        let lines = a.stdout.split(separator: "\n")
        #expect(lines.first == "p af 40")
        #expect(lines.count > 80 && lines.count <= 101)
        let apx = try CLI.run(["generate", "--statements", "3", "--attacks", "0", "--format", "apx"])
        #expect(apx.stdout == "arg(1).\narg(2).\narg(3).\n")
        // A map's shape written as a framework: the tree's attacks.
        let tree = try CLI.run(["generate", "--statements", "30", "--format", "tgf"])
        #expect(tree.status == 0)
        #expect(tree.stdout.hasPrefix("1 Claim 1\n"))
        #expect(try CLI.run(["generate", "--statements", "3", "--attacks", "5"]).status != 0)
    }
}
