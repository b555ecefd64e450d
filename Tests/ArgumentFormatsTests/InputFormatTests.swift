import Foundation
import Testing
@testable import ArgumentFormats

@Suite struct InputFormatTests {
    private func detect(_ path: String, _ head: String, ann: Bool = false) -> InputFormat? {
        InputFormat.detect(path: path, head: Array(head.utf8), hasBratAnnotations: ann)
    }

    @Test func extensionsDecideFirst() {
        #expect(detect("m.argdown", "{\"argmap\": 1}") == .argdown)
        #expect(detect("m.ann", "") == .brat)
        #expect(detect("m.apx", "") == .apx)
        #expect(detect("m.tgf", "") == .tgf)
        #expect(detect("m.i23", "") == .i23)
        #expect(detect("m.xml", "") == .microtext)
        #expect(detect("m.aif", "") == .aif)
    }

    @Test func jsonIsToldByItsTopLevelKeys() {
        #expect(detect("m.json", #"{"nodes": [], "edges": []}"#) == .aif)
        #expect(detect("m.json", #"{"argmap": 1, "nodes": []}"#) == .argmapJSON)
        #expect(detect("m.json", #"{"statements": {}, "arguments": {}}"#) == .argdownJSON)
    }

    // A research corpus keeps transcripts beside its nodesets: a .txt is Kialo only when it reads like an export.
    @Test func aTxtIsKialoBratOrNothing() {
        #expect(detect("d.txt", "Discussion Title: Should voting be compulsory?\n\n1. Yes.\n") == .kialo)
        #expect(detect("d.txt", "\u{FEFF}\n  1. Voting should be compulsory.\n1.1. Pro: Turnout.\n") == .kialo)
        #expect(detect("e.txt", "Anything at all", ann: true) == .brat)
        #expect(detect("t.txt", "Fiona Bruce: Good evening and welcome to Question Time.\n") == nil)
        #expect(detect("t.txt", "2. Second point first\n") == nil)
        #expect(detect("t.txt", "") == nil)
    }

    @Test func withoutAnExtensionTheContentDecides() {
        #expect(detect("-", "  {\"nodes\": []}") == .aif)
        #expect(detect("-", "<?xml version=\"1.0\"?><arggraph id=\"x\">") == .microtext)
        #expect(detect("-", "Discussion Title: T\n1. A\n") == .kialo)
        #expect(detect("-", "[A]: a\n  + [B]: b\n") == .argdown)
    }

    @Test func corpusListingSkipsTranscriptsAndNamesThem() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("listing-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("sub"), withIntermediateDirectories: true)
        func write(_ name: String, _ text: String) throws {
            try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        try write("n1.json", "{\"nodes\": []}")
        try write("n1.txt", "Speaker A: hello\n")
        try write("sub/e.ann", "T1\tClaim 0 1\tX\n")
        try write("sub/e.txt", "X\n")
        try write("sub/k.txt", "Discussion Title: T\n\n1. Root\n")
        try write("notes.md", "# not read\n")
        let listing = try CorpusListing([folder.path, "single.argdown"])
        #expect(listing.files.map { ($0.path as NSString).lastPathComponent } == ["n1.json", "e.ann", "k.txt", "single.argdown"])
        #expect(listing.files.map(\.base) == [folder.path, folder.path, folder.path, nil])
        #expect(listing.skipped.map { ($0.path as NSString).lastPathComponent } == ["n1.txt"])
        #expect(listing.skipped.first?.reason.contains("Kialo") == true)
    }

    @Test func loadingAnUnrecognisedTxtSaysWhyAndHowToForceIt() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("transcript-\(UUID().uuidString).txt")
        defer { try? FileManager.default.removeItem(at: file) }
        try "Speaker A: hello\n".write(to: file, atomically: true, encoding: .utf8)
        #expect(throws: InputError.self) { try MapLoader.load(file.path) }
        do {
            _ = try MapLoader.load(file.path)
        } catch let error as InputError {
            #expect(error.description.contains("--from"))
        }
        let forced = try MapLoader.load(file.path, format: .kialo)
        #expect(forced.result.diagnostics.map(\.code).contains("kialo-empty"))
    }
}
