import Foundation
import Testing

/// `argmap render NOTES.md` and `argmap check NOTES.md`: maps drawn from ```argdown blocks, prose untouched,
/// problems reported at their line in the Markdown file.
@Suite struct MarkdownMapsCommandTests {
    static let prose = ["# Notes — «1917» 🚩\n\nSome *prose*,  two spaces\u{00A0}and a tab\there.\n\n", "\n\nBetween — the maps.\n\n", "\r\nThe end, without a final line break."]
    static let blocks = [
        "```argdown\n===\ntitle: Soviet power\n===\n[Soviet power]: All power to the soviets.\n  + [Dual power fails]: The war goes on.\n```",
        "~~~argdown-map\n# Was it a coup?\n\n[Coup]: October was a coup.\n  - [Mass support]: The soviets backed it.\n~~~",
    ]
    static var notes: String { prose[0] + blocks[0] + prose[1] + blocks[1] + prose[2] }

    @Test func markdownOutputKeepsTheProseAndLinksOneSVGPerBlock() throws {
        let path = try CLI.temporaryFile("NOTES.md", Self.notes)
        let out = URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent("out").path
        let result = try CLI.run(["render", path, "-o", out])
        #expect(result.status == 0, "\(result.stderr)")
        let written = try Data(contentsOf: URL(fileURLWithPath: out + "/NOTES.md"))
        let expected = Self.prose[0] + "![Soviet power](soviet-power.svg)" + Self.prose[1]
            + "![Was it a coup?](was-it-a-coup.svg)" + Self.prose[2]
        #expect(written == Data(expected.utf8), "the prose outside the blocks is byte-equal")
        let first = try String(contentsOfFile: out + "/soviet-power.svg", encoding: .utf8)
        let second = try String(contentsOfFile: out + "/was-it-a-coup.svg", encoding: .utf8)
        #expect(first.contains("<svg") && first.contains("Dual power fails") && !first.contains("Coup"))
        #expect(second.contains("<svg") && second.contains("Mass support") && !second.contains("Dual power"))
    }

    @Test func untitledBlocksAreNumbered() throws {
        let path = try CLI.temporaryFile("n.md", "A.\n\n```argdown\n[A]: Alpha.\n```\n\n```argdown\n[B]: Beta.\n```\n")
        let out = URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent("o").path
        let result = try CLI.run(["render", path, "-o", out])
        #expect(result.status == 0, "\(result.stderr)")
        let markdown = try String(contentsOfFile: out + "/n.md", encoding: .utf8)
        #expect(markdown == "A.\n\n![Argument map 1](map-1.svg)\n\n![Argument map 2](map-2.svg)\n")
        #expect(FileManager.default.fileExists(atPath: out + "/map-2.svg"))
    }

    @Test func htmlIsOnePageWithTheMapsInline() throws {
        let path = try CLI.temporaryFile("NOTES.md", Self.notes)
        let out = URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent("html").path
        let result = try CLI.run(["render", path, "-o", out, "--format", "html"])
        #expect(result.status == 0, "\(result.stderr)")
        let page = try String(contentsOfFile: out + "/NOTES.html", encoding: .utf8)
        #expect(page.hasPrefix("<!DOCTYPE html>"))
        #expect(page.components(separatedBy: "<svg").count == 3)
        #expect(page.contains("<em>prose</em>"))
        #expect(page.contains("<h1>Notes — «1917» 🚩</h1>"))
        #expect(!page.contains("```") && !page.contains("ARGMAPFIGURE") && !page.contains("<?xml"))
        #expect(page.range(of: "Dual power fails")?.lowerBound ?? page.endIndex < page.range(of: "Between — the maps.")?.lowerBound ?? page.startIndex)
        let files = try FileManager.default.contentsOfDirectory(atPath: out)
        #expect(files == ["NOTES.html"], "one self-contained file")
    }

    @Test func aBrokenBlockIsReportedAtItsLineInTheMarkdownFile() throws {
        let text = "Intro.\n\n```argdown\n[A]: Alpha.\n  + [B]: Beta.\n\n  - [C]: Gamma.\n```\n"
        let path = try CLI.temporaryFile("broken.md", text)
        let check = try CLI.run(["check", path])
        #expect(check.status == 1)
        #expect(check.stderr.contains("\(path):7:3: error:"), "\(check.stderr)")
        #expect(check.stderr.contains("[relation-after-empty-line]"))
        #expect(check.stderr.contains("7 |   - [C]: Gamma."))
        let out = URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent("out").path
        let render = try CLI.run(["render", path, "-o", out])
        #expect(render.status == 1)
        #expect(render.stderr.contains("\(path):7:3: error:"))
        #expect(!FileManager.default.fileExists(atPath: out + "/broken.md"), "nothing is written")
    }

    @Test func checkLintsEachBlockOnItsOwn() throws {
        let path = try CLI.temporaryFile("ok.md", Self.notes)
        let check = try CLI.run(["check", path])
        #expect(check.status == 0, "\(check.stderr)")
        // [Dual power fails] stands on Markdown line 10.
        #expect(check.stderr.contains("\(path):10:5: warning:"), "\(check.stderr)")
        #expect(check.stderr.contains("1 file checked: 0 errors"))
    }
}
