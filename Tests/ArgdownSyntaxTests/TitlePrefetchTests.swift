import Testing
import ArgumentModel
@testable import ArgdownSyntax

/// The parser's look-ahead that prefetches title slots (`TitlePrefetch.swift`) is a hint: lines it peeks at wrongly
/// (blanks in the brackets, escapes, non-ASCII) or that end the file inside a title read as before it existed (the
/// expected graphs and diagnostics are main's at f0f50cb, checked with its `argmap export`).
@Suite struct TitlePrefetchTests {
    @Test func peekedLinesThatAreNotPlainTitlesReadAsBefore() {
        let text = """
            [A]: a

            [A]
                <+ [ B ]: spaced
                <- <Arg\\>: escaped
                +> [C\u{E9}]: not ASCII
                <+ [D]
                <+ [
            """
        let graph = ArgdownReader.read(text, file: "peek.argdown").graph
        #expect(graph.nodes.map(\.title) == ["A", "B", "Untitled 1", "C\u{E9}", "D", "Untitled 2"])
        let relations = graph.relations.map { "\(graph.nodes[$0.from.index].title) \($0.type) \(graph.nodes[$0.to.index].title)" }
        #expect(relations == ["B support A", "Untitled 1 attack A", "A support C\u{E9}", "D support A", "Untitled 2 support A"])
    }

    @Test func aFileEndingInsideAPeekedTitleIsRead() {
        let cases: [(text: String, titles: [String], diagnostics: Int)] = [
            ("[A]: a\n\n[A]\n    <+ [B", ["A", "Untitled 1"], 1),
            ("[A]: a\n\n[A]\n    <+ <", ["A", "Untitled 1"], 0),
            ("[A]: a\n  <+ [B]\n  <- ", ["A", "B"], 2),
            ("[", ["Untitled 1"], 0),
        ]
        for c in cases {
            let result = ArgdownReader.read(c.text, file: "end.argdown")
            #expect(result.graph.nodes.map(\.title) == c.titles, "\(c.text)")
            #expect(result.diagnostics.count == c.diagnostics, "\(c.text)")
        }
    }
}
