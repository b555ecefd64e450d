import ArgumentModel
import Testing
@testable import ArgumentFormats

@Suite struct JSONDataTests {
    @Test func parserKeepsKeyOrderAndTypes() throws {
        let value = try JSONDataParser.parse(#"{"z": 1, "a": [true, null, 2.5, -0, 1e3], "m": {"y": "s", "b": false}}"#).get()
        guard case .object(let dict) = value else {
            Issue.record("not an object")
            return
        }
        #expect(Array(dict.keys) == ["z", "a", "m"])
        #expect(dict["z"] == .int(1))
        #expect(dict["a"] == .array([.bool(true), .null, .double(2.5), .int(0), .double(1000)]))
        #expect(Array(dict["m"]?.objectValue.keys ?? []) == ["y", "b"])
    }

    @Test func parserDecodesEscapesAndSurrogatePairs() throws {
        let value = try JSONDataParser.parse(#""a\"b\\c\/d\n\t\u00e9\ud83d\udea9""#).get()
        #expect(value == .string("a\"b\\c/d\n\té🚩"))
    }

    @Test func parserReportsLineAndColumnOfSyntaxErrors() {
        guard case .failure(let error) = JSONDataParser.parse("{\n  \"a\": 1,\n  \"é\": tru\n}") else {
            Issue.record("expected a failure")
            return
        }
        #expect(error.position.line == 3)
        #expect(error.position.column == 8)
        #expect(error.message.contains("true"))
    }

    @Test func parserRejectsMalformedInputWithoutCrashing() {
        for bad in ["", "{", "[1,]", "{\"a\" 1}", "01", "1.", "\"\\x\"", "\"\\ud800\"", "nul", "[1] 2", "{\"a\":1,}",
                    "\"unterminated", "-", "1e", String(repeating: "[", count: 2000)] {
            if case .success = JSONDataParser.parse(bad) { Issue.record("accepted \(bad.prefix(20))") }
        }
    }

    @Test func writerEscapesAndPrintsScalarArraysInline() {
        let value = DataValue.object([
            "s": .string("q\"b\\n\nc\u{01}é"), "list": .array([.int(1), .double(0.5), .null]), "empty": .object([:]),
            "nested": .array([.object(["k": .bool(false)])]),
        ])
        let expected = """
            {
              "s": "q\\"b\\\\n\\nc\\u0001é",
              "list": [1, 0.5, null],
              "empty": {},
              "nested": [
                {
                  "k": false
                }
              ]
            }

            """
        #expect(JSONDataWriter.write(value) == expected)
    }

    @Test func writerOutputParsesBackToTheSameValue() throws {
        let value = DataValue.object(["b": .array([.string("\u{2028}\u{7F}"), .int(Int.min), .double(-1.25e-7)]), "a": .null])
        #expect(try JSONDataParser.parse(JSONDataWriter.write(value)).get() == value)
    }

    /// Indentation beyond the writer's table of 64 levels (one copy per line break) is written the same way.
    @Test func writerIndentsDeeperThanSixtyFourLevels() {
        var value = DataValue.array([.int(1), .int(2)])
        for _ in 0..<70 { value = .array([value, .object(["k": .bool(true)])]) }
        func expected(_ depth: Int, indent: Int) -> String {
            guard depth > 0 else { return "[1, 2]" }
            let inner = String(repeating: "  ", count: indent + 1)
            return "[\n" + inner + expected(depth - 1, indent: indent + 1) + ",\n" + inner + "{\n" + inner + "  \"k\": true\n"
                + inner + "}\n" + String(repeating: "  ", count: indent) + "]"
        }
        #expect(JSONDataWriter.write(value) == expected(70, indent: 0) + "\n")
    }
}
