import Foundation
import Testing

@Suite struct RenderCommandTests {
    static let map = """
        [Soviet power]: All power must pass to the soviets.
          + [Dual power fails]: The provisional government cannot end the war.
        """

    /// A fresh folder holding `map.argdown` (and `graphs/october-1917.argdown` when asked).
    func folder(withDefaultMap: Bool = false) throws -> URL {
        let url = try ScratchFolders.make("argmap-render")
        try Data(Self.map.utf8).write(to: url.appendingPathComponent("map.argdown"))
        if withDefaultMap {
            try FileManager.default.createDirectory(at: url.appendingPathComponent("graphs"), withIntermediateDirectories: true)
            try Data(Self.map.utf8).write(to: url.appendingPathComponent("graphs/october-1917.argdown"))
        }
        return url
    }

    func contents(_ url: URL) -> Data? { try? Data(contentsOf: url) }

    @Test func formatComesFromTheExtension() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        for name in ["out.dot", "out.gv", "out.svg", "out.png", "out.pdf"] {
            let result = try CLI.run(["render", "map.argdown", "-o", name], in: dir)
            #expect(result.status == 0, "\(name): \(result.stderr)")
            let data = try #require(contents(dir.appendingPathComponent(name)))
            let head = String(decoding: data.prefix(9), as: UTF8.self)
            switch name {
            case "out.dot", "out.gv": #expect(head.hasPrefix("digraph \""))
            case "out.svg": #expect(head == "<?xml ver")
            case "out.png": #expect(Array(data.prefix(4)) == [0x89, 0x50, 0x4E, 0x47])
            default: #expect(head.hasPrefix("%PDF-"))
            }
        }
    }

    @Test func formatOptionWinsAndDashIsStandardOutput() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try CLI.run(["render", "map.argdown", "--format", "dot", "-o", "-"], in: dir)
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("digraph \"argmap\" {"))
        #expect(result.stderr.isEmpty)
    }

    @Test func withoutOutputWritesBesideTheCurrentFolderUnderTheMapsName() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try CLI.run(["render", "map.argdown", "--format", "dot"], in: dir)
        #expect(result.status == 0)
        #expect(contents(dir.appendingPathComponent("map.dot")) != nil)
        #expect(result.stderr.contains("wrote ") && result.stderr.contains("map.dot"))
    }

    @Test func unknownExtensionOrFormatIsAnErrorAndWritesNothing() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let byExtension = try CLI.run(["render", "map.argdown", "-o", "map.bmp"], in: dir)
        #expect(byExtension.status == 1)
        #expect(byExtension.stderr.contains("cannot tell the format from '.bmp'"))
        #expect(contents(dir.appendingPathComponent("map.bmp")) == nil)
        let byOption = try CLI.run(["render", "map.argdown", "--format", "bmp"], in: dir)
        #expect(byOption.status != 0)
        #expect(byOption.stderr.contains("unknown format 'bmp'"))
        let theme = try CLI.run(["render", "map.argdown", "--theme", "neon"], in: dir)
        #expect(theme.status != 0 && theme.stderr.contains("textbook, argdown, colorblind, print"))
    }

    @Test func aFailedRenderLeavesTheOldFileAlone() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let target = dir.appendingPathComponent("keep.svg")
        try Data("old".utf8).write(to: target)
        let result = try CLI.run(["render", "map.argdown", "-o", "keep.svg", "--focus", "Kornilov affair"], in: dir)
        #expect(result.status == 1)
        #expect(result.stderr.contains("Kornilov affair"))
        #expect(contents(target) == Data("old".utf8))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0 != "map.argdown" && $0 != "keep.svg" }
        #expect(leftovers.isEmpty)
    }

    @Test func noArgumentsRendersTheEssayMapIntoTheCurrentFolder() throws {
        let dir = try folder(withDefaultMap: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try CLI.run(["render"], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        let svg = try #require(contents(dir.appendingPathComponent("october-1917.svg")))
        #expect(String(decoding: svg, as: UTF8.self).contains("<svg"))
        #expect(result.stderr.contains("wrote ") && result.stderr.contains("/october-1917.svg"))
    }

    @Test func noArgumentsOutsideTheRepositorySaysWhatToDo() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try CLI.run(["render"], in: dir)
        #expect(result.status == 1)
        #expect(result.stderr.contains("graphs/october-1917.argdown not found"))
    }

    @Test func helpExplainsWhatTheLayoutLimitsTrade() throws {
        let result = try CLI.run(["render", "--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("--no-limits"))
        #expect(result.stdout.contains("edge crossings"))
        #expect(result.stdout.contains("argmap render map.argdown -o map.pdf"))
    }
}
