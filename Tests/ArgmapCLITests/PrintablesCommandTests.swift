import Foundation
import Testing

/// Printables: `exercise --format pdf`, `identify` without its text, `grade --report` and
/// `--gradebook-format`. PDFs are checked with poppler's pdfinfo and pdftotext (scripts/setup.sh installs
/// poppler-utils), not with argmap's own code.
@Suite struct PrintablesCommandTests {
    /// A chain whose nodes are written bottom-up: node order is the reverse of reading order, so numbering by node
    /// order would put blank 1 at the bottom.
    static let chain = """
        ===
        title: Chain
        ===

        [E]: Fifth claim at the bottom of the chain.
          +> [D]: Fourth claim, one step up.
            +> [C2]: Third claim in the middle.
              +> [B]: Second claim, below the top.
                +> [A]: First claim, the main conclusion.

        [F]: An objection to the middle claim.
          -> [C2]
        """

    static let key = """
        ===
        title: October
        ===

        [C]: Workers took power in October.
          + [P]: The Kornilov coup was defeated by workers.
          - [O]: The insurrection was a military conspiracy.
        """

    static func scratch() throws -> URL {
        try ScratchFolders.make("argmap-print")
    }

    /// pdfinfo's output for every page of `path`; nil (and a recorded issue) when poppler is missing.
    static func info(_ path: URL) throws -> String? {
        let info = try CLI.tool("pdfinfo", ["-f", "1", "-l", "99", path.path]).stdout
        if info.isEmpty { Issue.record("pdfinfo is missing: run scripts/setup.sh (package poppler-utils)") }
        return info.isEmpty ? nil : info
    }

    /// The PDF's text with runs of white space made single spaces.
    static func text(_ path: URL) throws -> String {
        let raw = try CLI.tool("pdftotext", [path.path, "-"]).stdout
        return raw.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// The number after `Pages:` in pdfinfo's output.
    static func pageCount(_ info: String) -> Int? {
        info.split(separator: "\n").first { $0.hasPrefix("Pages:") }.flatMap { Int($0.split(separator: " ").last ?? "") }
    }

    @Test func blanksWorksheetPDFHasInstructionsWordBankMapAndLegendOnLetterPages() throws {
        let dir = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Self.chain.write(to: dir.appendingPathComponent("key.argdown"), atomically: true, encoding: .utf8)
        let r = try CLI.run(["exercise", "key.argdown", "--kind", "blanks", "--seed", "3", "--format", "pdf", "--paper", "letter-portrait", "-o", "out"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        let sheet = dir.appendingPathComponent("out/blanks-worksheet.pdf")
        guard let info = try Self.info(sheet) else { return }
        // A text page on US Letter upright, and the map's page on US Letter either way round (the way its text
        // prints bigger).
        #expect(Self.pageCount(info) == 2, "\(info)")
        #expect(info.contains("Page    1 size:  612 x 792 pts"), "\(info)")
        #expect(info.contains("Page    2 size:  612 x 792 pts") || info.contains("Page    2 size:  792 x 612 pts"), "\(info)")
        let text = try Self.text(sheet)
        #expect(text.contains("Fill in the blanks: Chain"))
        #expect(text.contains("Each numbered blank stands for one claim of the map."))
        #expect(text.contains("Word bank"))
        #expect(text.contains("Legend"))
        // 6 texted claims: 2 blanks, numbered on the map; their texts are in the word bank, not on the map.
        let markdown = try String(contentsOf: dir.appendingPathComponent("out/blanks-worksheet.md"), encoding: .utf8)
        let bank = markdown.components(separatedBy: "## Word bank\n").last ?? ""
        let entries = bank.split(separator: "\n").filter { $0.hasPrefix("- **") }.map { $0.split(separator: " ", maxSplits: 2).last.map(String.init) ?? "" }
        #expect(entries.count == 2)
        for entry in entries { #expect(text.components(separatedBy: entry).count == 2, "\(entry) should be printed once, in the bank") }
        #expect(text.contains("(1)") && text.contains("(2)"))
        #expect(!text.contains("(3)"))
        // On the map page (pdftotext -bbox: y grows downwards), blank 1 comes first in reading order.
        let boxes = try CLI.tool("pdftotext", ["-bbox", "-f", "2", "-l", "2", sheet.path, "-"]).stdout
        let one = try #require(Self.wordBox("(1)", in: boxes)), two = try #require(Self.wordBox("(2)", in: boxes))
        #expect(one.y < two.y - 5 || (abs(one.y - two.y) <= 5 && one.x < two.x), "\(one) vs \(two)")
        let answers = dir.appendingPathComponent("out/blanks-answers.pdf")
        guard let answerInfo = try Self.info(answers) else { return }
        #expect((Self.pageCount(answerInfo) ?? 0) >= 2)
        #expect(try Self.text(answers).contains("Answer key"))
    }

    /// The top left corner of the word `word` in `pdftotext -bbox` output.
    static func wordBox(_ word: String, in html: String) -> (x: Double, y: Double)? {
        guard let end = html.range(of: ">\(word)</word>") else { return nil }
        let tag = html[..<end.lowerBound].suffix(200)
        func value(_ name: String) -> Double? {
            guard let r = tag.range(of: "\(name)=\"", options: .backwards) else { return nil }
            return Double(tag[r.upperBound...].prefix { $0 != "\"" })
        }
        guard let x = value("xMin"), let y = value("yMin") else { return nil }
        return (x, y)
    }

    /// The `x`, `y` of the text element reading exactly `label` in an SVG.
    static func position(of label: String, in svg: String) -> (x: Double, y: Double)? {
        guard let end = svg.range(of: ">\(label)</text>") else { return nil }
        let before = svg[..<end.lowerBound]
        guard let start = before.range(of: "<text", options: .backwards) else { return nil }
        let tag = before[start.upperBound...]
        func value(_ name: String) -> Double? {
            guard let r = tag.range(of: " \(name)=\"") else { return nil }
            return Double(tag[r.upperBound...].prefix { $0 != "\"" })
        }
        guard let x = value("x"), let y = value("y") else { return nil }
        return (x, y)
    }

    @Test func blanksAreNumberedInReadingOrderOfThePicture() throws {
        let dir = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Self.chain.write(to: dir.appendingPathComponent("key.argdown"), atomically: true, encoding: .utf8)
        var checked = 0
        for seed in 1...6 {
            let r = try CLI.run(["exercise", "key.argdown", "--kind", "blanks", "--seed", "\(seed)", "-o", "s\(seed)"], in: dir)
            #expect(r.status == 0, "\(r.stderr)")
            let svg = try String(contentsOf: dir.appendingPathComponent("s\(seed)/blanks-worksheet.svg"), encoding: .utf8)
            let one = try #require(Self.position(of: "Blank 1", in: svg))
            let two = try #require(Self.position(of: "Blank 2", in: svg))
            // SVG y grows downwards: blank 1 is higher, or in the same row and further left.
            #expect(one.y < two.y - 5 || (abs(one.y - two.y) <= 5 && one.x < two.x), "seed \(seed): \(one) vs \(two)")
            checked += 1
        }
        #expect(checked == 6)
    }

    @Test func identifyRefusesToRunWithoutThePassageAndSaysWhatToType() throws {
        let dir = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let quoted = """
            [C]: Workers took power. {quote: "the workers took power"}
              + [P]: Coup defeated. {quote: "the coup was defeated"}
            """
        try quoted.write(to: dir.appendingPathComponent("key.argdown"), atomically: true, encoding: .utf8)
        let refused = try CLI.run(["exercise", "key.argdown", "--kind", "identify", "-o", "out"], in: dir)
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("--source essay.txt"), "\(refused.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("out/identify-worksheet.md").path))
        try "First the coup was defeated; then the workers took power.".write(
            to: dir.appendingPathComponent("essay.txt"), atomically: true, encoding: .utf8)
        let r = try CLI.run(["exercise", "key.argdown", "--kind", "identify", "--source", "essay.txt", "--format", "pdf", "-o", "out"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        let sheet = dir.appendingPathComponent("out/identify-worksheet.pdf")
        guard let info = try Self.info(sheet) else { return }
        #expect(Self.pageCount(info) == 1)
        #expect(info.contains("Page    1 size:  595 x 842 pts"))
        let text = try Self.text(sheet)
        // Passages in the text's order: the coup first.
        let first = try #require(text.range(of: "Passage 1 “the coup was defeated”"), "\(text)")
        let second = try #require(text.range(of: "Passage 2 “the workers took power”"), "\(text)")
        #expect(first.lowerBound < second.lowerBound)
        #expect(text.contains("main conclusion"))
    }

    /// A folder with key.argdown and subs/ holding ann.argdown (the key itself) and, with `bob`, bob.argdown
    /// (the reason drawn as an objection).
    static func classFolder(bob: Bool) throws -> URL {
        let dir = try scratch()
        try key.write(to: dir.appendingPathComponent("key.argdown"), atomically: true, encoding: .utf8)
        let subs = dir.appendingPathComponent("subs")
        try FileManager.default.createDirectory(at: subs, withIntermediateDirectories: true)
        try key.write(to: subs.appendingPathComponent("ann.argdown"), atomically: true, encoding: .utf8)
        if bob {
            try "[C]: Workers took power in October.\n  - [P]: The Kornilov coup was defeated by workers.\n"
                .write(to: subs.appendingPathComponent("bob.argdown"), atomically: true, encoding: .utf8)
        }
        return dir
    }

    @Test func gradeReportIsOnePagePerStudentWithScoreMapAndFeedback() throws {
        let dir = try Self.classFolder(bob: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let single = try CLI.run(["grade", "subs/bob.argdown", "--key", "key.argdown", "--report", "one"], in: dir)
        #expect(single.status == 0, "\(single.stderr)")
        let score = try #require(single.stdout.split(separator: "\n").first?.split(separator: " ").dropFirst().first)   // "NN.N%"
        let bob = dir.appendingPathComponent("one/bob.pdf")
        guard let info = try Self.info(bob) else { return }
        #expect(Self.pageCount(info) == 1)
        #expect(info.contains("Page    1 size:  595 x 842 pts"))
        let text = try Self.text(bob)
        #expect(text.contains("bob — \(score)"), "\(text)")
        #expect(text.contains("Feedback:"))
        #expect(text.contains("Workers took power in October."))          // the diff map's boxes
        let feedback = single.stdout.components(separatedBy: "Feedback:\n").last?.split(separator: "\n") ?? []
        #expect(!feedback.isEmpty)
        for line in feedback {
            let words = line.dropFirst(2).split(separator: " ").prefix(4).joined(separator: " ")
            #expect(text.contains(words), "feedback '\(words)' not printed")
        }
        // A class: one page per student, letter size.
        let r = try CLI.run(["grade", "subs", "--key", "key.argdown", "--gradebook", "g.csv", "--report", "reports", "--paper", "letter-portrait"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        for name in ["ann", "bob"] {
            let page = dir.appendingPathComponent("reports/\(name).pdf")
            guard let info = try Self.info(page) else { return }
            #expect(Self.pageCount(info) == 1 && info.contains("612 x 792 pts"))
            #expect(try Self.text(page).contains("\(name) — "))
        }
        #expect(try Self.text(dir.appendingPathComponent("reports/ann.pdf")).contains("Nothing to fix"))
    }

    @Test func gradebookFormatsWriteThePlatformsColumns() throws {
        let dir = try Self.classFolder(bob: false)
        defer { try? FileManager.default.removeItem(at: dir) }
        let moodle = try CLI.run(["grade", "subs", "--key", "key.argdown", "--gradebook", "m.csv", "--gradebook-format", "moodle"], in: dir)
        #expect(moodle.status == 0, "\(moodle.stderr)")
        let m = try String(contentsOf: dir.appendingPathComponent("m.csv"), encoding: .utf8).split(separator: "\n")
        #expect(m == ["Username,Assignment: October,Feedback: October", "ann,100.00,Nothing to fix: your map matches the key."])
        let canvas = try CLI.run(["grade", "subs", "--key", "key.argdown", "--gradebook", "c.csv", "--gradebook-format", "canvas"], in: dir)
        #expect(canvas.status == 0, "\(canvas.stderr)")
        let c = try String(contentsOf: dir.appendingPathComponent("c.csv"), encoding: .utf8).split(separator: "\n")
        #expect(c == ["Student,ID,SIS User ID,SIS Login ID,Section,October", "Points Possible,,,,,100", "ann,,,ann,,100.00"])
        let alone = try CLI.run(["grade", "subs/ann.argdown", "--key", "key.argdown", "--gradebook-format", "canvas"], in: dir)
        #expect(alone.status != 0)
        #expect(alone.stderr.contains("--gradebook grades.csv"))
    }
}
