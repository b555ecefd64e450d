import Foundation
import Testing

@Suite struct ExportCommandTests {
    /// argmap JSON for `[A]: Alpha.` and `<B>: Beta.` with `<B>` supporting `[A]`, written by hand in the
    /// writer's canonical layout.
    static let smallArgmapJSON = """
        {
          "argmap": 1,
          "mode": "loose",
          "sections": [],
          "nodes": [
            {
              "id": 0,
              "kind": "statement",
              "title": "A",
              "text": "Alpha.",
              "occurrences": []
            },
            {
              "id": 1,
              "kind": "argument",
              "title": "B",
              "text": "Beta.",
              "occurrences": []
            }
          ],
          "relations": [
            {
              "id": 0,
              "from": 1,
              "to": 0,
              "type": "support"
            }
          ]
        }

        """

    static func temporaryFolder() throws -> URL {
        try ScratchFolders.make("argmap-export")
    }

    @Test func exportsArgmapJSONFromStandardInputUnchanged() throws {
        let result = try CLI.run(["export", "-", "--format", "json"], stdin: Self.smallArgmapJSON)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == Self.smallArgmapJSON)
    }

    @Test func exportsArgdownJSONToAFile() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("map.json")
        try Self.smallArgmapJSON.write(to: input, atomically: true, encoding: .utf8)
        let result = try CLI.run(["export", "map.json", "--format", "argdown-json", "-o", "out.json"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        let written = try String(contentsOf: folder.appendingPathComponent("out.json"), encoding: .utf8)
        #expect(written.contains("""
                  "relationType": "support",
                  "from": "B",
                  "fromType": "argument",
                  "to": "A",
                  "toType": "equivalence-class"
            """))
        // And Argdown JSON is read back when exported again.
        let again = try CLI.run(["export", "out.json", "--format", "argdown-json"], in: folder)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout == written)
    }

    @Test func exportsCanonicalArgdown() throws {
        let result = try CLI.run(["export", "-", "--format", "argdown"], stdin: Self.smallArgmapJSON)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "[A]: Alpha.\n\n<B>: Beta.\n\n[A]\n    <+ <B>\n")
    }

    @Test func aFailingExportLeavesTheOutputFileUntouched() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("out.json")
        try "old content\n".write(to: output, atomically: true, encoding: .utf8)
        try "{\"argmap\": 1,\n  \"nodes\": [}\n".write(
            to: folder.appendingPathComponent("broken.json"), atomically: true, encoding: .utf8)
        let result = try CLI.run(["export", "broken.json", "--format", "argdown", "-o", "out.json"], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.contains("broken.json:2:13: error: invalid JSON"))
        #expect(result.stderr.contains("nothing was exported"))
        #expect(try String(contentsOf: output, encoding: .utf8) == "old content\n")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(files == ["broken.json", "out.json"])
    }

    @Test func convertWritesTheSameFormats() throws {
        let json = try CLI.run(["convert", "-", "--to", "json"], stdin: Self.smallArgmapJSON)
        #expect(json.status == 0, "\(json.stderr)")
        #expect(json.stdout == Self.smallArgmapJSON)
        let argdown = try CLI.run(["convert", "-", "--to", "argdown"], stdin: Self.smallArgmapJSON)
        #expect(argdown.stdout == "[A]: Alpha.\n\n<B>: Beta.\n\n[A]\n    <+ <B>\n")
    }

    @Test func aMissingInputIsAnError() throws {
        let result = try CLI.run(["export", "no-such-file.argdown", "--format", "json"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("no-such-file.argdown: no such file"))
    }

    @Test func anUnknownFormatIsRejectedWithTheChoices() throws {
        let result = try CLI.run(["export", "-", "--format", "yaml"], stdin: "")
        #expect(result.status != 0)
        #expect(result.stderr.contains("argdown-json"))
    }

    @Test func helpTeachesWithExamples() throws {
        let result = try CLI.run(["export", "--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("argmap export map.argdown --format json -o map.json"))
    }

    @Test
    func exportsArgdownThroughAllThreeFormats() throws {
        let map = "[A]: Alpha.\n    <+ <B>: Beta.\n    - [C]: Gamma.\n"
        let json = try CLI.run(["export", "-", "--format", "json"], stdin: map)
        #expect(json.status == 0, "\(json.stderr)")
        let argdown = try CLI.run(["export", "-", "--format", "argdown"], stdin: map)
        // Arguments without a pcs print after the section's other definitions (so a bare pcs is never read as theirs).
        #expect(argdown.stdout == "[A]: Alpha.\n\n[C]: Gamma.\n\n<B>: Beta.\n\n[A]\n    <+ <B>\n    <- [C]\n")
        let argdownJSON = try CLI.run(["export", "-", "--format", "argdown-json"], stdin: map)
        #expect(argdownJSON.stdout.contains("\"relationType\": \"attack\""))
    }
}
