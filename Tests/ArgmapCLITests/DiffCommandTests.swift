import Foundation
import Testing

/// `argmap diff` end to end (issue 17): exit statuses, JSON shape, the picture, and a real `git difftool` run with
/// the configuration README.md shows.
@Suite struct DiffCommandTests {
    static let fixtures = CLI.repositoryRoot.appendingPathComponent("Tests/fixtures/grading")
    static func fixture(_ name: String) -> String { fixtures.appendingPathComponent(name).path }

    @Test func exitStatusSaysWhetherTheStructureChanged() throws {
        // Renamed titles only: the same structure.
        let same = try CLI.run(["diff", Self.fixture("key.argdown"), Self.fixture("renamed.argdown")])
        #expect(same.status == 0, "\(same.stderr)")
        #expect(same.stdout.contains("same structure"))
        #expect(same.stdout.contains("Nodes: 0 matched, 9 reworded, 0 added, 0 removed"))
        // One relation flipped: differs, and it is a changed relation (direction), not one removed and one added.
        let flipped = try CLI.run(["diff", Self.fixture("key.argdown"), Self.fixture("flipped.argdown")])
        #expect(flipped.status == 1)
        #expect(flipped.stdout.contains("  ~ [False opinion] support [Silencing is an evil] → [Silencing is an evil] support [False opinion] (direction)"))
        // A missing file, and a map with errors: 2.
        #expect(try CLI.run(["diff", Self.fixture("key.argdown"), "/nonexistent/map.argdown"]).status == 2)
        let broken = try CLI.temporaryFile("broken.argdown", "===\ntitle: [unclosed\n===\n[A]: x\n")
        #expect(try CLI.run(["diff", broken, Self.fixture("key.argdown")]).status == 2)
    }

    @Test func jsonHasTheListsTheIssueNames() throws {
        let r = try CLI.run(["diff", Self.fixture("key.argdown"), Self.fixture("simplified.argdown"), "--format", "json"])
        #expect(r.status == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let nodes = try #require(json["nodes"] as? [String: Any])
        let relations = try #require(json["relations"] as? [String: Any])
        let agreement = try #require(json["agreement"] as? [String: Double])
        #expect(Set(nodes.keys) == ["matched", "added", "removed", "reworded"])
        #expect(Set(["added", "removed", "changed"]).isSubset(of: Set(relations.keys)))
        #expect(Set(agreement.keys) == ["precision", "recall", "f1", "kappa"])
        // The simplified map lacks <Authority objection> and [Silencing is permitted].
        let removed = (nodes["removed"] as? [[String: Any]])?.compactMap { $0["title"] as? String }
        #expect(removed == ["Authority objection", "Silencing is permitted"])
        // In the key, [Silencing is permitted] (the objection's conclusion) is attacked through its argument's premise
        // [Like any act] (OUT: [Condition of action] attacks it), so the main conclusion is IN; the simplified map
        // attacks it directly with [Judgment is for use], which nothing attacks: OUT.
        let labels = json["labels"] as? [[String: String]]
        #expect(labels == [["claim": "[Silencing is an evil]", "old": "IN", "new": "OUT"]])
    }

    @Test func svgDrawsTheUnionWithChangesMarked() throws {
        let dir = try ClassroomCommandTests.scratch("diff-svg")
        let r = try CLI.run(["diff", Self.fixture("key.argdown"), Self.fixture("simplified.argdown"), "--format", "svg", "-o", "changes.svg"], in: dir)
        #expect(r.status == 1)
        // Graphviz writes `-` in attribute values as `&#45;`; a browser reads them as the same class names.
        let svg = try String(contentsOf: dir.appendingPathComponent("changes.svg"), encoding: .utf8)
            .replacingOccurrences(of: "&#45;", with: "-")
        #expect(svg.contains("<style>.diff-removed"))
        #expect(svg.contains("diff-removed"))
        #expect(svg.contains("diff-added"))
        #expect(svg.contains("(removed)"))
        #expect(svg.contains("Changes from the old version: thick = added or changed"))
        let html = try CLI.run(["diff", Self.fixture("key.argdown"), Self.fixture("flipped.argdown"), "--format", "html"])
        #expect(html.stdout.hasPrefix("<!DOCTYPE html>") || html.stdout.contains("<html"))
        #expect(html.stdout.contains("changed: was the other way round"))
    }

    @Test func worksAsAGitDifftool() throws {
        guard (try? CLI.tool("git", ["--version"]))?.status == 0 else { return }
        let repo = try ClassroomCommandTests.scratch("difftool")
        func git(_ args: [String]) throws -> CLIResult {
            try CLI.tool("git", ["-C", repo.path] + args)
        }
        _ = try git(["init", "-q"])
        _ = try git(["config", "user.email", "t@example.org"])
        _ = try git(["config", "user.name", "Teacher"])
        // The configuration README.md shows, with the built argmap's full path.
        let argmap = CLI.productsDirectory.appendingPathComponent("argmap").path
        _ = try git(["config", "difftool.argmap.cmd", "'\(argmap)' diff \"$LOCAL\" \"$REMOTE\""])
        try FileManager.default.copyItem(atPath: Self.fixture("key.argdown"), toPath: repo.appendingPathComponent("map.argdown").path)
        _ = try git(["add", "map.argdown"])
        _ = try git(["commit", "-qm", "key"])
        try FileManager.default.removeItem(at: repo.appendingPathComponent("map.argdown"))
        try FileManager.default.copyItem(atPath: Self.fixture("flipped.argdown"), toPath: repo.appendingPathComponent("map.argdown").path)
        try FileManager.default.copyItem(atPath: Self.fixture("half.argdown"), toPath: repo.appendingPathComponent("new.argdown").path)
        _ = try git(["add", "-A"])
        _ = try git(["commit", "-qm", "flip one, add one"])
        let r = try git(["difftool", "--no-prompt", "--tool=argmap", "HEAD~1", "HEAD", "--", "*.argdown"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("(direction)"))
        // The added file arrives as /dev/null on the old side: every node added.
        #expect(r.stdout.contains("Nodes: 0 matched, 0 reworded, 4 added, 0 removed"))
        #expect(!r.stderr.contains("error"))
    }

    @Test func gradeWithSeveralKeysKeepsTheBestMatch() throws {
        let r = try CLI.run(["grade", Self.fixture("simplified.argdown"), "--key", Self.fixture("key.argdown"), "--key", Self.fixture("key-direct.argdown")])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("simplified: 100.0%"))
        #expect(r.stdout.contains("against \(Self.fixture("key-direct.argdown"))"))
    }
}
