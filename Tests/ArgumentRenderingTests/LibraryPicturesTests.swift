import ArgdownSyntax
import ArgumentAnalysis
import ArgumentModel
import Foundation
import Testing
@testable import ArgumentRendering

/// Highlights, classroom pictures and output naming, as a library user calls them.
@Suite struct LibraryPicturesTests {
    static let attacked = ArgdownReader.read("[A]: a.\n  - [B]: b.\n\n[C]: c.\n  + [D]: d.\n").graph

    @Test func evaluationHighlightsColourByLabel() throws {
        let styles = EvaluationHighlights.nodeStyles(Self.attacked, semantics: .grounded)
        let a = try #require(Self.attacked.node(.statement, titled: "A"))
        let b = try #require(Self.attacked.node(.statement, titled: "B"))
        #expect(styles[a]?.classes == ["label-out"])
        #expect(styles[a]?.fill == EvaluationHighlights.outFill)
        #expect(styles[b]?.classes == ["label-in"])
        #expect(styles[b]?.badge == "IN")
        #expect(styles[b]?.note == "grounded: IN")
        #expect(styles.count == 4)
    }

    @Test func queryHighlightsShowMatchesProofsAndContext() throws {
        let result = try QueryEngine(Self.attacked).evaluate("?x attacks [A]", explain: true)
        let options = QueryHighlights.options(result, Self.attacked, query: "?x attacks [A]")
        let a = try #require(Self.attacked.node(.statement, titled: "A"))
        let b = try #require(Self.attacked.node(.statement, titled: "B"))
        let c = try #require(Self.attacked.node(.statement, titled: "C"))
        #expect(options.nodeStyles[b]?.classes == ["query-match"])
        #expect(options.nodeStyles[a]?.classes == ["query-path"])
        #expect(options.visibleNodes?.contains(c) == false)
        #expect(options.caption == "query: ?x attacks [A]")
        #expect(options.relationStyles.values.allSatisfy { $0.classes == ["query-proof"] })
        #expect(options.relationStyles.count == 1)
    }

    @Test func revealFramesShareOneLayout() async throws {
        let plan = RevealPlan(Self.attacked)
        let frames = try await ClassroomPictures.revealFrames(Self.attacked, plan: plan)
        #expect(frames.map(\.name) == (1...plan.frameCount).map { "frame-00\($0).svg" })
        let hidden = frames.map { $0.svg.components(separatedBy: "visibility=\"hidden\"").count - 1 }
        #expect(hidden.first ?? 0 > hidden.last ?? 0)
        #expect(hidden.last == 0)
    }

    @Test func diffMapsAreStyledByVerdict() async throws {
        let student = ArgdownReader.read("[A]: a.\n  + [B]: b.\n").graph
        let diff = DiffMap(MapComparison(key: Self.attacked, student: student))
        let options = ClassroomPictures.diffOptions(diff)
        #expect(options.nodeStyles.count == diff.graph.nodes.count)
        #expect(options.relationStyles.values.contains { $0.label == "wrong type: the key has an attack" })
        let svg = String(decoding: try await ClassroomPictures.diffMap(diff, format: .svg), as: UTF8.self)
        #expect(svg.contains("<style>\(ClassroomPictures.diffCSS)</style>"))
        #expect(ClassroomPictures.injectingStyle("x{}", into: "<?xml?>\n<svg a=\"1\"><g/></svg>") == "<?xml?>\n<svg a=\"1\">\n<style>x{}</style><g/></svg>")
    }

    @Test func destinationsFollowFormatThenExtensionThenSVG() throws {
        #expect(try RenderDestination.resolve(input: "maps/a.argdown", output: nil, format: nil) == ("a.svg", .svg))
        #expect(try RenderDestination.resolve(input: "a.argdown", output: "out/b.PDF", format: nil) == ("out/b.PDF", .pdf))
        #expect(try RenderDestination.resolve(input: "a.argdown", output: "b.pdf", format: .png) == ("b.pdf", .png))
        #expect(try RenderDestination.resolve(input: "-", output: nil, format: .dot) == ("-", .dot))
        #expect(throws: RenderDestination.UnknownExtension.self) {
            try RenderDestination.resolve(input: "a.argdown", output: "b.foo", format: nil)
        }
        #expect(RenderDestination.pageFile("out/m.svg", 2) == "out/m-2.svg")
        #expect(RenderDestination.pageFile("m", 3) == "m-3")
    }
}

@Suite struct HandoutDocumentTests {
    @Test func pagesArePDFSVGOrPNG() {
        #expect(HandoutRenderer.pageFormat(.pdf) == .pdf)
        #expect(HandoutRenderer.pageFormat(.svg) == .svg)
        #expect(HandoutRenderer.pageFormat(.png) == .png)
        #expect(HandoutRenderer.pageFormat(.dot) == nil)
        #expect(HandoutRenderer.pageFormat(.html) == nil)
    }
}
