import ArgumentModel

/// Prefetching the title index for lines the parser is about to read: a large map's titles hash to random places in
/// a table larger than the cache, and each look-up waited for its slot from memory. Reading ahead, the parser peeks
/// at the title a line starts with (`[Title]`, `<Title>`, after blanks and a relation symbol) and asks for its slot
/// a few lines before it looks the title up, so the slot arrives while the lines in between are read. A hint only:
/// a peeked title that the parser reads differently (escapes, blanks around it) merely wastes its prefetch.
struct TitlePrefetcher {
    /// How many lines ahead of the parser titles are prefetched (each line takes far longer to read than a slot
    /// takes to arrive, so a few are enough; the prefetched lines stay in the cache meanwhile).
    static let distance = 6

    /// The start of the first line not yet peeked at.
    private var ahead = 0
    /// The starts of the lines peeked at and not yet reached: `count` of them from `head` on, oldest first, in a ring.
    private var starts = [Int](repeating: 0, count: distance)
    private var head = 0, count = 0

    /// Prefetches the titles of the lines after the line starting at `pos`, keeping ``distance`` lines peeked at
    /// ahead of it. Each line is scanned once more for its end and peeked at once: O(bytes) over a whole read, as
    /// long as `pos` only moves forward.
    mutating func advance(to pos: Int, in bytes: [UInt8], builder: GraphBuilder) {
        while count > 0 && starts[head] <= pos {
            head = (head + 1) % Self.distance
            count -= 1
        }
        if ahead <= pos { (ahead, count) = (Self.lineFeed(from: pos, in: bytes) + 1, 0) }
        while count < Self.distance && ahead < bytes.count {
            let lineEnd = Self.lineFeed(from: ahead, in: bytes)
            Self.prefetchTitle(from: ahead, lineEnd: lineEnd, in: bytes, builder: builder)
            starts[(head + count) % Self.distance] = ahead
            count += 1
            ahead = lineEnd + 1
        }
    }

    /// The offset of the line feed ending the line that holds `offset` (the end of the bytes if none does).
    private static func lineFeed(from offset: Int, in bytes: [UInt8]) -> Int {
        ByteScan.first(Bytes.newline, in: bytes, from: offset, to: bytes.count)
    }

    /// Prefetches the slot of the ASCII title the line from `start` to `lineEnd` begins with, if it begins with one:
    /// after blanks and a relation symbol as the parser reads them (``Bytes/relationSymbol(at:lineEnd:in:)``), within
    /// its first 160 bytes.
    private static func prefetchTitle(from start: Int, lineEnd: Int, in b: [UInt8], builder: GraphBuilder) {
        let end = min(lineEnd, start + 160)
        var i = start
        while i < end, Bytes.isBlank(b[i]) { i += 1 }
        if let (_, afterSymbol) = Bytes.relationSymbol(at: i, lineEnd: end, in: b) {
            i = afterSymbol
            while i < end, Bytes.isBlank(b[i]) { i += 1 }
        }
        guard i < end else { return }
        let kind: NodeKind
        let close: UInt8
        switch b[i] {
        case UInt8(ascii: "["): (kind, close) = (.statement, UInt8(ascii: "]"))
        case UInt8(ascii: "<"): (kind, close) = (.argument, UInt8(ascii: ">"))
        default: return
        }
        b.withUnsafeBytes { bytes in
            var k = i + 1
            while k < end, bytes[k] != close, bytes[k] < 0x80 { k += 1 }
            guard k < end, bytes[k] == close, k > i + 1 else { return }
            builder.prefetchNode(kind, asciiTitle: UnsafeRawBufferPointer(rebasing: bytes[(i + 1)..<k]))
        }
    }
}
