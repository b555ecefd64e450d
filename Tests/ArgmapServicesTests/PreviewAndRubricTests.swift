import ArgdownSyntax
import ArgmapServices
import ArgumentFormats
import Foundation
import Testing

/// The rubric file reader and the preview server's pieces, used by `argmap grade` and `argmap serve`.
@Suite struct RubricReaderTests {
    @Test func readsWeightsOverTheStandardRubric() throws {
        let rubric = try RubricReader.read("relation: 3\nextraRelationPenalty: 0\n", path: "r.yaml")
        #expect(rubric.relation == 3)
        #expect(rubric.extraRelationPenalty == 0)
        #expect(rubric.node == 1)
        #expect(try RubricReader.read("", path: "r.yaml").relation == 2)
    }

    @Test(arguments: [
        ("relation: 3\nnodes: 1\n", "r.yaml:2:1: nodes: unknown weight"),
        ("relation: 3\nnode: 1e308\n", "r.yaml:2:1: node: must be a number from 0 to 1000000"),
        ("relation: 3\nnode: many\n", "r.yaml:2:7: 'node' must be a number, like `node: 1.5`"),
        ("- relation\n", "r.yaml:1:1: a rubric is a list of `name: number` lines"),
        ("relation: [3\n", "r.yaml: not valid YAML ("),
    ])
    func namesFileLineAndColumn(_ text: String, _ message: String) {
        do {
            _ = try RubricReader.read(text, path: "r.yaml")
            Issue.record("accepted \(text)")
        } catch {
            #expect(error.description.hasPrefix(message), "\(error.description)")
        }
    }
}

@Suite struct PreviewPiecesTests {
    @Test func hostAllowListTakesOnlyThisMachineOnTheBoundPort() {
        let list = HostAllowList(boundAddress: "127.0.0.1", port: 8080)
        #expect(list.allows("localhost:8080"))
        #expect(list.allows("LOCALHOST"))
        #expect(list.allows("127.0.0.1:8080"))
        #expect(list.allows("[::1]:8080"))
        #expect(!list.allows("localhost:9090"))
        #expect(!list.allows("attacker.example:8080"))
        #expect(!list.allows("localhost:"))
    }

    @Test func fileWatcherSeesAChange() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("watch-\(UUID().uuidString).txt")
        defer { try? FileManager.default.removeItem(at: url) }
        try "one".write(to: url, atomically: true, encoding: .utf8)
        var watcher = FileWatcher(path: url.path)
        let unchanged = watcher.changed()
        #expect(!unchanged)
        try "one and two".write(to: url, atomically: true, encoding: .utf8)
        let changed = watcher.changed()
        let again = watcher.changed()
        #expect(changed && !again)
    }

    @Test func previewPageRebuildsAfterAChange() async throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("page-\(UUID().uuidString).txt")
        defer { try? FileManager.default.removeItem(at: url) }
        try "a".write(to: url, atomically: true, encoding: .utf8)
        let page = PreviewPage(watcher: FileWatcher(path: url.path), page: "first") { "page \($0)" }
        let first = await page.current()
        #expect(first.page == "first" && first.version == 1)
        try "a longer text".write(to: url, atomically: true, encoding: .utf8)
        let second = await page.current()
        #expect(second.page == "page 2" && second.version == 2)
    }
}

@Suite struct PreviewDocumentTests {
    static func page(_ text: String) -> LoadedInput {
        LoadedInput(path: "m.argdown", text: text, result: ArgdownReader.read(text, file: "m.argdown"))
    }

    @Test func drawsTheMapOrListsItsErrors() async {
        let good = await PreviewDocument.page(file: "m.argdown", theme: .textbook, version: 3) { Self.page("[A]: a.\n  - [B]: b.\n") }
        #expect(good.contains("<svg"))
        #expect(good.contains(PreviewDocument.versionPath))
        let bad = await PreviewDocument.page(file: "m.argdown", theme: .textbook, version: 1) { Self.page("===\nx: [\n===\n[A]: a.\n") }
        #expect(bad.contains("Cannot draw m.argdown"))
        struct Gone: Error, CustomStringConvertible { var description: String { "m.argdown: no such file" } }
        let missing = await PreviewDocument.page(file: "m.argdown", theme: .textbook, version: 1) { throw Gone() }
        #expect(missing.contains("no such file"))
    }

    @Test func answersThePageItsVersionAndNothingElse() async throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("doc-\(UUID().uuidString).txt")
        defer { try? FileManager.default.removeItem(at: url) }
        try "a".write(to: url, atomically: true, encoding: .utf8)
        let preview = PreviewPage(watcher: FileWatcher(path: url.path), page: "<html>one</html>") { _ in "<html>two</html>" }
        let index = await PreviewDocument.respond(to: "/", with: preview)
        #expect(index.status == 200 && String(decoding: index.body, as: UTF8.self) == "<html>one</html>")
        #expect(index.contentType.hasPrefix("text/html"))
        let version = await PreviewDocument.respond(to: PreviewDocument.versionPath, with: preview)
        #expect(String(decoding: version.body, as: UTF8.self) == "1")
        #expect(await PreviewDocument.respond(to: "/etc/passwd", with: preview).status == 404)
    }
}
