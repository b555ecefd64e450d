import ArgumentModel
import Testing
@testable import ArgumentFormats

/// The one JSON parser's positioned tree and dialects, and the writer's expanded layout (what AIF files use).
@Suite struct JSONTreeTests {
    @Test func treeKeepsEachValuesLineAndOffset() throws {
        let text = "{\n  \"a\": [1,\n    \"xé\", true]\n}"
        let bytes = Array(text.utf8)
        let root = try JSONDataParser.parseTree(bytes).get()
        #expect(root.location.line == 1 && root.location.offset == 0)
        let list = try #require(root["a"])
        #expect(list.location.line == 2 && list.location.offset == 9)
        let items = try #require(list.array)
        #expect(items.count == 3)
        #expect(items[1].string == "xé")
        #expect(items[1].location.position(in: bytes) == SourcePosition(line: 3, column: 5, offset: 17))
        // After a string holding a two-byte character, columns still count characters.
        #expect(items[2].location.position(in: bytes) == SourcePosition(line: 3, column: 11, offset: 24))
    }

    @Test func lenientDialectReadsWhatStrictRefuses() throws {
        let cases: [(String, DataValue)] = [
            ("\u{FEFF}{}", .object([:])),
            ("\"a\tb\"", .string("a\tb")),
            ("007", .int(7)),
            ("\"\\ud800x\"", .string("\u{FFFD}x")),
            ("\"\\udc00\"", .string("\u{FFFD}")),
        ]
        for (text, expected) in cases {
            if case .success = JSONDataParser.parseTree(Array(text.utf8)) { Issue.record("strict accepted \(text)") }
            if case .success = JSONDataParser.parse(text) { Issue.record("strict accepted \(text)") }
            let value = try JSONDataParser.parseTree(Array(text.utf8), dialect: .lenient).get()
            #expect(value.dataValue == expected, "\(text)")
        }
    }

    @Test func lenientErrorColumnsStartAfterTheByteOrderMark() {
        guard case .failure(let error) = JSONDataParser.parseTree(Array("\u{FEFF}{,}".utf8), dialect: .lenient) else {
            Issue.record("accepted")
            return
        }
        #expect(error.position.line == 1 && error.position.column == 2)
    }

    @Test func aifReaderStillReadsLenientFiles() {
        let text = "\u{FEFF}{\"nodes\": [{\"nodeID\": 01, \"text\": \"tab\there\", \"type\": \"I\"}], \"edges\": []}"
        let result = AIFReader.read(text, file: "lenient.json")
        #expect(result.diagnostics.filter { $0.severity == .error }.isEmpty)
        #expect(result.graph.statements.map(\.text) == ["tab\there"])
        #expect(result.graph.statements.map(\.title) == ["1"])
    }

    @Test func expandedLayoutPutsEveryArrayElementOnItsOwnLine() {
        let value = DataValue.object([
            "a": .array([.int(1), .string("x")]), "b": .object([:]), "c": .array([]),
            "d": .object(["e": .array([.bool(true)])]),
        ])
        let expected = """
            {
              "a": [
                1,
                "x"
              ],
              "b": {},
              "c": [],
              "d": {
                "e": [
                  true
                ]
              }
            }

            """
        #expect(JSONDataWriter.writeExpanded(value) == expected)
    }
}
