import ArgumentModel
import Foundation
import Testing
@testable import ArgdownSyntax

/// The reader's one-pass checks before parsing (``SourceCheck``: lone CRs, invalid UTF-8, line count, split in two
/// parts on two threads beside comment stripping) must find what the separate passes find, and reading through
/// them must give exactly the read of the separate passes (``ArgdownReader/readRepairing(bytes:file:)``): the same
/// graph, and the same diagnostics (an `invalid-utf8` error's offset, line and column included).
@Suite struct SourceCheckTests {
    /// The repository's root (three levels above this file).
    private static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// What the separate passes find: line feeds and the first CR not followed by a LF (byte by byte), and
    /// ``UTF8Validation/firstInvalidOffset(in:)``.
    private func separately(_ bytes: [UInt8]) -> SourceCheck.Findings {
        var loneCR: Int?
        for i in bytes.indices where bytes[i] == 0x0D && (i + 1 == bytes.count || bytes[i + 1] != 0x0A) {
            loneCR = i
            break
        }
        return SourceCheck.Findings(
            lineFeeds: bytes.filter { $0 == 0x0A }.count, loneCR: loneCR,
            invalidUTF8: UTF8Validation.firstInvalidOffset(in: bytes))
    }

    /// Expects the checks split at every offset that starts a sequence (not a continuation byte), and unsplit, to
    /// find what the separate passes find.
    private func expectSameFindings(_ bytes: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) {
        let expected = separately(bytes)
        bytes.withUnsafeBytes { raw in
            #expect(SourceCheck.check(raw, from: 0, to: raw.count) == expected, "\(bytes)", sourceLocation: sourceLocation)
            for split in 0...raw.count where split == raw.count || raw[split] & 0xC0 != 0x80 {
                let parts = SourceCheck.check(raw, from: 0, to: split).then(SourceCheck.check(raw, from: split, to: raw.count))
                #expect(parts == expected, "\(bytes) split at \(split)", sourceLocation: sourceLocation)
            }
        }
    }

    /// Whether two reads give the same graph (nodes, relations, sections, metadata, mode) and diagnostics.
    private static func same(_ a: ReadResult, _ b: ReadResult) -> Bool {
        a.graph.nodes == b.graph.nodes && a.graph.relations == b.graph.relations && a.graph.sections == b.graph.sections
            && a.graph.metadata == b.graph.metadata && a.graph.mode == b.graph.mode && a.diagnostics == b.diagnostics
    }

    /// Expects `bytes` to read as the separate passes read them, on two threads (threshold 0) and on one.
    private func expectSameRead(_ bytes: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) {
        let expected = ArgdownReader.readRepairing(bytes: bytes, file: "map.argdown")
        for threshold in [0, Int.max] {
            let read = SourceCheck.$threshold.withValue(threshold) { ArgdownReader.read(bytes: bytes, file: "map.argdown") }
            #expect(Self.same(read, expected), "threshold \(threshold): \(String(decoding: bytes, as: UTF8.self))",
                sourceLocation: sourceLocation)
        }
    }

    /// A small map of `lines` relation lines with a multi-byte statement text, as bytes.
    private func map(_ lines: Int) -> [UInt8] {
        var text = "# Karte\n\n[A]: Über alles.\n\n[A]\n"
        for k in 0..<lines { text += "  \(k % 2 == 0 ? "<+" : "<-") [B\(k)]: Grund Nummer \(k) – „gut“ 𝄞.\n" }
        return Array(text.utf8)
    }

    /// The first offset at or after `offset` that starts a character of `text`.
    private func boundary(_ offset: Int, in text: [UInt8]) -> Int {
        var offset = offset
        while offset < text.count, text[offset] & 0xC0 == 0x80 { offset += 1 }
        return offset
    }

    // MARK: The findings

    @Test func findingsOnEmptyAndTinyInputs() {
        for bytes: [UInt8] in [[], [0x0A], [0x0D], [0x0D, 0x0A], [0x0A, 0x0D], [0x80], [0xFF], [0xC3], [0xC3, 0xBC],
            [0xE2, 0x82], [0xE2, 0x82, 0xAC], [0xF0, 0x9D, 0x84, 0x9E], [0x41, 0xF0, 0x9D, 0x84]]
        {
            expectSameFindings(bytes)
        }
        #expect(separately([0x41, 0x0D]).loneCR == 1)  // the reference finds what the test means it to
        #expect(separately([0x41, 0xE2, 0x82]).invalidUTF8 == 1)
    }

    /// Every invalid form at every offset of a text of several words, ASCII and multi-byte around it: the first
    /// invalid byte is found wherever the parts meet.
    @Test func invalidUTF8AtEveryOffsetAndSplit() {
        let text = Array("[A]: Über € and 𝄞 here\n  <+ [B]: plain words of text\n".utf8)
        let invalid: [[UInt8]] = [[0xFF], [0x80], [0xBF, 0x80], [0xC0, 0xAF], [0xE2, 0x82], [0xED, 0xA0, 0x80],
            [0xF4, 0x90, 0x80, 0x80], [0xF0, 0x9D, 0x84], [0xC3]]
        for form in invalid {
            for at in 0...text.count {
                let bytes = Array(text[..<at]) + form + Array(text[at...])
                #expect(separately(bytes).invalidUTF8 != nil)
                expectSameFindings(bytes)
            }
        }
    }

    @Test func loneAndPairedCRsAtEveryOffset() {
        let text = Array("[A]: a line\n  <+ [B]: ü another line\n[C]\n".utf8)
        for form: [UInt8] in [[0x0D], [0x0D, 0x0A], [0x0D, 0x0D, 0x0A], [0x0A, 0x0D]] {
            for at in 0...text.count { expectSameFindings(Array(text[..<at]) + form + Array(text[at...])) }
        }
    }

    /// Seeded random bytes from an alphabet rich in line ends, CRs, lead and continuation bytes, at lengths around
    /// the eight-byte words.
    @Test func randomBytesFindTheSame() {
        var random = SplitMix64(seed: 7)
        let alphabet: [UInt8] = [0x41, 0x20, 0x0A, 0x0D, 0x80, 0x9F, 0xA0, 0xBF, 0xC2, 0xC3, 0xE0, 0xE2, 0xED, 0xF0,
            0xF4, 0xF5, 0xFF, 0x5B, 0x2F, 0x2A]
        for _ in 0..<600 {
            let count = Int(random.next() % 41)
            expectSameFindings((0..<count).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] })
        }
    }

    @Test func splitPointSkipsContinuationBytes() {
        #expect(SourceCheck.splitPoint([]) == 0)
        #expect(SourceCheck.splitPoint([0x41]) == 0)
        #expect(SourceCheck.splitPoint(Array("ab€".utf8)) == 2)  // the middle (2) is the lead byte
        #expect(SourceCheck.splitPoint(Array("a€".utf8)) == 4)  // 2 and 3 continue the `€` that starts at 1
        #expect(SourceCheck.splitPoint([0x41, 0x80, 0x80, 0x80, 0x80]) == 5)
    }

    // MARK: Reading through the checks

    @Test func emptyAndTinyFilesReadTheSame() {
        for text in ["", "\n", "[", "[A]", "ü", "[A]: a\r", "\r", "/*", "<!--", "//"] { expectSameRead(Array(text.utf8)) }
        for bytes: [UInt8] in [[0xFF], [0x0D], [0xC3], [0x5B, 0x41, 0x5D, 0x80]] { expectSameRead(bytes) }
    }

    /// An invalid byte at and around the middle of a map, where the checks split: the `invalid-utf8` error (offset,
    /// line, column) and the repaired read are those of the separate passes.
    @Test func invalidUTF8AroundTheMiddleReadsTheSame() throws {
        let text = map(6)
        let middle = text.count / 2
        for form: [[UInt8]] in [[[0xFF]], [[0x80]], [[0xE2, 0x82]], [[0xF0, 0x9D, 0x84]]] {
            for at in (middle - 6)...(middle + 6) {
                let bytes = Array(text[..<at]) + form[0] + Array(text[at...])
                expectSameRead(bytes)
                let read = SourceCheck.$threshold.withValue(0) { ArgdownReader.read(bytes: bytes, file: "map.argdown") }
                let error = try #require(read.diagnostics.first { $0.code == ArgdownDiagnosticCode.invalidUTF8.rawValue })
                #expect(error.range?.start.offset == separately(bytes).invalidUTF8)
            }
        }
        // A multi-byte character cut by the middle, and one shortened there.
        for at in (middle - 4)...(middle + 4) {
            expectSameRead(Array(text[..<at]) + Array("𝄞".utf8) + Array(text[at...]))
            expectSameRead(Array(text[..<at]) + Array("𝄞".utf8).dropLast() + Array(text[at...]))
        }
    }

    /// Comments that span the middle (or begin before it and never close): the stripper, which runs whole beside
    /// the split checks, blanks what it blanks in one pass.
    @Test func commentsSpanningTheMiddleReadTheSame() throws {
        let text = map(8)
        let middle = text.count / 2
        for (open, close) in [("<!-- ", " -->"), ("/* ", " */"), ("/* ", ""), ("<!--", ""), ("// ", "")] {
            for (near, far) in [(middle - 20, middle + 20), (middle - 1, middle + 1), (middle, middle + 3), (middle - 3, middle)] {
                // At character boundaries, so the text stays valid UTF-8 and the one-pass path is taken.
                let from = boundary(near, in: text), to = boundary(far, in: text)
                let bytes = Array(text[..<from]) + Array(open.utf8) + Array(text[from..<to]) + Array(close.utf8)
                    + Array(text[to...])
                expectSameRead(bytes)
                let prepared = try #require(SourceCheck.$threshold.withValue(0) { SourceCheck.prepare(bytes) })
                let stripped = CommentStripper.strip(bytes)
                #expect(prepared.stripped == stripped.bytes)
                #expect(prepared.unterminated?.offset == stripped.unterminated?.offset)
                #expect(prepared.lineCount == SourceText(bytes: bytes, file: nil).lineCount)
            }
        }
    }

    @Test func loneCRsAndCRLFsReadTheSame() {
        let text = map(4)
        for at in stride(from: 0, through: text.count, by: 5) {
            expectSameRead(Array(text[..<at]) + [0x0D] + Array(text[at...]))
        }
        expectSameRead(Array(String(decoding: text, as: UTF8.self).replacingOccurrences(of: "\n", with: "\r\n").utf8))
        expectSameRead(Array(String(decoding: text, as: UTF8.self).replacingOccurrences(of: "\n", with: "\r").utf8))
    }

    /// At exactly the threshold the two-thread path is taken, one byte below it not: both read the same.
    @Test func filesAtTheThresholdReadTheSame() {
        for bytes in [map(3), map(3) + [0xFF], Array("/* a */\n[A]: a\r".utf8)] {
            let expected = ArgdownReader.readRepairing(bytes: bytes, file: "map.argdown")
            for threshold in [bytes.count - 1, bytes.count, bytes.count + 1] {
                let read = SourceCheck.$threshold.withValue(threshold) { ArgdownReader.read(bytes: bytes, file: "map.argdown") }
                #expect(Self.same(read, expected), "threshold \(threshold) for \(bytes.count) bytes")
            }
        }
        #expect(SourceCheck.threshold == SourceCheck.defaultThreshold)
    }

    @Test func everyMapOfTheRepositoryReadsTheSame() throws {
        var files: [URL] = []
        for folder in ["Tests", "graphs"] {
            let walker = FileManager.default.enumerator(at: Self.root.appendingPathComponent(folder), includingPropertiesForKeys: nil)
            while let url = walker?.nextObject() as? URL { if url.pathExtension == "argdown" { files.append(url) } }
        }
        #expect(files.count >= 40)  // the walk found the fixtures
        for url in files { expectSameRead([UInt8](try Data(contentsOf: url))) }
    }

    @Test func generatedMapReadsTheSameOnTwoThreads() {
        let graph = MapGenerator.generate(.init(statements: 3_000, arguments: 100, shape: .tree, seed: 5))
        let bytes = Array(ArgdownPrinter.print(graph).utf8)
        expectSameRead(bytes)
        // Lines counted over many words on both threads (the read does not show the count: it sizes reservations).
        for threshold in [0, Int.max] {
            let prepared = SourceCheck.$threshold.withValue(threshold) { SourceCheck.prepare(bytes) }
            #expect(prepared?.lineCount == bytes.filter { $0 == 0x0A }.count + 1)
            #expect(prepared?.stripped == bytes)
        }
    }
}
