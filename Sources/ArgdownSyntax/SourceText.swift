import ArgumentModel

/// The bytes of one Argdown document and a cursor that turns byte offsets into line/column positions.
///
/// No line table is built: the cursor knows the line it stands on and where that line starts, and a look-up moves it
/// by counting the line feeds between (eight bytes at a time), forward or back. The parser's look-ups go forward
/// through the text, and a look-up back (the start of a range after its end, a diagnostic at an element's start)
/// stays within the element just read, so all look-ups together cost O(n). Within a line, columns are counted from
/// the last looked-up offset on it when that is not after the new one.
struct SourceText {
    /// The original UTF-8 bytes.
    let bytes: [UInt8]
    /// The file name for ranges.
    let file: String?
    /// The number of physical lines (they end at LF; the reader reads a lone CR as LF before this is made).
    let lineCount: Int

    /// The 0-based line the cursor stands on, and the offset of its first byte.
    private var cursorLine = 0
    private var cursorStart = 0
    /// No line feed lies in `cursorStart..<cursorScanned`.
    private var cursorScanned = 0
    /// The last offset looked up on the cursor's line, and its column.
    private var cacheOffset = 0
    private var cacheColumn = 1

    /// Counts the lines of `bytes` (one pass, eight bytes at a time). O(n).
    init(bytes: [UInt8], file: String?) {
        self.init(bytes: bytes, file: file, lineCount: ByteScan.count(Bytes.newline, in: bytes, from: 0, to: bytes.count) + 1)
    }

    /// The text of `bytes` whose lines were counted already (`lineCount`: their line feeds + 1, as `SourceCheck`
    /// counts them in its pass). O(1).
    init(bytes: [UInt8], file: String?, lineCount: Int) {
        self.bytes = bytes
        self.file = file
        self.lineCount = lineCount
    }

    /// Moves the cursor to the line holding `offset` (in `0...bytes.count`). O(distance moved).
    private mutating func moveCursor(to offset: Int) {
        if offset >= cursorStart {
            guard offset > cursorScanned else { return }
            var lf = ByteScan.first(Bytes.newline, in: bytes, from: cursorScanned, to: offset)
            while lf < offset {
                cursorLine += 1
                cursorStart = lf + 1
                lf = ByteScan.first(Bytes.newline, in: bytes, from: lf + 1, to: offset)
            }
            cursorScanned = offset
        } else {
            // Back line by line: the line before the cursor's ends with the line feed at `cursorStart - 1`.
            var lineEnd: Int
            repeat {
                lineEnd = cursorStart - 1
                cursorStart = ByteScan.last(Bytes.newline, in: bytes, from: 0, to: lineEnd) + 1
                cursorLine -= 1
            } while cursorStart > offset
            cursorScanned = lineEnd
        }
        if cacheOffset < cursorStart || cacheOffset > cursorScanned {
            cacheOffset = cursorStart
            cacheColumn = 1
        }
    }

    /// The 1-based line of byte `offset`, for messages and tree levels. O(distance from the last look-up).
    mutating func lineNumber(at offset: Int) -> Int {
        moveCursor(to: max(0, min(offset, bytes.count)))
        return cursorLine + 1
    }

    /// The line/column/offset of byte `offset` (clamped to the text). Columns count Unicode scalars.
    mutating func position(at rawOffset: Int) -> SourcePosition {
        let offset = max(0, min(rawOffset, bytes.count))
        moveCursor(to: offset)
        var from = cursorStart, column = 1
        if cacheOffset >= cursorStart && cacheOffset <= offset {
            from = cacheOffset
            column = cacheColumn
        }
        column += ByteScan.scalarCount(in: bytes, from: from, to: offset)
        cacheOffset = offset
        cacheColumn = column
        return SourcePosition(line: cursorLine + 1, column: column, offset: offset)
    }

    /// The range of bytes `start..<end`.
    mutating func range(_ start: Int, _ end: Int) -> SourceRange {
        range(from: position(at: start), to: end)
    }

    /// The range from `start` (a position this text gave) to byte `end` (not before it).
    mutating func range(from start: SourcePosition, to end: Int) -> SourceRange {
        SourceRange(file: file, start: start, end: position(at: max(start.offset, end)))
    }

    /// The offset `column` Unicode scalars (1-based) into 1-based `line` (both clamped to the text and the line).
    /// O(distance from the last look-up + column).
    mutating func offset(line: Int, column: Int) -> Int {
        let target = max(0, min(line - 1, lineCount - 1))
        while cursorLine < target {
            // The next line starts after the line feed ending the cursor's line.
            let lf = ByteScan.first(Bytes.newline, in: bytes, from: cursorScanned, to: bytes.count)
            guard lf < bytes.count else { break }
            moveCursor(to: lf + 1)
        }
        while cursorLine > target { moveCursor(to: cursorStart - 1) }
        var i = cursorStart, col = 1
        while i < bytes.count, bytes[i] != 0x0A, col < column {
            i += 1
            while i < bytes.count, bytes[i] & 0xC0 == 0x80 { i += 1 }
            col += 1
        }
        return i
    }
}
