import Testing

@testable import ArgumentModel

/// The one offset → line:column rule (LineStarts, SourceCursor), worked out by hand on a text with two-byte scalars,
/// and diagnostics made from typed codes.
@Suite struct SourcePositionTests {
    /// `a é LF x Ω z LF`: é and Ω take two bytes each, so bytes and columns differ. Lines start at 0, 4 and 9.
    let bytes = Array("aé\nxΩz\n".utf8)

    @Test func positionsCountScalarsFromTheLineStart() {
        let lines = LineStarts(bytes)
        #expect(lines.offsets == [0, 4, 9])
        #expect(lines.position(ofOffset: 3, in: bytes) == SourcePosition(line: 1, column: 3, offset: 3))  // the LF
        #expect(lines.position(ofOffset: 7, in: bytes) == SourcePosition(line: 2, column: 3, offset: 7))  // z
        #expect(lines.position(ofOffset: 100, in: bytes) == SourcePosition(line: 3, column: 1, offset: 9))  // clamped
        #expect(LineStarts.column(of: 7, from: 5, at: 2, in: bytes) == 3)  // from Ω at column 2 to z
    }

    @Test func theCursorMovesForwardAndStartsAgainForAnEarlierOffset() {
        var cursor = SourceCursor()
        #expect(cursor.position(of: 7, in: bytes) == SourcePosition(line: 2, column: 3, offset: 7))
        #expect(cursor.position(of: 1, in: bytes) == SourcePosition(line: 1, column: 2, offset: 1))
        #expect(cursor.position(of: 8, in: bytes) == SourcePosition(line: 2, column: 4, offset: 8))
    }

    @Test func aTableInOtherUnitsCountsColumnsInThoseUnits() {
        let lines = LineStarts(offsets: [0, 5, 9])
        #expect(lines.lineAndColumn(ofUnitOffset: 0) == (1, 1))
        #expect(lines.lineAndColumn(ofUnitOffset: 7) == (2, 3))
        #expect(lines.lineAndColumn(ofUnitOffset: 12) == (3, 4))
    }

    enum TestCode: String, DiagnosticCode {
        case one
        case twoWords = "two-words"
    }

    @Test func aDiagnosticKeepsTheRawValueOfItsCode() {
        let diagnostic = Diagnostic(.warning, code: TestCode.twoWords, "m", suggestion: "X")
        #expect(diagnostic.code == "two-words")
        #expect(diagnostic.has(TestCode.twoWords))
        #expect(!diagnostic.has(TestCode.one))
        #expect(diagnostic.suggestion == "X")
        #expect(diagnostic.headline == "warning: m [two-words]")
    }
}
