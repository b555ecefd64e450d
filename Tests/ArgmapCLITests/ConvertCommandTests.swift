import Foundation
import Testing

@Suite struct ConvertCommandTests {
    /// A fresh temporary folder.
    private func temporaryFolder() throws -> URL {
        try ScratchFolders.make("argmap-convert")
    }

    private func write(_ text: String, _ name: String, in folder: URL) throws {
        let url = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
    }

    @Test func singleAIFFileToMermaidOnStandardOutput() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try write(#"{"nodes": [{"nodeID": 1, "text": "A", "type": "I"}, {"nodeID": 2, "text": "B", "type": "I"}, {"nodeID": 3, "type": "CA"}], "edges": [{"fromID": 2, "toID": 3}, {"fromID": 3, "toID": 1}]}"#, "map.json", in: folder)
        let result = try CLI.run(["convert", "map.json", "--to", "mermaid"], in: folder)
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("flowchart BT\n"))
        #expect(result.stdout.contains("  n1 --x n0\n"))
    }

    @Test func corpusWithOneBadFileConvertsTheRest() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let corpus = folder.appendingPathComponent("corpus")
        try write(#"{"nodes": [{"nodeID": "1", "text": "A", "type": "I"}], "edges": []}"#, "a.json", in: corpus)
        try write("{\n  \"nodes\": [\n    {\"nodeID\": 1,}\n  ]\n}\n", "b.json", in: corpus)
        try write("T1\tMajorClaim 0 1\tX\t\n", "essays/e1.ann", in: corpus)
        try write("X\n", "essays/e1.txt", in: corpus)
        try write("Discussion Title: T\n\n1. Root\n1.1. Pro: Child\n", "debate.txt", in: corpus)
        try write("<arggraph id=\"m\"><edu id=\"e1\">Hi</edu><adu id=\"a1\" type=\"pro\"/><edge id=\"c1\" src=\"e1\" trg=\"a1\" type=\"seg\"/></arggraph>", "m.xml", in: corpus)
        try write("Speaker A: a transcript beside the nodesets\n", "t.txt", in: corpus)
        let result = try CLI.run(["convert", "corpus", "--to", "graphml", "-o", "out"], in: folder)
        #expect(result.status == 1)
        // A transcript is not a Kialo export: it is named as skipped and not counted as converted.
        #expect(result.stderr.contains("corpus/t.txt: skipped: neither a Kialo export"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out/t.graphml").path))
        // The bad file is named with its line and column; the summary counts both outcomes.
        #expect(result.stderr.contains("corpus/b.json:3:18: error: invalid JSON: expected a quoted key"))
        #expect(result.stderr.contains("converted 4 of 5 files to graphml in out (1 failed: corpus/b.json)"))
        #expect(!result.stderr.contains("\r"))   // no progress bar when standard error is not a terminal
        let out = folder.appendingPathComponent("out")
        for name in ["a.graphml", "essays/e1.graphml", "debate.graphml", "m.graphml"] {
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(name).path), "missing \(name)")
        }
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("b.graphml").path))
        let debate = try String(contentsOf: out.appendingPathComponent("debate.graphml"), encoding: .utf8)
        #expect(debate.contains(">support</data>"))
    }

    @Test func mergeReadsNodesetsAsOneGraph() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try write(#"{"nodes": [{"nodeID": "1", "text": "A", "type": "I"}, {"nodeID": "2", "text": "B", "type": "I"}, {"nodeID": "3", "type": "RA"}], "edges": [{"fromID": "2", "toID": "3"}, {"fromID": "3", "toID": "1"}]}"#, "n1.json", in: folder)
        try write(#"{"nodes": [{"nodeID": "1", "text": "A", "type": "I"}, {"nodeID": "4", "text": "C", "type": "I"}, {"nodeID": "5", "type": "CA"}], "edges": [{"fromID": "4", "toID": "5"}, {"fromID": "5", "toID": "1"}]}"#, "n2.json", in: folder)
        let result = try CLI.run(["convert", "n1.json", "n2.json", "--merge", "--to", "aif", "-o", "all.json"], in: folder)
        #expect(result.status == 0)
        let merged = try String(contentsOf: folder.appendingPathComponent("all.json"), encoding: .utf8)
        #expect(merged.components(separatedBy: #""nodeID": "1""#).count == 2)   // node 1 once
        #expect(merged.contains(#""nodeID": "5""#))
    }

    @Test func forcedInputFormat() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try write("Discussion Title: T\n\n1. Root\n1.1. Con: No\n", "debate.data", in: folder)
        let result = try CLI.run(["convert", "debate.data", "--from", "kialo", "--to", "mermaid"], in: folder)
        #expect(result.status == 0)
        #expect(result.stdout.contains("n1 --x n0"))
    }

    @Test func bratEssayNamedByItsTextFileAndStandardInput() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try write("Tea 🙂 is good. Coffee is better.\n", "e.txt", in: folder)
        try write("T1\tMajorClaim 0 14\tTea 🙂 is good.\t\nT2\tClaim 15 32\tCoffee is better.\nA1\tStance T2 Against\n", "e.ann", in: folder)
        let result = try CLI.run(["convert", "e.txt", "--to", "mermaid"], in: folder)
        #expect(result.status == 0)
        // The essay's labels, spans and stances and its title (first line) are not in a Mermaid drawing: declared.
        #expect(result.stderr == """
            note: brat → Mermaid: 2 nodes lose their data blocks [mermaid-data-dropped]
            note: brat → Mermaid: 1 front-matter keys not written [mermaid-metadata-dropped]

            """)
        #expect(result.stdout.contains("n1 --x n0"))
        let piped = try CLI.run(["convert", "-", "--from", "aif", "--to", "aif"], stdin: #"{"nodes": [{"nodeID": 7, "text": "A", "type": "I"}]}"#)
        #expect(piped.status == 0)
        #expect(piped.stdout.contains(#""nodeID": "7""#))
    }
}

@Suite struct ConvertLossTests {
    @Test func lossesAreSummarisedAndStrictLossesRefusesToWrite() throws {
        let folder = try ScratchFolders.make("argmap-losses")
        defer { try? FileManager.default.removeItem(at: folder) }
        let map = "===\ntitle: T\n===\n\n# Part\n\n[A]: a #t\n  + [B]: b\n"
        try map.write(to: folder.appendingPathComponent("m.argdown"), atomically: true, encoding: .utf8)
        let plain = try CLI.run(["convert", "m.argdown", "--to", "aif", "-o", "m.json"], in: folder)
        #expect(plain.status == 0)
        #expect(plain.stderr == """
            note: Argdown → AIF: 1 headings not written (AIF has no sections) [aif-sections-dropped]
            note: Argdown → AIF: 1 nodes lose their tags (AIF has no tags) [aif-tags-dropped]

            """)
        let strict = try CLI.run(["convert", "m.argdown", "--to", "aif", "-o", "strict.json", "--strict-losses"], in: folder)
        #expect(strict.status == 1)
        #expect(strict.stderr.contains("error: Argdown → AIF: 1 nodes lose their tags"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("strict.json").path))
        // Lossless: nothing said, and --strict-losses writes.
        let json = try CLI.run(["convert", "m.argdown", "--to", "json", "-o", "m.argmap.json", "--strict-losses"], in: folder)
        #expect(json.status == 0)
        #expect(json.stderr.isEmpty)
        // A corpus sums each kind over its files.
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("c"), withIntermediateDirectories: true)
        for name in ["x", "y"] {
            try "[\(name)]: text #tag\n".write(to: folder.appendingPathComponent("c/\(name).argdown"), atomically: true, encoding: .utf8)
        }
        let corpus = try CLI.run(["convert", "c", "--to", "aif", "-o", "out"], in: folder)
        #expect(corpus.status == 0)
        #expect(corpus.stderr.contains("note: Argdown → AIF: 2 nodes lose their tags (AIF has no tags) [aif-tags-dropped] in 2 files"))
    }
}
