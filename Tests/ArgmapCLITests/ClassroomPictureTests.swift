import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// Classroom pictures through the Graphviz renderer.
@Suite struct ClassroomPictureTests {
    @Test func revealFramesShareOneLayout() throws {
        let dir = try ClassroomCommandTests.scratch("reveal-svg")
        try ClassroomMapCommandTests.map.write(to: dir.appendingPathComponent("map.argdown"), atomically: true, encoding: .utf8)
        let r = try CLI.run(["reveal", "map.argdown", "-o", "slides"], in: dir)
        #expect(r.status == 0)
        let frames = try (1...4).map { try String(contentsOf: dir.appendingPathComponent("slides/frame-00\($0).svg"), encoding: .utf8) }
        // Frame k hides 4 − k nodes and the relations into them; with the hiding removed every frame is the last
        // frame byte for byte, so every coordinate is the same in all frames.
        let hiddenCounts = frames.map { $0.components(separatedBy: " visibility=\"hidden\"").count - 1 }
        #expect(hiddenCounts == [6, 4, 2, 0])
        for f in frames { #expect(f.replacingOccurrences(of: " visibility=\"hidden\"", with: "") == frames[3]) }
        for f in frames { _ = try XMLDocument(xmlString: f, options: []) }
    }

    @Test func diffMapIsColouredByVerdict() throws {
        let dir = try ClassroomCommandTests.scratch("diff-svg")
        try ClassroomMapCommandTests.map.write(to: dir.appendingPathComponent("key.argdown"), atomically: true, encoding: .utf8)
        try "[C]: Workers took power in October.\n  - [P]: The Kornilov coup was defeated by workers.\n  + [X]: Something else entirely.\n"
            .write(to: dir.appendingPathComponent("s.argdown"), atomically: true, encoding: .utf8)
        let r = try CLI.run(["grade", "s.argdown", "--key", "key.argdown", "--diff-map", "diff.svg", "-o", "report.txt"], in: dir)
        #expect(r.status == 0)
        let raw = try String(contentsOf: dir.appendingPathComponent("diff.svg"), encoding: .utf8)
        _ = try XMLDocument(xmlString: raw, options: [])
        // Graphviz writes "-" in attributes as "&#45;".
        let svg = raw.replacingOccurrences(of: "&#45;", with: "-")
        #expect(svg.contains("diff-wrong-type"))
        #expect(svg.contains("diff-extra"))
        #expect(svg.contains("diff-missing"))
        #expect(svg.contains("stroke-dasharray"))
    }

    /// Regression (issue 21): a `#` heading in the student's map made `--diff-map` crash (index out of range).
    @Test func diffMapOfAMapWithHeadingsDrawsItsGroups() throws {
        let dir = try ClassroomCommandTests.scratch("diff-heading")
        try ClassroomMapCommandTests.map.write(to: dir.appendingPathComponent("key.argdown"), atomically: true, encoding: .utf8)
        try "# Causes\n\n[C]: Workers took power in October.\n  + [P]: The Kornilov coup was defeated by workers.\n"
            .write(to: dir.appendingPathComponent("s.argdown"), atomically: true, encoding: .utf8)
        let r = try CLI.run(["grade", "s.argdown", "--key", "key.argdown", "--diff-map", "diff.svg", "-o", "report.txt"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        let raw = try String(contentsOf: dir.appendingPathComponent("diff.svg"), encoding: .utf8)
        _ = try XMLDocument(xmlString: raw, options: [])
        #expect(raw.contains("Causes"))
    }
}
