import Foundation
import Testing

@Suite struct GenerateCommandTests {
    @Test func sameOptionsGiveTheSameBytesAndTheSeedChangesThem() throws {
        let a = try CLI.run(["generate", "--statements", "60", "--arguments", "4", "--shape", "essay", "--seed", "9"])
        let b = try CLI.run(["generate", "--statements", "60", "--arguments", "4", "--shape", "essay", "--seed", "9"])
        let c = try CLI.run(["generate", "--statements", "60", "--arguments", "4", "--shape", "essay", "--seed", "10"])
        #expect(a.status == 0)
        #expect(a.stdout == b.stdout)
        #expect(a.stdout != c.stdout)
        #expect(a.stdout.contains("[Thesis]: "))
    }

    @Test func generatedArgdownReadsBackWithTheRequestedCounts() throws {
        let folder = try ScratchFolders.make("argmap-generate")
        defer { try? FileManager.default.removeItem(at: folder) }
        let map = folder.appendingPathComponent("map.argdown").path
        #expect(try CLI.run(["generate", "--statements", "120", "--arguments", "5", "--shape", "random", "-o", map]).status == 0)
        let json = try CLI.run(["export", map, "--format", "argdown-json"])
        #expect(json.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect((object?["statements"] as? [String: Any])?.count == 120)
        #expect((object?["arguments"] as? [String: Any])?.count == 5)
    }

    @Test func bratNeedsAnAnnFileAndWritesTheTextBesideIt() throws {
        #expect(try CLI.run(["generate", "--statements", "5", "--format", "brat"]).status != 0)
        let folder = try ScratchFolders.make("argmap-generate")
        defer { try? FileManager.default.removeItem(at: folder) }
        let ann = folder.appendingPathComponent("e.ann").path
        #expect(try CLI.run(["generate", "--statements", "12", "--shape", "essay", "--format", "brat", "-o", ann]).status == 0)
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("e.txt").path))
        let stats = try CLI.run(["convert", ann, "--to", "json"])
        #expect(stats.status == 0)
        #expect(stats.stdout.contains("MajorClaim"))
    }
}
