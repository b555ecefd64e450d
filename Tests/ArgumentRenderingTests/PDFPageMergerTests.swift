import ArgumentModel
import Foundation
import Testing
@testable import ArgumentRendering

/// Merges real cairo PDFs rendered through Graphviz and checks the result with independent readers: `qpdf --check`
/// for structure, `pdfinfo` for page count and sizes, `pdftotext` for the text of every input.
@Suite struct PDFPageMergerTests {
    /// The path of `name` in the usual binary folders, nil when it is not installed.
    static func tool(_ name: String) -> String? {
        ["/usr/bin", "/usr/local/bin", "/opt/homebrew/bin"].map { "\($0)/\(name)" }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    static let toolsInstalled = ["qpdf", "pdfinfo", "pdftotext"].allSatisfy { tool($0) != nil }
    static let toolsMissing = "qpdf and poppler-utils (pdfinfo, pdftotext) are not installed: run scripts/setup.sh"

    /// Runs `tool` with `arguments`; its exit status and standard output.
    static func run(_ name: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(tool(name)))
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }

    /// What the independent readers say about `pdf`: qpdf's verdict, the page sizes and the text.
    struct Report {
        var qpdfStatus: Int32
        var qpdfOutput: String
        var pageSizes: [PDFPageSize]
        var text: String
    }

    static func inspect(_ pdf: Data) throws -> Report {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("argmap-merge-\(UUID().uuidString).pdf")
        try pdf.write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let check = try run("qpdf", ["--check", url.path])
        let pages = try run("pdfinfo", [url.path]).output
            .split(separator: "\n").first { $0.hasPrefix("Pages:") }
            .flatMap { Int($0.dropFirst("Pages:".count).trimmingCharacters(in: .whitespaces)) } ?? 0
        var sizes: [PDFPageSize] = []
        if pages > 0 {
            let info = try run("pdfinfo", ["-f", "1", "-l", String(pages), url.path]).output
            for line in info.split(separator: "\n") where line.hasPrefix("Page") && line.contains(" size: ") {
                // "Page    2 size: 842 x 595 pts (A4)"
                let fields = line.split(separator: " ")
                guard let colon = fields.firstIndex(of: "size:"), colon + 3 < fields.count,
                      let width = Double(fields[colon + 1]), let height = Double(fields[colon + 3]) else { continue }
                sizes.append(PDFPageSize(width: width, height: height))
            }
        }
        let text = try run("pdftotext", ["-layout", url.path, "-"]).output
        return Report(qpdfStatus: check.status, qpdfOutput: check.output, pageSizes: sizes, text: text)
    }

    /// A cairo PDF of `graph` with `caption` drawn above it.
    static func render(_ graph: ArgumentGraph, caption: String) async throws -> Data {
        var options = RenderOptions()
        options.caption = caption
        return try await MapRenderer.render(graph, options: options, format: .pdf).data
    }

    /// The `/MediaBox` numbers of the single page of a cairo PDF, read from its (uncompressed) page dictionary.
    static func mediaBox(_ pdf: Data) throws -> [Double] {
        let text = String(decoding: pdf, as: UTF8.self)
        let start = try #require(text.range(of: "/MediaBox [")).upperBound
        let end = try #require(text[start...].firstIndex(of: "]"))
        return text[start..<end].split(separator: " ").compactMap { Double($0) }
    }

    /// The operands of every `q a b c d e f cm` line in `pdf` (the merger's uncompressed placement streams).
    static func placements(_ pdf: Data) -> [[Double]] {
        String(decoding: pdf, as: UTF8.self).split(separator: "\n")
            .filter { $0.hasPrefix("q ") && $0.hasSuffix(" cm") }
            .map { $0.split(separator: " ").dropFirst().dropLast().compactMap { Double($0) } }
    }

    @Test(.enabled(if: toolsInstalled, Comment(rawValue: toolsMissing)))
    func twoDocumentsKeepTheirPagesAndSizes() async throws {
        let a = try await Self.render(SampleMaps.october, caption: "Handout Alpha")
        let b = try await Self.render(SampleMaps.nestedGroups, caption: "Handout Bravo")
        let merged = try PDFPageMerger.merge([a, b], pageSize: nil)
        let report = try Self.inspect(merged)
        #expect(report.qpdfStatus == 0, "qpdf --check: \(report.qpdfOutput)")
        let boxes = try [Self.mediaBox(a), Self.mediaBox(b)]
        #expect(report.pageSizes == boxes.map { PDFPageSize(width: $0[2] - $0[0], height: $0[3] - $0[1]) })
        #expect(report.text.contains("Handout Alpha"))
        #expect(report.text.contains("Handout Bravo"))
        #expect(report.text.contains("Soviet power"))
        #expect(Self.placements(merged).isEmpty)
    }

    @Test(.enabled(if: toolsInstalled, Comment(rawValue: toolsMissing)))
    func threeDocumentsOnA4LandscapeAreFittedAndCentred() async throws {
        let inputs = [
            try await Self.render(SampleMaps.october, caption: "Handout Alpha"),
            try await Self.render(SampleMaps.nestedGroups, caption: "Handout Bravo"),
            try await Self.render(SampleMaps.nasty, caption: "Handout Charlie"),
        ]
        let merged = try PDFPageMerger.merge(inputs, pageSize: .a4Landscape)
        let report = try Self.inspect(merged)
        #expect(report.qpdfStatus == 0, "qpdf --check: \(report.qpdfOutput)")
        #expect(report.pageSizes == Array(repeating: PDFPageSize(width: 842, height: 595), count: 3))
        for title in ["Handout Alpha", "Handout Bravo", "Handout Charlie"] {
            #expect(report.text.contains(title), "\(title) missing from the merged text")
        }
        // Each page's placement maps its MediaBox into the A4 page, centred: worked out from the box here.
        let placements = Self.placements(merged)
        #expect(placements.count == 3)
        for (input, placement) in zip(inputs, placements) {
            let box = try Self.mediaBox(input)
            let (width, height) = (box[2] - box[0], box[3] - box[1])
            let scale = min(1, 842 / width, 595 / height)
            #expect(placement.count == 6)
            #expect(abs(placement[0] - scale) < 1e-4 && abs(placement[3] - scale) < 1e-4)
            #expect(placement[1] == 0 && placement[2] == 0)
            // Centred: equal margins left and right, top and bottom.
            let left = placement[4] + scale * box[0], bottom = placement[5] + scale * box[1]
            #expect(abs(left - (842 - scale * width - left)) < 1e-3)
            #expect(abs(bottom - (595 - scale * height - bottom)) < 1e-3)
        }
    }

    @Test(.enabled(if: toolsInstalled, Comment(rawValue: toolsMissing)))
    func aPageLargerThanTheTargetIsScaledDown() async throws {
        let input = try await Self.render(SampleMaps.october, caption: "Handout Alpha")
        let box = try Self.mediaBox(input)
        // A target a quarter of the map's width and height: the page must shrink to exactly a quarter.
        let target = PDFPageSize(width: (box[2] - box[0]) / 4, height: (box[3] - box[1]) / 2)
        let merged = try PDFPageMerger.merge([input, input], pageSize: target)
        let report = try Self.inspect(merged)
        #expect(report.qpdfStatus == 0, "qpdf --check: \(report.qpdfOutput)")
        #expect(report.pageSizes.count == 2)
        for size in report.pageSizes {
            #expect(abs(size.width - target.width) < 0.01 && abs(size.height - target.height) < 0.01)
        }
        let placement = try #require(Self.placements(merged).first)
        #expect(abs(placement[0] - 0.25) < 1e-4 && abs(placement[3] - 0.25) < 1e-4)
        // Width fills the page; height (half the map's at a quarter scale) leaves a quarter of the map's height free.
        #expect(abs(placement[4] + 0.25 * box[0]) < 1e-3)
        #expect(abs(placement[5] + 0.25 * box[1] - (box[3] - box[1]) / 8) < 1e-3)
    }

    @Test func placementArithmeticByHand() {
        // 1684 × 595 on A4 landscape: half size, 297.5 high, so (595 − 297.5) / 2 = 148.75 above and below.
        #expect(PDFPageMerger.placement(box: (0, 0, 1684, 595), on: .a4Landscape) == "q 0.5 0 0 0.5 0 148.75 cm\n")
        // 421 × 300 is smaller: kept at size 1, centred: (842 − 421) / 2 = 210.5, (595 − 300) / 2 = 147.5.
        #expect(PDFPageMerger.placement(box: (0, 0, 421, 300), on: .a4Landscape) == "q 1 0 0 1 210.5 147.5 cm\n")
        // A box not at the origin is moved back first: 210.5 − 10 = 200.5, 147.5 − 20 = 127.5.
        #expect(PDFPageMerger.placement(box: (10, 20, 421, 300), on: .a4Landscape) == "q 1 0 0 1 200.5 127.5 cm\n")
        // Too tall for A4 portrait: 595 × 1684 → s = 842 / 1684 = 0.5, 297.5 wide, (595 − 297.5) / 2 = 148.75.
        #expect(PDFPageMerger.placement(box: (0, 0, 595, 1684), on: .a4Portrait) == "q 0.5 0 0 0.5 148.75 0 cm\n")
    }

    @Test func paperSizes() {
        #expect(PDFPageSize.a4Landscape == PDFPageSize(width: 842, height: 595))
        #expect(PDFPageSize.a4Portrait == PDFPageSize(width: 595, height: 842))
        #expect(PDFPageSize.a3Landscape == PDFPageSize(width: 1191, height: 842))
        #expect(PDFPageSize.letterLandscape == PDFPageSize(width: 792, height: 612))
    }

    @Test func aDamagedCrossReferenceIsRefusedWithQPDFsReason() async throws {
        // A comment line inserted after the header moves every object, so every xref offset is wrong. qpdf's
        // recovery is off (it can take minutes on damaged files), so the merger refuses it, naming the input.
        var input = try await Self.render(SampleMaps.october, caption: "Handout Alpha")
        let headerEnd = try #require(input.firstIndex(of: 0x0A))
        input.insert(contentsOf: Array("% moved\n".utf8), at: headerEnd + 1)
        do {
            _ = try PDFPageMerger.merge([try await Self.render(SampleMaps.october, caption: "Fine"), input], pageSize: .a4Landscape)
            Issue.record("a PDF with a broken cross-reference table was merged")
        } catch {
            #expect("\(error)".hasPrefix("PDF merge: input 2 cannot be read: "), "\(error)")
        }
    }

    @Test func garbageIsNotAPDF() async throws {
        let input = try await Self.render(SampleMaps.october, caption: "Handout Alpha")
        #expect(throws: PDFMergeError.notAPDF(document: 1)) {
            try PDFPageMerger.merge([input, Data("hello, world".utf8)], pageSize: nil)
        }
        #expect(throws: PDFMergeError.notAPDF(document: 0)) { try PDFPageMerger.merge([Data()], pageSize: nil) }
        #expect(throws: PDFMergeError.noDocuments) { try PDFPageMerger.merge([], pageSize: nil) }
    }

    @Test func aHeaderAloneIsUnreadable() {
        #expect(throws: PDFMergeError.self) { try PDFPageMerger.merge([Data("%PDF-1.5\n%%EOF\n".utf8)], pageSize: nil) }
        do {
            _ = try PDFPageMerger.merge([Data("%PDF-1.5\n%%EOF\n".utf8)], pageSize: nil)
        } catch {
            // qpdf's own reason, named after the input.
            #expect(error.description.hasPrefix("PDF merge: input 1 cannot be read: "), "\(error)")
        }
    }

    @Test func truncatedPDFsFailWithAnError() async throws {
        let input = try await Self.render(SampleMaps.october, caption: "Handout Alpha")
        // Cut before the page tree and catalog (cairo writes them last): objects remain but no pages.
        let cut = try #require(input.range(of: Data("<< /Type /Pages".utf8))).lowerBound
        for length in [cut, input.count / 2, 200, 20] {
            do {
                _ = try PDFPageMerger.merge([input.prefix(length)], pageSize: .a4Landscape)
                Issue.record("a PDF cut at byte \(length) was merged")
            } catch {
                #expect(error.description.contains("input 1"), "\(error)")
            }
        }
    }

    // qpdf reads what the old hand-written reader refused: cross-reference and object streams (PDF 1.5).
    @Test(.enabled(if: toolsInstalled, Comment(rawValue: toolsMissing)))
    func objectStreamsAreRead() async throws {
        let input = try await Self.render(SampleMaps.october, caption: "Handout Alpha")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("argmap-objstm-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let plain = folder.appendingPathComponent("plain.pdf"), packed = folder.appendingPathComponent("packed.pdf")
        try input.write(to: plain)
        _ = try Self.run("qpdf", ["--object-streams=generate", plain.path, packed.path])
        let compressed = try Data(contentsOf: packed)
        #expect(compressed.range(of: Data("/ObjStm".utf8)) != nil)
        let report = try Self.inspect(try PDFPageMerger.merge([compressed, input], pageSize: .a4Landscape))
        #expect(report.qpdfStatus == 0, "qpdf --check: \(report.qpdfOutput)")
        #expect(report.pageSizes == [.a4Landscape, .a4Landscape])
        #expect(report.text.components(separatedBy: "Handout Alpha").count == 3)
    }

    @Test func aBadPageSizeIsRefused() {
        #expect(throws: PDFMergeError.badPageSize(PDFPageSize(width: 0, height: 595))) {
            try PDFPageMerger.merge([Data("%PDF-1.5\n".utf8)], pageSize: PDFPageSize(width: 0, height: 595))
        }
    }

    /// The byte ranges between `stream` and `endstream` keywords of `pdf`.
    static func streams(_ pdf: Data) -> [Data] {
        var out: [Data] = []
        var from = pdf.startIndex
        while let open = pdf.range(of: Data("stream".utf8), in: from..<pdf.endIndex) {
            var start = open.upperBound
            if start < pdf.endIndex, pdf[start] == 0x0D { start += 1 }
            if start < pdf.endIndex, pdf[start] == 0x0A { start += 1 }
            guard let close = pdf.range(of: Data("endstream".utf8), in: start..<pdf.endIndex) else { break }
            var end = close.lowerBound
            while end > start, pdf[end - 1] == 0x0A || pdf[end - 1] == 0x0D { end -= 1 }
            out.append(pdf[start..<end])
            from = close.upperBound
        }
        return out
    }

    @Test func streamBytesAreCopiedVerbatim() async throws {
        let input = try await Self.render(SampleMaps.october, caption: "Handout Alpha")
        let merged = try PDFPageMerger.merge([input, input], pageSize: .a4Portrait)
        // Every compressed stream of the input (its content stream and embedded fonts) appears twice, byte for byte:
        // qpdf copies stream data as it is and only adds the two plain placement streams per page.
        let inputStreams = Self.streams(input).filter { $0.count > 32 }
        #expect(inputStreams.count >= 3)
        let written = Self.streams(merged)
        for stream in inputStreams { #expect(written.filter { $0 == stream }.count == 2) }
        #expect(written.filter { $0 == Data("Q".utf8) }.count == 2)
        // The merged file is deterministic: the same inputs give the same bytes.
        #expect(try PDFPageMerger.merge([input, input], pageSize: .a4Portrait) == merged)
    }
}

/// Damaged copies of a real PDF (bytes overwritten, cut, offsets and lengths changed) are merged or refused with an
/// error, never a crash.
@Suite struct PDFPageMergerRobustnessTests {
    /// A small deterministic generator (64-bit LCG), so a failure can be replayed.
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(max(bound, 1)))
        }
    }

    // A damaged PDF whose streams have no `endstream` took the hand-written reader 16 s (it searched to the end
    // for every stream); qpdf repairs or refuses it at once.
    @Test func aPDFWithoutEndstreamIsQuick() async throws {
        var options = RenderOptions()
        options.caption = "Handout Alpha"
        let input = try await MapRenderer.render(SampleMaps.october, options: options, format: .pdf).data
        var damaged = String(decoding: input, as: UTF8.self)
        damaged = damaged.replacingOccurrences(of: "endstream", with: "xxxxxxxxx")
        let big = Data((damaged + String(repeating: "% filler line to make the file large\n", count: 50_000)).utf8)
        let start = ContinuousClock.now
        _ = try? PDFPageMerger.merge([big, big], pageSize: .a4Landscape)
        let elapsed = ContinuousClock.now - start
        #expect(elapsed < .seconds(5), "took \(elapsed)")
    }

    @Test func damagedInputsNeverTrap() async throws {
        var options = RenderOptions()
        options.caption = "Handout Alpha"
        let input = Array(try await MapRenderer.render(SampleMaps.october, options: options, format: .pdf).data)
        let poison: [[UInt8]] = ["99999999999999999999", "-5", "<<", "[", "(", ")", "R", "obj", "endstream", " 0 R",
                                 "/Length 9223372036854775807", "/Prev -1", "/Kids [1 0 R]"].map { Array($0.utf8) }
        var random = Generator(state: 1917)
        var merged = 0
        for _ in 0..<400 {
            var bytes = input
            for _ in 0..<(1 + random.next(4)) {
                let at = random.next(bytes.count)
                switch random.next(3) {
                case 0: bytes[at] = UInt8(random.next(256))
                case 1: bytes.replaceSubrange(at..<min(bytes.count, at + random.next(8)), with: poison[random.next(poison.count)])
                default: bytes.removeSubrange(at..<min(bytes.count, at + random.next(64)))
                }
            }
            if (try? PDFPageMerger.merge([Data(bytes)], pageSize: .a4Landscape)) != nil { merged += 1 }
        }
        // Most single-byte damage falls inside compressed streams, which are copied as they are.
        #expect(merged > 0)
    }
}
