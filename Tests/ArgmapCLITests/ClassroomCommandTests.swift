import Foundation
import Testing

@Suite struct ClassroomCommandTests {
    static func scratch(_ name: String) throws -> URL {
        try ScratchFolders.make("argmap-classroom-\(name)")
    }

    static let key = "[C]: Workers took power in October.\n  + [P]: The Kornilov coup was defeated by workers.\n"

    @Test func classGradingReportsUnreadableSubmissionsAndGoesOn() throws {
        let dir = try Self.scratch("class")
        let subs = dir.appendingPathComponent("subs")
        try FileManager.default.createDirectory(at: subs, withIntermediateDirectories: true)
        try Self.key.write(to: dir.appendingPathComponent("key.argdown"), atomically: true, encoding: .utf8)
        try Self.key.write(to: subs.appendingPathComponent("ann.argdown"), atomically: true, encoding: .utf8)
        try "[X]: nothing.\n".write(to: subs.appendingPathComponent("zoe.argdown"), atomically: true, encoding: .utf8)
        // A folder named like a submission cannot be read.
        try FileManager.default.createDirectory(at: subs.appendingPathComponent("bob.argdown"), withIntermediateDirectories: true)
        // The gradebook's folder does not exist yet: grade makes it.
        let out = dir.appendingPathComponent("out/term1")
        let r = try CLI.run(["grade", "subs", "--key", "key.argdown", "--gradebook", "out/term1/grades.csv"], in: dir)
        #expect(r.status == 1)
        #expect(r.stderr.contains("[1/3] ann.argdown"))
        #expect(r.stderr.contains("[2/3] bob.argdown: not graded"))
        #expect(r.stderr.contains("[3/3] zoe.argdown"))
        let book = try String(contentsOf: out.appendingPathComponent("grades.csv"), encoding: .utf8)
        let rows = book.split(separator: "\n")
        #expect(rows.count == 4)
        #expect(rows[2].hasPrefix("bob,subs/bob.argdown,,"))
        #expect(rows[2].contains("not graded"))
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("ann.feedback.txt").path))
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("zoe.feedback.txt").path))
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("bob.feedback.txt").path))
    }

    @Test func aFolderNeedsAGradebook() throws {
        let dir = try Self.scratch("nobook")
        try Self.key.write(to: dir.appendingPathComponent("key.argdown"), atomically: true, encoding: .utf8)
        let r = try CLI.run(["grade", ".", "--key", "key.argdown"], in: dir)
        #expect(r.status != 0)
        #expect(r.stderr.contains("--gradebook"))
    }

    /// A bad rubric is refused with file:line:column; issue 21: `node: 1e308` printed a score of `-nan%`.
    @Test(arguments: [
        ("relation: 3\nnodes: 1\n", "rubric.yaml:2:1: nodes: unknown weight"),
        ("relation: 3\nnode: 1e308\n", "rubric.yaml:2:1: node: must be a number from 0 to 1000000"),
    ])
    func badRubricNamesFileLineAndColumn(_ rubric: String, _ message: String) throws {
        let dir = try Self.scratch("rubric")
        try Self.key.write(to: dir.appendingPathComponent("key.argdown"), atomically: true, encoding: .utf8)
        try rubric.write(to: dir.appendingPathComponent("rubric.yaml"), atomically: true, encoding: .utf8)
        let r = try CLI.run(["grade", "key.argdown", "--key", "key.argdown", "--rubric", "rubric.yaml"], in: dir)
        #expect(r.status == 1)
        #expect(r.stderr.contains(message), "\(r.stderr)")
        #expect(!r.stdout.contains("nan"))
    }

    @Test func sameSeedWritesTheSameExercise() throws {
        let dir = try Self.scratch("exercise")
        try Self.key.write(to: dir.appendingPathComponent("key.argdown"), atomically: true, encoding: .utf8)
        for folder in ["a", "b"] {
            let r = try CLI.run(["exercise", "key.argdown", "--kind", "scramble", "--seed", "42", "-o", folder], in: dir)
            #expect(r.status == 0)
        }
        for file in ["scramble-worksheet.md", "scramble-answers.md"] {
            let a = try Data(contentsOf: dir.appendingPathComponent("a/\(file)"))
            let b = try Data(contentsOf: dir.appendingPathComponent("b/\(file)"))
            #expect(a == b)
        }
    }

    @Test func classroomHelpTeaches() throws {
        for command in ["grade", "exercise", "reveal", "outline"] {
            let r = try CLI.run([command, "--help"])
            #expect(r.status == 0)
            #expect(r.stdout.contains("argmap \(command) "))
        }
    }
}

/// Commands that need the Argdown reader to see any structure.
@Suite struct ClassroomMapCommandTests {
    static let map = """
        [C]: Workers took power in October.
          + [P]: The Kornilov coup was defeated by workers.
            + [R]: Red Guards were organised.
          - [O]: It was a conspiracy.

        """

    @Test func revealWritesOneFramePerNode() throws {
        let dir = try ClassroomCommandTests.scratch("reveal")
        try Self.map.write(to: dir.appendingPathComponent("map.argdown"), atomically: true, encoding: .utf8)
        let r = try CLI.run(["reveal", "map.argdown", "-o", "slides"], in: dir)
        #expect(r.status == 0)
        let frames = try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("slides").path)
            .filter { $0.hasPrefix("frame-") }.sorted()
        #expect(frames.count == 4)
        #expect(frames.first?.hasPrefix("frame-001.") == true)
    }

    @Test func outlinePrintsReasonsAndObjections() throws {
        let r = try CLI.run(["outline", "-"], stdin: Self.map)
        #expect(r.status == 0)
        #expect(r.stdout.contains("""
            [C]: Workers took power in October.
              + [P]: The Kornilov coup was defeated by workers.
                + [R]: Red Guards were organised.
              - [O]: It was a conspiracy.
            """))
    }

    @Test func gradeJSONHasTheScore() throws {
        let dir = try ClassroomCommandTests.scratch("json")
        try Self.map.write(to: dir.appendingPathComponent("key.argdown"), atomically: true, encoding: .utf8)
        try "[C]: Workers took power in October.\n  + [P]: The Kornilov coup was defeated by workers.\n"
            .write(to: dir.appendingPathComponent("s.argdown"), atomically: true, encoding: .utf8)
        let r = try CLI.run(["grade", "s.argdown", "--key", "key.argdown", "--format", "json"], in: dir)
        #expect(r.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
        let score = json?["score"] as? [String: Any]
        // Key: 4 nodes, 3 relations → 4 + 6 + 3 = 13 possible; the student has 2 nodes, 1 relation, the conclusion:
        // 2 + 2 + 3 = 7.
        #expect(score?["possible"] as? Double == 13)
        #expect(score?["points"] as? Double == 7)
    }
}
