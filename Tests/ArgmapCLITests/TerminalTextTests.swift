import Foundation
import Testing

/// Issue 21: map text printed by check, outline, grade and the query commands cannot send escape sequences to the
/// terminal: control characters come out as Unicode control pictures.
@Suite struct TerminalTextTests {
    static let map = "[Red\u{1B}[31m]: Text \u{1B}]0;pwned\u{07} here.\n  + [P]: p \u{1B}[2J\n  - <Arg\u{9B}1m>\n\n[Red\u{1B}[31m]: Other.\n"

    static func hasControl(_ text: String) -> Bool {
        text.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n" && $0 != "\t") || (0x7F...0x9F).contains($0.value) }
    }

    @Test(arguments: [
        ["check", "map.argdown"], ["outline", "map.argdown"], ["grade", "map.argdown", "--key", "map.argdown"],
        ["supporters", "map.argdown", "Red\u{1B}[31m"], ["query", "map.argdown", "?x attacks ?y"],
        ["stats", "map.argdown"], ["evaluate", "map.argdown"],
    ])
    func controlCharactersAreShownNotSent(_ args: [String]) throws {
        let dir = try ClassroomCommandTests.scratch("terminal")
        try Self.map.write(to: dir.appendingPathComponent("map.argdown"), atomically: true, encoding: .utf8)
        let r = try CLI.run(args, in: dir)
        #expect(!Self.hasControl(r.stdout), "\(args) stdout: \(r.stdout.debugDescription)")
        #expect(!Self.hasControl(r.stderr), "\(args) stderr: \(r.stderr.debugDescription)")
        #expect((r.stdout + r.stderr).contains("\u{241B}["), "\(args)")
    }

    @Test func reportFilesAreEscapedToo() throws {
        let dir = try ClassroomCommandTests.scratch("terminal-file")
        try Self.map.write(to: dir.appendingPathComponent("map.argdown"), atomically: true, encoding: .utf8)
        let r = try CLI.run(["outline", "map.argdown", "-o", "outline.txt"], in: dir)
        #expect(r.status == 0)
        let text = try String(contentsOf: dir.appendingPathComponent("outline.txt"), encoding: .utf8)
        #expect(!Self.hasControl(text))
        #expect(text.contains("[Red\u{241B}[31m]"))
    }
}
