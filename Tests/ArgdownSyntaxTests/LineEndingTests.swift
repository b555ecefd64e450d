import ArgumentModel
import Foundation
import Testing
@testable import ArgdownSyntax

/// Issue 21: a file whose lines end in CR alone (classic Mac) is read line by line, as Argdown's lexer reads it,
/// with the same offsets as the original bytes.
@Suite struct LineEndingTests {
    static let lf = "# Causes\n\n[A]: Workers took power.\n  + [B]: The coup failed.\n  - <C>: It was a coup.\n"

    @Test(arguments: ["\r", "\r\n"])
    func otherLineEndsReadLikeLineFeeds(_ end: String) throws {
        let text = Self.lf.replacingOccurrences(of: "\n", with: end)
        let expected = ArgdownReader.read(Self.lf).graph
        for result in [ArgdownReader.read(text), ArgdownReader.read(data: Data(text.utf8))] {
            #expect(result.diagnostics.filter { $0.severity == .error }.isEmpty)
            let graph = result.graph
            #expect(graph.nodes.map(\.title) == expected.nodes.map(\.title))
            #expect(graph.nodes.map(\.text) == expected.nodes.map(\.text))
            #expect(graph.relations.count == expected.relations.count)
            #expect(graph.sections.map(\.title) == ["Causes"])
            let b = try #require(graph.statement(titled: "B"))
            // Line 4 either way; the offset is that of the original bytes.
            #expect(graph[b].range?.start.line == 4)
            let offset = try #require(graph[b].range?.start.offset)
            #expect(Array(text.utf8)[offset...].starts(with: Array("[B]".utf8)))
        }
    }

    /// A lone CR among LF line ends ends its line too (Argdown's `Newline` token is `\r\n|\n|\r`).
    @Test func aCRInsideALineEndsIt() {
        let graph = ArgdownReader.read("[A]: one\r  + [B]: two\n").graph
        #expect(graph.nodes.map(\.title) == ["A", "B"])
        #expect(graph.relations.map(\.type) == [.support])
    }
}
