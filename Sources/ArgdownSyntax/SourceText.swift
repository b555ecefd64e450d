import ArgumentModel

/// The bytes of one Argdown document plus the table that turns byte offsets into line/column positions.
///
/// Lines are found once (O(n)); ``position(at:)`` finds the line in O(1) when it is at or just after the last
/// look-up's (else O(log lines)) and counts the scalars between the last looked-up offset on that line and the new
/// one, so the monotone look-ups the parser makes cost O(n) in total.
struct SourceText {
    /// The original UTF-8 bytes.
    let bytes: [UInt8]
    /// The file name for ranges.
    let file: String?
    /// The line table (physical lines end at LF; the reader reads a lone CR as LF before this is built).
    let lines: LineStarts

    private var cacheLine = 0
    private var cacheOffset = 0
    private var cacheColumn = 1

    init(bytes: [UInt8], file: String?) {
        self.bytes = bytes
        self.file = file
        lines = LineStarts(bytes)
    }

    /// The 0-based index of the physical line holding `offset`. O(log lines).
    func lineIndex(of offset: Int) -> Int { lines.line(ofOffset: offset) }

    /// The same, found by stepping forward from line `hint` when `offset` is on it or on one of the next few lines
    /// (the parser reads forward, so its look-ups almost always are): O(1) then, else O(log lines).
    func lineIndex(of offset: Int, near hint: Int) -> Int {
        guard hint < lines.count, lines[hint] <= offset else { return lineIndex(of: offset) }
        var line = hint
        for _ in 0..<4 {
            guard line + 1 < lines.count, lines[line + 1] <= offset else { return line }
            line += 1
        }
        return line + 1 < lines.count && lines[line + 1] <= offset ? lineIndex(of: offset) : line
    }

    /// The 1-based line of byte `offset`, for messages and tree levels; found near the last position looked up.
    func lineNumber(at offset: Int) -> Int { lineIndex(of: offset, near: cacheLine) + 1 }

    /// The line/column/offset of byte `offset` (clamped to the text). Columns count Unicode scalars.
    mutating func position(at rawOffset: Int) -> SourcePosition {
        let offset = max(0, min(rawOffset, bytes.count))
        let line = lineIndex(of: offset, near: cacheLine)
        var from = lines[line], column = 1
        if line == cacheLine && cacheOffset >= from && cacheOffset <= offset {
            from = cacheOffset
            column = cacheColumn
        }
        column += ByteScan.scalarCount(in: bytes, from: from, to: offset)
        cacheLine = line
        cacheOffset = offset
        cacheColumn = column
        return SourcePosition(line: line + 1, column: column, offset: offset)
    }

    /// The range of bytes `start..<end`.
    mutating func range(_ start: Int, _ end: Int) -> SourceRange {
        let s = position(at: start)
        let e = position(at: max(start, end))
        return SourceRange(file: file, start: s, end: e)
    }

    /// A position `scalars` Unicode scalars after the start of 1-based `line` (clamped to that line).
    func offset(line: Int, column: Int) -> Int {
        let index = max(0, min(line - 1, lines.count - 1))
        var i = lines[index], col = 1
        while i < bytes.count, bytes[i] != 0x0A, col < column {
            i += 1
            while i < bytes.count, bytes[i] & 0xC0 == 0x80 { i += 1 }
            col += 1
        }
        return i
    }
}
