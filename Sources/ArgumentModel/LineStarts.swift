/// Where the lines of a UTF-8 text start, and which line holds a byte offset: the line table the language server's
/// positions are computed from, and the rule every reader's positions follow (lines end at LF, columns count
/// Unicode scalars). With ``SourceCursor`` below, the place that turns byte offsets into lines and columns; the
/// Argdown reader's `SourceText` moves a cursor by counting line feeds instead of building this table (its tests
/// hold its positions equal to ``position(ofOffset:in:)``), and the language server counts UTF-16 columns.
public struct LineStarts: Sendable, Hashable {
    /// Byte offset of the first byte of every line; the first is 0.
    public let offsets: [Int]

    /// Indexes `bytes`. Lines end at LF; with `carriageReturnEndsLines`, also at a lone CR (a CR LF pair is one
    /// line break). O(n).
    public init<Bytes: Collection>(_ bytes: Bytes, carriageReturnEndsLines: Bool = false) where Bytes.Element == UInt8, Bytes.Index == Int {
        var starts = [0]
        starts.reserveCapacity(bytes.count / 40 + 1)
        let contiguous: Void? = carriageReturnEndsLines ? nil : bytes.withContiguousStorageIfAvailable { buffer in
            // Line feeds only, looked for eight bytes at a time.
            let raw = UnsafeRawBufferPointer(buffer)
            var i = ByteScan.first(0x0A, in: raw, from: 0, to: raw.count)
            while i < raw.count {
                starts.append(bytes.startIndex + i + 1)
                i = ByteScan.first(0x0A, in: raw, from: i + 1, to: raw.count)
            }
        }
        if contiguous != nil {
            offsets = starts
            return
        }
        var i = bytes.startIndex
        while i < bytes.endIndex {
            if bytes[i] == 0x0A {
                starts.append(i + 1)
            } else if carriageReturnEndsLines, bytes[i] == 0x0D {
                if i + 1 < bytes.endIndex, bytes[i + 1] == 0x0A { i += 1 }
                starts.append(i + 1)
            }
            i += 1
        }
        offsets = starts
    }

    /// The number of lines.
    @inlinable public var count: Int { offsets.count }

    /// The first byte of 0-based `line`.
    @inlinable public subscript(line: Int) -> Int { offsets[line] }

    /// The 0-based line holding byte `offset` (offsets before the text are line 0). O(log lines).
    @inlinable public func line(ofOffset offset: Int) -> Int {
        var lo = 0, hi = offsets.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if offsets[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }

    /// The 1-based line and column of byte `offset` (clamped to the text) in `bytes`, the text this table indexes;
    /// the column counts Unicode scalars. The one offset → line:column rule of the package (the Argdown reader's
    /// `SourceText` gives the same positions from a cursor). O(log lines + column).
    public func position<Bytes: Collection>(ofOffset offset: Int, in bytes: Bytes) -> SourcePosition
    where Bytes.Element == UInt8, Bytes.Index == Int {
        let offset = max(bytes.startIndex, min(offset, bytes.endIndex))
        let line = line(ofOffset: offset)
        return SourcePosition(line: line + 1, column: Self.column(of: offset, from: offsets[line], in: bytes), offset: offset)
    }

    /// The column of byte `offset` on a line of `bytes`, counting Unicode scalars from byte `start` (on the same
    /// line) whose column is `column` (1 at the line's start): the one column rule, for readers that track the
    /// line themselves while scanning. O(offset − start).
    @inlinable public static func column<Bytes: Collection>(of offset: Int, from start: Int, at column: Int = 1, in bytes: Bytes) -> Int
    where Bytes.Element == UInt8, Bytes.Index == Int {
        var column = column
        var i = start
        let end = min(offset, bytes.endIndex)
        while i < end {
            if bytes[i] & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        return column
    }

    /// A table of line starts counted in another unit than UTF-8 bytes (e.g. Unicode scalars): `offsets` ascending,
    /// the first 0.
    public init(offsets: [Int]) { self.offsets = offsets }

    /// The 1-based line and column of `offset` in a table of ``init(offsets:)``, the column counting the table's own
    /// units. O(log lines).
    public func lineAndColumn(ofUnitOffset offset: Int) -> (line: Int, column: Int) {
        let line = line(ofOffset: offset)
        return (line + 1, offset - offsets[line] + 1)
    }
}

/// Line, column and offset while scanning UTF-8 bytes forward without a line table (the XML and JSON scanners):
/// each look-up costs the distance from the previous one; an earlier offset starts again from the top.
public struct SourceCursor: Sendable {
    /// The last position asked for.
    public private(set) var position = SourcePosition(line: 1, column: 1, offset: 0)

    /// A cursor at the start of a text.
    public init() {}

    /// The position of byte `offset` (clamped to `bytes`), the text scanned. O(distance from the previous position).
    public mutating func position<Bytes: Collection>(of offset: Int, in bytes: Bytes) -> SourcePosition
    where Bytes.Element == UInt8, Bytes.Index == Int {
        let target = max(0, min(offset, bytes.endIndex))
        if target < position.offset { position = SourcePosition(line: 1, column: 1, offset: 0) }
        var (line, column, k) = (position.line, position.column, position.offset)
        while k < target {
            if bytes[k] == 0x0A {
                line += 1
                column = 1
            } else if bytes[k] & 0xC0 != 0x80 {
                column += 1
            }
            k += 1
        }
        position = SourcePosition(line: line, column: column, offset: target)
        return position
    }
}
