import ArgdownSyntax
import ArgumentModel
import Foundation
import Testing
@testable import ArgumentRendering

/// Megabytes of text in one statement or one title draw in time linear in their length (issue 21: 10 MB of text
/// took 83 s). Each case names the quadratic path it guards; the time bounds are generous (debug build, a shared
/// machine) but far below what the quadratic code took on these sizes.
@Suite struct LongTextRenderingTests {
    private func within<T>(_ seconds: Int, _ what: String, _ body: () throws -> T) rethrows -> T {
        var result: T?
        let elapsed = try ContinuousClock().measure { result = try body() }
        #expect(elapsed < .seconds(seconds), "\(what) took \(elapsed)")
        return result!
    }

    /// `count` bytes of ASCII words.
    static func words(bytes count: Int) -> String {
        var text = ""
        text.reserveCapacity(count + 16)
        var i = 0
        while text.utf8.count < count {
            text += String(repeating: "w", count: i % 11 + 1) + " "
            i += 1
        }
        return text
    }

    /// A long word of non-ASCII characters was cut into lines by counting the Characters left after every cut:
    /// 400,000 `é` took 99 s.
    @Test func aLongNonASCIIWordWrapsInLinearTime() {
        let lines = within(5, "wrapping 300,000 é") { TextWrapper.wrap(String(repeating: "é", count: 300_000), width: 30) }
        #expect(lines.count == 10_000)
        #expect(lines.allSatisfy { $0.count == 30 })
    }

    /// Joining a label's lines copied the label so far for every line: a 2 MB title (60,000 lines) took about 27 s.
    @Test func aLabelOfManyLinesJoinsInLinearTime() {
        let lines = (0..<60_000).map { HTMLLabel.text("line \($0) with some words") }
        let label = within(5, "joining 60,000 label lines") { HTMLLabel.lines(lines) }
        #expect(label.markup.hasPrefix("line 0 with some words<BR ALIGN=\"LEFT\"/>line 1 "))
        #expect(label.markup.hasSuffix("line 59999 with some words<BR ALIGN=\"LEFT\"/>"))
    }

    /// Graphviz lexes a quoted string in quadratic time, and the tooltip carried the whole text: the DOT now holds
    /// at most ``DOTWriter/maximumTooltipLength`` characters of it, and node ids at most
    /// ``ElementIDs/maximumSlugLength`` letters of a title.
    @Test func megabytesOfTextReachGraphvizBounded() async throws {
        let text = Self.words(bytes: 2 << 20)
        let map = ArgdownReader.read("[Long]: \(text)\n\n[\(text)]: a megabyte title.\n", file: nil).graph
        let dot = MapRenderer.dot(map)
        let tooltips = dot.components(separatedBy: "tooltip=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
        #expect(tooltips.count == 2)
        // + 1 for the `…`, and `\n` (two characters) for each line break of the text.
        #expect(tooltips.allSatisfy { $0.count <= DOTWriter.maximumTooltipLength + 10 && $0.hasSuffix("…") })
        let ids = dot.components(separatedBy: "id=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
        #expect(ids.count >= 2)
        #expect(ids.allSatisfy { $0.count <= 2 + 2 * ElementIDs.maximumSlugLength }, "\(ids.map(\.count))")
        // The time this takes is measured by `argmap-benchmarks growth` (a wall-clock bound here failed on a
        // loaded machine); the test holds what keeps it linear: the bounded strings above, and that it renders.
        let svg = try await MapRenderer.svg(map)
        #expect(svg.contains("<title>"))
    }

    @Test func slugsKeepAtMostTheirMaximumOfLettersAndDigits() {
        let slug = ElementIDs.slug(Self.words(bytes: 100_000))
        #expect(slug.filter { $0 != "-" }.count == ElementIDs.maximumSlugLength)
        #expect(!slug.hasSuffix("-"))
        #expect(ElementIDs.slug("Soviet power") == "soviet-power")
    }
}
