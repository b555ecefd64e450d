import ArgdownSyntax
import ArgumentModel
import Testing
@testable import ArgumentFormats

/// Argdown JSON `ranges` (issue 15 item 2), as Argdown 1.7's ModelPlugin writes them: UTF-16 `start`, inclusive
/// `stop`, tag and mention ranges over their trailing blank. Offsets below are counted by hand.
@Suite struct ArgdownJSONRangesTests {
    static let source = """
        [A]: This is **very** _important_ and [a link](https://argdown.org) #pro p .^. q
          + <B>: Mention @[A] here, **bold _nested_ text**.
        """

    func member(_ doc: DataValue, _ group: String, _ title: String) throws -> DataValue {
        let members = try #require(doc[group]?[title]?["members"]?.arrayValue)
        return try #require(members.first { $0["text"] != nil })
    }

    func range(_ type: String, _ start: Int, _ stop: Int, _ extra: (String, String)? = nil) -> DataValue {
        var dict: [(String, DataValue)] = [("type", .string(type))]
        if let extra { dict.append((extra.0, .string(extra.1))) }
        dict += [("start", .int(start)), ("stop", .int(stop))]
        return .object(.init(uniqueKeysWithValues: dict))
    }

    @Test func writesRangesAsArgdownDoes() throws {
        let graph = ArgdownReader.read(Self.source).graph
        let doc = ArgdownJSON.document(graph)
        let a = try member(doc, "statements", "A")
        // "This is very important and a link #pro p ∧ q": very 8-11, important 13-21, "a link" 27-32,
        // "#pro" 34-37 plus the blank after it (38).
        #expect(a["text"] == .string("This is very important and a link #pro p ∧ q"))
        #expect(a["ranges"] == .array([
            range("bold", 8, 11), range("italic", 13, 21), range("link", 27, 32, ("url", "https://argdown.org")),
            range("tag", 34, 38, ("tag", "pro")),
        ]))
        let b = try member(doc, "arguments", "B")
        // "Mention @[A] here, bold nested text.": "@[A] " 8-12, "bold nested text" 19-34, "nested" 24-29.
        #expect(b["ranges"] == .array([
            range("statement-mention", 8, 12, ("title", "A")), range("bold", 19, 34), range("italic", 24, 29),
        ]))
    }

    @Test func countsUTF16UnitsLikeJavaScript() throws {
        // "👍" is two UTF-16 units (four UTF-8 bytes), "é" one (two bytes): "👍 é bold" → bold at 5...8.
        let graph = ArgdownReader.read("[A]: :+1: é **bold**").graph
        let a = try member(ArgdownJSON.document(graph), "statements", "A")
        #expect(a["text"] == .string("👍 é bold"))
        #expect(a["ranges"] == .array([range("bold", 5, 8)]))
    }

    @Test func readsRangesBackToTheSameGraph() throws {
        let graph = ArgdownReader.read(Self.source).graph
        let back = ArgdownJSON.read(ArgdownJSON.write(graph))
        #expect(back.diagnostics.isEmpty, "\(back.diagnostics.map(\.headline))")
        for node in graph.nodes {
            let other = try #require(back.graph.nodes.first { $0.bracketedTitle == node.bracketedTitle })
            #expect(other.text == node.text)
            #expect(other.ranges == node.ranges)
        }
        // And argmap JSON keeps them too.
        let argmap = ArgmapJSON.read(ArgmapJSON.write(graph))
        #expect(argmap.graph.nodes.map(\.ranges) == graph.nodes.map(\.ranges))
        #expect(argmap.graph.nodes.map { $0.occurrences.map(\.ranges) } == graph.nodes.map { $0.occurrences.map(\.ranges) })
    }

    @Test func rangesThatDoNotFitAreWarnings() {
        let json = """
            {"statements": {"A": {"type": "equivalence-class", "title": "A", "members": [
              {"type": "statement", "title": "A", "text": "short",
               "ranges": [{"type": "bold", "start": 2, "stop": 40}, {"type": "wavy", "start": 0, "stop": 1},
                          {"type": "italic", "start": 0, "stop": 1}]}]}}}
            """
        let result = ArgdownJSON.read(json)
        #expect(result.graph.nodes.first?.ranges == [TextRange(.italic, start: 0, end: 2)])
        #expect(result.diagnostics.filter { $0.severity == .warning }.count == 2)
    }
}
