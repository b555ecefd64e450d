import ArgdownSyntax
import ArgmapServices
import ArgumentAnalysis
import ArgumentFormats
import ArgumentModel
import Foundation
import Testing

/// The commands' reports and runs as library calls (what `argmap objections`, `path`, `supporters`, `grade` print
/// and read), on a map small enough to check by hand: B attacks A, C attacks B, D supports A.
@Suite struct CommandReportsTests {
    static let graph = ArgdownReader.read("[A]: a.\n  - [B]: b.\n    - [C]: c.\n  + [D]: d.\n", file: "t.argdown").graph

    static func node(_ title: String) throws -> NodeID {
        try TitleResolver(graph, matching: .exact).resolve(title)
    }

    @Test func objectionsListRebuttalsAndEncodeTheCommandsJSON() throws {
        let report = ObjectionsReport(try Self.node("A"), in: Self.graph)
        #expect(report.text == "Objections to [A]:\n  [B] (attack)\n      rebutted by [C] (attack)\n")
        let json = try ReportText.json(report)
        #expect(json.hasSuffix("}\n"))
        #expect(!json.contains("\"text\""))   // the text is not part of the document
        let decoded = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        #expect(Set(decoded?.keys ?? [:].keys) == ["objections", "target"])
        #expect(ObjectionsReport(try Self.node("C"), in: Self.graph).text == "No objections to [C].\n")
    }

    @Test func pathAndSupportersSayWhatTheCommandsSay() throws {
        let path = PathReport(
            from: try Self.node("C"), to: try Self.node("A"), in: Self.graph, direction: .forward, limit: 10, premiseLinks: true)
        #expect(path.text == "Shortest chain from [C] to [A] (2 steps):\n  1. [C] -attack-> [B] -attack-> [A]\n")
        #expect(path.length == 2)
        let none = PathReport(
            from: try Self.node("A"), to: try Self.node("C"), in: Self.graph, direction: .forward, limit: 10, premiseLinks: true)
        #expect(none.length == nil)
        #expect(none.text == "No chain from [A] to [C] following relation directions; try --undirected.\n")
        let supporters = SupportersReport(try Self.node("A"), in: Self.graph, transitive: false, premiseSupports: true)
        #expect(supporters.text == "Supporters of [A]:\nsupporter  relation\n-------------------\n[D]        support\n")
    }

    @Test func tablesPadColumnsAndTrimTrailingBlanks() {
        #expect(ReportText.table(["a", "bb"], [["xxx", ""], ["y", "z"]]) == "a    bb\n-------\nxxx\ny    z\n")
    }

    @Test func classGradingListsSubmissionsWithoutTheKey() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("class-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in ["bob.argdown", "key.argdown", "alice.argdown", "notes.txt"] {
            try "[A]: a.\n".write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let files = try ClassGrading.submissions(in: folder.path, excluding: [folder.appendingPathComponent("key.argdown").path])
        #expect(files.map { URL(fileURLWithPath: $0).lastPathComponent } == ["alice.argdown", "bob.argdown"])
        #expect(ClassGrading.studentName(of: files[0]) == "alice")
        let empty = folder.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        #expect(throws: InputError.self) { try ClassGrading.submissions(in: empty.path, excluding: []) }
    }

    @Test func classGradingMarksBrokenSubmissionsNotGraded() async throws {
        let key = ArgdownReader.read("[A]: a.\n  + [B]: b.\n", file: "key.argdown").graph
        let grading = ClassGrading(keys: [(name: "key.argdown", graph: key)], rubric: .standard, threshold: 0.4)
        var lines: [String] = []
        var graded: [String] = []
        let run = await grading.grade(["good.argdown", "bad.argdown"], load: { path in
            if path == "bad.argdown" { throw InputError(description: "bad.argdown: no such file") }
            return LoadedInput(path: path, text: nil, result: ReadResult(graph: key))
        }, progress: { lines.append($0) }, graded: { report, _ in graded.append(report.student) })
        #expect(run.failures == 1)
        #expect(graded == ["good"])
        #expect(lines == ["[1/2] good.argdown: 100.0%", "[2/2] bad.argdown: not graded: bad.argdown: no such file"])
    }
}
