import ArgumentModel
import Foundation
import Testing
@testable import ArgdownSyntax

/// One test per reader diagnostic (issue 2, item 4): each fixture in Fixtures/diagnostics/ must produce its code
/// with the right severity at the line and column worked out by hand from the fixture's text.
@Suite struct DiagnosticTests {
    /// Reads a diagnostics fixture as raw bytes (the UTF-8 one is deliberately broken) and returns the one
    /// diagnostic with `code`.
    private func diagnostic(_ code: String, in name: String) throws -> Diagnostic {
        let data = try ArgdownRoundTripTests.fixtureData("diagnostics/\(name).argdown")
        let result = ArgdownReader.read(data: data, file: name)
        let matching = result.diagnostics.filter { $0.code == code }
        #expect(matching.count == 1, "\(result.diagnostics.map(\.headline))")
        return try #require(matching.first)
    }

    private func expect(_ d: Diagnostic, _ severity: Severity, line: Int, column: Int) {
        #expect(d.severity == severity)
        #expect(d.range?.start.line == line)
        #expect(d.range?.start.column == column)
    }

    @Test func relationAfterEmptyLine() throws {
        expect(try diagnostic("relation-after-empty-line", in: "relation-after-empty-line"), .error, line: 3, column: 3)
    }

    @Test func badIndentation() throws {
        expect(try diagnostic("bad-indentation", in: "bad-indentation"), .error, line: 2, column: 1)
    }

    @Test func unterminatedComment() throws {
        expect(try diagnostic("unterminated-comment", in: "unterminated-comment"), .error, line: 3, column: 1)
    }

    @Test func unterminatedData() throws {
        // `{` is the 53rd character of line 1.
        expect(try diagnostic("unterminated-data", in: "unterminated-data"), .error, line: 1, column: 53)
    }

    @Test func unterminatedFrontMatter() throws {
        expect(try diagnostic("unterminated-front-matter", in: "unterminated-front-matter"), .error, line: 1, column: 1)
    }

    @Test func invalidYAMLIsMappedIntoTheFile() throws {
        // Yams stops at the `}` (column 49) that cannot close the `[` opened at column 34.
        let d = try diagnostic("invalid-yaml", in: "invalid-yaml")
        expect(d, .error, line: 3, column: 49)
        #expect(d.message.contains("line 3, column 34"))
    }

    @Test func invalidYAMLInABlockDataBlockAndFrontMatterNamesTheFileLine() {
        let block = ArgdownReader.read("[A]: a. {\n  source: Lenin\n  year: [1917\n}\n").diagnostics.first { $0.code == "invalid-yaml" }
        #expect(block?.range?.start.line == 4)
        #expect(block?.message.contains("line 3, column 9") == true)
        let front = ArgdownReader.read("===\ntitle: October\nauthor: [Lenin\n===\n\n[A]: a.\n").diagnostics.first { $0.code == "invalid-yaml" }
        #expect(front?.range?.start.line == 4)
        #expect(front?.message.contains("front matter") == true)
        #expect(front?.message.contains("line 3, column 9") == true)
        let bad = ArgdownReader.read("[A]: a.\n  + [B]: b. {x: 1, y: @bad}\n").diagnostics.first { $0.code == "invalid-yaml" }
        #expect(bad?.range?.start.line == 2)
        #expect(bad?.range?.start.column == 23)
    }

    @Test func duplicatePCS() throws {
        expect(try diagnostic("duplicate-pcs", in: "duplicate-pcs"), .error, line: 9, column: 1)
    }

    @Test func contradictionOnArgument() throws {
        expect(try diagnostic("contradiction-on-argument", in: "contradiction-on-argument"), .error, line: 2, column: 3)
    }

    @Test func undefinedReferenceSuggestsTheClosestTitle() throws {
        let d = try diagnostic("undefined-reference", in: "undefined-reference")
        expect(d, .warning, line: 2, column: 5)
        #expect(d.message.contains("did you mean [Soviet power]?"))
    }

    @Test func conflictingDefinition() throws {
        let d = try diagnostic("conflicting-definition", in: "conflicting-definition")
        expect(d, .note, line: 3, column: 1)
        #expect(d.message.contains("line 1"))
    }

    @Test func invalidUTF8NamesTheByteOffset() throws {
        // Line 1 is 51 characters + LF, line 2 is empty: 53 bytes; "[Bread]: Bread costs 10 r" is 25 more.
        let d = try diagnostic("invalid-utf8", in: "invalid-utf8")
        expect(d, .error, line: 3, column: 26)
        #expect(d.message.contains("offset 78"))
        #expect(d.message.contains("0xFA"))
    }

    @Test func frontMatterSettingsArePointedAtTheirLine() {
        let depth = ArgdownReader.read("===\ngroupDepth: two\n===\n\n[A]: a.\n").diagnostics.first { $0.code == "invalid-setting" }
        #expect(depth?.range?.start.line == 2)
        #expect(depth?.range?.start.column == 1)
        let mode = ArgdownReader.read("===\nmodel: {mode: lax}\n===\n\n[A]: a.\n").diagnostics.first { $0.code == "unknown-mode" }
        #expect(mode?.severity == .warning)
        #expect(mode?.range?.start.line == 2)
        #expect(mode?.range?.start.column == 9)
    }

    @Test func everyDiagnosticsFixtureHasATest() {
        let names = ArgdownRoundTripTests.fixtureFiles.filter { $0.hasPrefix("diagnostics/") }
        #expect(names.count == 11, "\(names)")
    }
}
