import ArgumentModel
import Foundation
import Testing
@testable import ArgdownSyntax

/// Reading a body in two parts at once (``ArgdownParser/parseBody(from:plan:)``) gives exactly the sequential read:
/// the same graph and the same diagnostics, whether the later part is merged or discarded. Every split candidate of
/// the repository's maps, generated maps and fixtures is forced in turn and compared with the sequential read; the
/// fixtures below also pin which way the read went (a merge where nothing crosses the split, a fallback where the
/// later part would differ).
@Suite struct SplitReadTests {
    /// The repository's root (three levels above this file).
    private static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// Reads `text` sequentially and split at each of `offsets` (every split candidate when nil), expects each split
    /// read to equal the sequential one, and returns which way each went.
    @discardableResult
    private func splitReadings(
        _ text: String, at offsets: [Int]? = nil, file: String? = "map.argdown", sourceLocation: SourceLocation = #_sourceLocation
    ) -> [BodyReading] {
        splitReadings(bytes: Array(text.utf8), at: offsets, file: file, sourceLocation: sourceLocation)
    }

    @discardableResult
    private func splitReadings(
        bytes: [UInt8], at offsets: [Int]? = nil, file: String?, sourceLocation: SourceLocation = #_sourceLocation
    ) -> [BodyReading] {
        let expected = ArgdownReader.read(bytes: bytes, file: file, plan: .sequential)
        #expect(expected.reading == .sequential, sourceLocation: sourceLocation)
        var readings: [BodyReading] = []
        for s in offsets ?? ArgdownReader.splitCandidates(bytes: bytes) {
            let split = ArgdownReader.read(bytes: bytes, file: file, plan: .at(s))
            #expect(Self.same(split.result.graph, expected.result.graph), "\(file ?? "text") split at \(s)",
                sourceLocation: sourceLocation)
            #expect(split.result.diagnostics == expected.result.diagnostics, "\(file ?? "text") split at \(s)",
                sourceLocation: sourceLocation)
            readings.append(split.reading)
        }
        return readings
    }

    /// Whether two graphs hold the same nodes, relations, sections, metadata and mode (their indexes are made from these).
    private static func same(_ a: ArgumentGraph, _ b: ArgumentGraph) -> Bool {
        a.nodes == b.nodes && a.relations == b.relations && a.sections == b.sections && a.metadata == b.metadata
            && a.mode == b.mode
    }

    /// The offset just after the first `marker` in `text` (where a line of a fixture starts).
    private func offset(after marker: String, in text: String) throws -> Int {
        let range = try #require(text.range(of: marker))
        return text.utf8.distance(from: text.startIndex, to: range.upperBound)
    }

    // MARK: Every candidate of real and generated maps

    @Test func everyMapOfTheRepositorySplitsLikeItReads() throws {
        var files: [URL] = []
        for folder in ["Tests", "graphs"] {
            let enumerator = FileManager.default.enumerator(at: Self.root.appendingPathComponent(folder), includingPropertiesForKeys: nil)
            while let url = enumerator?.nextObject() as? URL {
                if url.pathExtension == "argdown" { files.append(url) }
            }
        }
        #expect(files.count >= 30)
        var splits = 0, merged = 0
        for url in files {
            let raw = try [UInt8](Data(contentsOf: url))
            let bytes = ArgdownReader.withLoneCRsAsLineFeeds(raw)
            guard UTF8Validation.firstInvalidOffset(in: bytes) == nil else { continue }
            var candidates = ArgdownReader.splitCandidates(bytes: bytes)
            if candidates.count > 60 {  // an even sample of large maps' candidates
                let step = candidates.count / 60
                candidates = stride(from: 0, to: candidates.count, by: step).map { candidates[$0] }
            }
            let readings = splitReadings(bytes: bytes, at: candidates, file: url.lastPathComponent)
            splits += readings.count
            merged += readings.filter { $0 == .merged }.count
        }
        // Enough splits, and both ways taken, for the comparison to mean something.
        #expect(splits > 100)
        #expect(merged > 20 && merged < splits)
    }

    @Test(arguments: MapGenerator.Shape.allCases)
    func generatedMapsSplitLikeTheyRead(_ shape: MapGenerator.Shape) {
        let graph = MapGenerator.generate(.init(statements: 400, arguments: 30, shape: shape, seed: 11))
        let readings = splitReadings(ArgdownPrinter.print(graph))
        #expect(readings.count > 20)
        if shape == .tree { #expect(readings.contains(.merged)) }
    }

    @Test func dataRichTextSplitsLikeItReads() {
        // Tags, inline and block data, canonical texts, mentions, pcs with inferences, comments, lists, an untitled
        // statement (splits before it fall back), a second pcs (splits between fall back), then splits that merge.
        var text = "===\ntitle: Data\nmodel: {removeTagsFromText: true}\n===\n\n"
        for k in 1...40 {
            text += "[C\(k)]: claim \(k) #t\(k % 3) {w: \(k), ok: true}\n  <+ [C\(k + 1)]: reason _\(k)_ @[C\(k / 2 + 1)]\n"
            text += "  <- <A\(k % 5)>\n    <+ [C\(k + 2)] {isCanonical: \(k % 2 == 0)}\n\n"
            if k % 4 == 0 || k == 30 {
                // <P8> is given a second pcs at k = 30.
                let argument = k == 30 ? 8 : k
                text += "<!-- a comment -->\n\n<P\(argument)>: argument \(k).\n\n(1) [C\(k)]\n(2) [C\(k + 3)]: p.\n----\n(3) [C\(k + 4)]\n\n"
            }
            if k % 6 == 0 { text += "* [L\(k)]: listed.\n* [L\(k + 1)]\n\n" }
            if k % 9 == 0 { text += "[D\(k)]: block {\n  a: [1, 2],\n  b: x\n}\n\n" }
            if k == 12 { text += "An untitled statement.\n\n" }
        }
        let readings = splitReadings(text)
        #expect(readings.count > 40)
        #expect(readings.contains(.merged))
        #expect(readings.contains(.fellBack(.untitled)))
        #expect(readings.contains(.fellBack(.pcsTwice)))
    }

    // MARK: Fixtures pinning the way

    @Test func plainTreeMapMergesAtEveryCandidate() {
        let text = """
            [A]: a.

            [B]: b.

            [A]
              <+ [B]
              <- [C]: c.
                <+ [A]

            <X>: an argument.
              +> [A]

              <+ [B]

            [C]
              <+ [D]: d.
              <- <X>
            """
        let readings = splitReadings(text)
        #expect(readings.count == 4)
        #expect(readings.allSatisfy { $0 == .merged })
    }

    @Test func openPCSAtTheSplitIsClosedAsTheSequentialReadCloses() throws {
        // A pcs not finished by an inference is open at the split: the split line closes it (a warning), in both reads.
        let text = "<X>: x.\n\n(1) [P]: p.\n(2) [Q]: q.\n\n[R]: r.\n  <+ <X>\n"
        let readings = splitReadings(text, at: [try offset(after: "q.\n\n", in: text)])
        #expect(readings == [.merged])
    }

    @Test func secondPCSAfterTheSplitFallsBack() throws {
        let text = "<Arg>: the argument.\n\n(1) [P]: p.\n----\n(2) [C]: c.\n\n<Arg>\n\n(1) [Q]: q.\n----\n(2) [D]: d.\n"
        let split = try offset(after: "c.\n\n", in: text)
        #expect(splitReadings(text, at: [split]) == [.fellBack(.pcsTwice)])
        let sequential = ArgdownReader.read(bytes: Array(text.utf8), file: nil, plan: .sequential).result
        #expect(sequential.diagnostics.contains { $0.code == ArgdownDiagnosticCode.duplicatePCS.rawValue })
    }

    @Test func untitledStatementAfterTheSplitFallsBack() throws {
        let text = "Untitled first.\n\n[Untitled 2]: taken.\n\n[B]: b.\n\nUntitled later.\n"
        #expect(splitReadings(text, at: [try offset(after: "taken.\n\n", in: text)]) == [.fellBack(.untitled)])
    }

    @Test func headingBeforeTheSplitFallsBack() throws {
        let text = "# Part\n\n[A]: a.\n\n[B]: b.\n  <+ [A]\n"
        #expect(splitReadings(text, at: [try offset(after: "a.\n\n", in: text)]) == [.fellBack(.sections)])
        // A heading after the split is read by the later part, its section numbered after the earlier ones (none).
        let later = "[A]: a.\n\n[B]: b.\n\n# Part {isGroup: false}\n\n[C]: c.\n  <+ [A]\n"
        #expect(splitReadings(later, at: [try offset(after: "a.\n\n", in: later)]) == [.merged])
    }

    @Test func dataBlocksOpenAboveAnEmptyLineEndThereInBothReads() {
        // An empty line ends an open data block, quoted string or YAML block scalar (an error), so the line below
        // it starts a new block in the sequential read too: the split there merges (the safety net for a construct
        // reading on past the split, ``SplitFallback/overran``, is not needed by any construct today).
        for text in [
            "[A]: a {note: \"x\n\n[B]: y\"}\n\n[C]: c.\n",
            "[A]: a {\n  note: |\n    x\n\n[B]: y\n}\n\n[C]: c.\n",
            "[A]: a {note: [x,\n\n[B], y]}\n\n[C]: c.\n",
        ] {
            #expect(splitReadings(text) == [.merged, .merged])
        }
    }

    @Test func commentOnlyLineIsNoSplitPoint() throws {
        // A comment-only line does not end a block (the tree goes on), so the line below it is no candidate.
        let text = "[A]: a.\n  <+ [B]: b.\n<!-- note -->\n[C]: c.\n\n[D]: d.\n"
        let candidates = ArgdownReader.splitCandidates(bytes: Array(text.utf8))
        #expect(candidates == [try offset(after: "c.\n\n", in: text)])
        // Forced there anyway, the read is sequential.
        let forced = ArgdownReader.read(bytes: Array(text.utf8), file: nil, plan: .at(try offset(after: "-->\n", in: text)))
        #expect(forced.reading == .sequential)
    }

    @Test func smallBodiesAreReadInOnePassAutomatically() {
        let text = ArgdownPrinter.print(MapGenerator.generate(.init(statements: 200, shape: .tree, seed: 2)))
        #expect(ArgdownReader.read(bytes: Array(text.utf8), file: nil, plan: .automatic).reading == .sequential)
    }

    @Test func largeTreeMapIsSplitAndMergedAutomatically() {
        // About 5 MB, above the threshold.
        let text = ArgdownPrinter.print(MapGenerator.generate(.init(statements: 50_000, shape: .tree, seed: 5)))
        let bytes = Array(text.utf8)
        #expect(bytes.count > ArgdownParser.splitThreshold)
        let automatic = ArgdownReader.read(bytes: bytes, file: nil, plan: .automatic)
        let sequential = ArgdownReader.read(bytes: bytes, file: nil, plan: .sequential)
        #expect(ProcessInfo.processInfo.activeProcessorCount < 2 || automatic.reading == .merged)
        #expect(Self.same(automatic.result.graph, sequential.result.graph))
        #expect(automatic.result.diagnostics == sequential.result.diagnostics)
    }

    @Test func titlesOfEveryKindAreMatchedAcrossTheSplit() {
        // The merge finds the earlier part's nodes from the later part's title slots: short ASCII titles from the
        // slot alone, long and non-ASCII ones compared, canonical equivalents met, kinds kept apart, new titles added.
        let text = """
            [Kelvin]: k.

            [\u{212A}nown]: kn.

            [A statement with a title longer than fifteen bytes]: long.

            <A statement with a title longer than fifteen bytes>: an argument of that title.

            [Caf\u{E9}]: coffee.

            [\u{212A}elvin]
              <+ [Known]
              <- <A statement with a title longer than fifteen bytes>
                <+ [A statement with a title longer than fifteen bytes]
              <+ [Cafe\u{301}]
              <- [Only after the split, with a long title]: new.
              <+ [New]: n.

            [Kelvin]
              <+ [Only after the split, with a long title]
            """
        let readings = splitReadings(text)
        #expect(readings.count == 6)
        #expect(readings.allSatisfy { $0 == .merged })
        let graph = ArgdownReader.read(bytes: Array(text.utf8), file: nil, plan: .sequential).result.graph
        #expect(graph.nodes.count == 7)  // the spellings met: Kelvin, Known, the long statement and argument, Café, two new
    }

    @Test func lineSampleEstimatesTheLinesAfterAPlace() {
        // 10,000 lines, one in two empty: 5,000 non-empty lines of 11 bytes, about 100 per 2 KB.
        let text = String(repeating: "[Claim 12]\n\n", count: 5_000)
        let parser = ArgdownParser(source: SourceText(bytes: Array(text.utf8), file: nil), stripped: Array(text.utf8))
        let sample = parser.lineSample(from: 0)
        #expect(abs(sample.lines(from: 0) - 5_000) <= 2)
        #expect(abs(sample.lines(from: text.utf8.count / 2) - 2_500) <= 2)
        #expect(sample.lines(from: text.utf8.count) == 1)
        #expect(abs(sample.middle - text.utf8.count / 2) <= 24)
        // From an offset on: only the lines after it count.
        let later = parser.lineSample(from: text.utf8.count * 3 / 4)
        #expect(abs(later.lines(from: text.utf8.count * 3 / 4) - 1_250) <= 2)
    }
}
