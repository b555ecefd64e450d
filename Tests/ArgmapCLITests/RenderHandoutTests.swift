import Foundation
import Testing

/// `argmap render --page`: handouts, one readable page per part of the map.
@Suite struct RenderHandoutTests {
    static let map = """
        ===
        title: Handout test
        ===

        [Thesis]: The thesis.

        # Reasons

        [Reason]: A reason.
          +> [Thesis]
          + [Evidence]: Some evidence.

        # Objections

        [Objection]: An objection.
          -> [Reason]
        """

    func folder() throws -> URL {
        let url = try ScratchFolders.make("argmap-handout")
        try Data(Self.map.utf8).write(to: url.appendingPathComponent("map.argdown"))
        return url
    }

    /// The `width` and `height` in points on an SVG's root element.
    func svgSize(_ url: URL) throws -> (Double, Double) {
        let text = String(decoding: try Data(contentsOf: url).prefix(2048), as: UTF8.self)
        let tag = try #require(text.range(of: "<svg").map { text[$0.upperBound...].prefix { $0 != ">" } })
        func value(_ name: String) throws -> Double {
            let start = try #require(tag.range(of: " \(name)=\""))
            return try #require(Double(tag[start.upperBound...].prefix { $0.isNumber || $0 == "." }))
        }
        return (try value("width"), try value("height"))
    }

    @Test func svgHandoutWritesAFilePerPageEachFittingThePaper() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try CLI.run(["render", "map.argdown", "--page", "a4", "-o", "handout.svg"], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        // Overview, Reasons, Objections.
        for n in 1...3 {
            let (width, height) = try svgSize(dir.appendingPathComponent("handout-\(n).svg"))
            #expect(width <= 842 && height <= 595, "page \(n): \(width) x \(height)")
        }
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("handout-4.svg").path))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("handout.svg").path))
        #expect(result.stderr.contains("page 1: Overview"))
        #expect(result.stderr.contains("page 2: Reasons — 2 nodes, text 14.0 pt"))   // small parts are enlarged to 14 pt
        #expect(result.stderr.contains("page 3: Objections — 1 nodes"))
        #expect(result.stderr.contains("3 A4 landscape pages"))
        let overview = String(decoding: try Data(contentsOf: dir.appendingPathComponent("handout-1.svg")), as: UTF8.self)
        #expect(overview.contains("→ page 2") && overview.contains("→ page 3"))
    }

    @Test func portraitPaperGivesUprightPages() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try CLI.run(["render", "map.argdown", "--page", "letter-portrait", "--group", "Reasons", "-o", "r.svg"], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        // One part selected: one page, written under the name given.
        let (width, height) = try svgSize(dir.appendingPathComponent("r.svg"))
        #expect(width <= 612 && height <= 792)
        #expect(result.stderr.contains("1 Letter portrait page)"))
        let svg = String(decoding: try Data(contentsOf: dir.appendingPathComponent("r.svg")), as: UTF8.self)
        #expect(svg.contains(">Handout test</text>"))            // the map's title, once
        #expect(!svg.contains("Handout test — "))
    }

    @Test func pdfHandoutIsOneFileWithEveryPage() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try CLI.run(["render", "map.argdown", "--page", "a4", "-o", "handout.pdf"], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        let path = dir.appendingPathComponent("handout.pdf").path
        let pdf = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(String(decoding: pdf.prefix(5), as: UTF8.self) == "%PDF-")
        // Checked by poppler's pdfinfo and pdftotext (installed by scripts/setup.sh), not by argmap's own reader.
        let info = try CLI.tool("pdfinfo", ["-f", "1", "-l", "3", path]).stdout
        guard !info.isEmpty else {
            Issue.record("pdfinfo is missing: run scripts/setup.sh (package poppler-utils)")
            return
        }
        #expect(info.contains("Pages:           3"))
        for n in 1...3 { #expect(info.contains("Page    \(n) size:  842 x 595 pts")) }
        let text = try CLI.tool("pdftotext", [path, "-"]).stdout
        for caption in ["Overview (1/3)", "Reasons (2/3)", "Objections (3/3)", "Some evidence."] {
            #expect(text.contains(caption), "\(caption) not in the PDF's text")
        }
    }

    @Test func badRequestsAreRefusedAndWriteNothing() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let paper = try CLI.run(["render", "map.argdown", "--page", "a5", "-o", "x.pdf"], in: dir)
        #expect(paper.status != 0)
        #expect(paper.stderr.contains("unknown paper 'a5'; use a4, a3, letter or legal"))
        let dot = try CLI.run(["render", "map.argdown", "--page", "a4", "-o", "x.dot"], in: dir)
        #expect(dot.status == 1)
        #expect(dot.stderr.contains("--page prints pages"))
        let stdout = try CLI.run(["render", "map.argdown", "--page", "a4", "--format", "svg", "-o", "-"], in: dir)
        #expect(stdout.status == 1)
        #expect(stdout.stderr.contains("3 pages need a file each"))
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path)
        #expect(files == ["map.argdown"])
    }
}
