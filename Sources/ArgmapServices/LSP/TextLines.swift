import ArgumentModel

/// A position as LSP counts it: 0-based line, 0-based character offset in UTF-16 code units within the line.
public struct LSPPosition: Hashable, Comparable, Sendable {
    /// 0-based line.
    public var line: Int
    /// 0-based UTF-16 code unit offset within the line.
    public var character: Int

    /// Creates a position.
    public init(line: Int, character: Int) {
        self.line = line
        self.character = character
    }

    /// Reads `{"line": n, "character": n}`.
    public init?(_ value: DataValue?) {
        guard let line = value?["line"]?.intValue, let character = value?["character"]?.intValue else { return nil }
        self.init(line: line, character: character)
    }

    /// `{"line": n, "character": n}`.
    public var dataValue: DataValue { .object(["line": .int(line), "character": .int(character)]) }

    /// Orders by line, then character.
    public static func < (a: LSPPosition, b: LSPPosition) -> Bool { (a.line, a.character) < (b.line, b.character) }
}

/// A half-open range between two ``LSPPosition``s.
public struct LSPRange: Hashable, Sendable {
    /// First position.
    public var start: LSPPosition
    /// Position just past the range.
    public var end: LSPPosition

    /// `{"start": ..., "end": ...}`.
    public var dataValue: DataValue { .object(["start": start.dataValue, "end": end.dataValue]) }
}

/// The line table of one document, converting between UTF-8 byte offsets (what the Argdown reader's
/// `SourcePosition/offset` holds) and LSP positions (UTF-16 code units).
///
/// Lines end at LF, CRLF or a lone CR, as in LSP and in the reader (which reads a lone CR as a line break).
/// Building is O(n); each conversion is O(log lines + length of the line).
public struct TextLines: Sendable {
    /// The document's UTF-8 bytes.
    public let bytes: [UInt8]
    /// The line table (LF, CR LF and lone CR end lines).
    public let lines: LineStarts
    /// Byte offset of the first byte of every line.
    public var lineStarts: [Int] { lines.offsets }

    /// Indexes `text`.
    public init(_ text: String) {
        bytes = Array(text.utf8)
        lines = LineStarts(bytes, carriageReturnEndsLines: true)
    }

    /// Byte offset just past the last content byte of 0-based `line` (before its line break).
    public func contentEnd(ofLine line: Int) -> Int {
        guard line + 1 < lineStarts.count else { return bytes.count }
        var end = lineStarts[line + 1]
        if end > lineStarts[line], bytes[end - 1] == 0x0A { end -= 1 }
        if end > lineStarts[line], bytes[end - 1] == 0x0D { end -= 1 }
        return end
    }

    /// The 0-based line holding byte `offset`. O(log lines).
    public func line(ofOffset offset: Int) -> Int { lines.line(ofOffset: offset) }

    /// The LSP position of byte `offset` (clamped to the text; an offset inside a line break or a multi-byte
    /// character moves back to the character's start).
    public func position(ofOffset rawOffset: Int) -> LSPPosition {
        let offset = max(0, min(rawOffset, bytes.count))
        let line = line(ofOffset: offset)
        let end = min(offset, contentEnd(ofLine: line))
        var i = lineStarts[line], units = 0
        while i < end {
            let width = Self.scalarWidth(bytes[i])
            guard i + width <= end else { break }
            units += width == 4 ? 2 : 1
            i += width
        }
        return LSPPosition(line: line, character: units)
    }

    /// The byte offset of an LSP position (a line past the end clamps to the end of the text, a character past
    /// the line's end to the line's end, a character inside a surrogate pair to the pair's start).
    public func offset(of position: LSPPosition) -> Int {
        guard position.line >= 0 else { return 0 }
        guard position.line < lineStarts.count else { return bytes.count }
        let end = contentEnd(ofLine: position.line)
        var i = lineStarts[position.line], units = 0
        while i < end {
            let width = Self.scalarWidth(bytes[i])
            let size = width == 4 ? 2 : 1
            if units + size > position.character { break }
            units += size
            i += width
        }
        return min(i, end)
    }

    /// The LSP range of bytes `start..<end`.
    public func range(_ start: Int, _ end: Int) -> LSPRange {
        LSPRange(start: position(ofOffset: start), end: position(ofOffset: max(start, end)))
    }

    /// The LSP range of a reader's `SourceRange` (through its byte offsets).
    public func range(_ source: SourceRange) -> LSPRange { range(source.start.offset, source.end.offset) }

    /// The whole document.
    public var fullRange: LSPRange { range(0, bytes.count) }

    /// The text of bytes `start..<end`.
    public func text(_ start: Int, _ end: Int) -> String {
        String(decoding: bytes[max(0, start)..<min(bytes.count, max(start, end))], as: UTF8.self)
    }

    /// Bytes in the UTF-8 sequence that `lead` starts (1 for a continuation or invalid byte).
    static func scalarWidth(_ lead: UInt8) -> Int {
        switch lead {
        case 0xF0...0xF7: 4
        case 0xE0...0xEF: 3
        case 0xC0...0xDF: 2
        default: 1
        }
    }
}
