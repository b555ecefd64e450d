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
    /// The starts of the lines peeked at and not yet reached, oldest first (a ring of 8).
    private var starts: (Int, Int, Int, Int, Int, Int, Int, Int) = (0, 0, 0, 0, 0, 0, 0, 0)
    private var head = 0, count = 0

    /// Prefetches the titles of the lines after the line starting at `pos`, keeping ``distance`` lines peeked at
    /// ahead of it. Each line is scanned once for its end and peeked at once: O(bytes) over a whole read, as long as
    /// `pos` only moves forward.
    mutating func advance(to pos: Int, in bytes: [UInt8], builder: GraphBuilder) {
        while count > 0 && start(head) <= pos {
            head = (head + 1) & 7
            count -= 1
        }
        if ahead <= pos { (ahead, count) = (Self.lineEnd(after: pos, in: bytes), 0) }
        while count < Self.distance && ahead < bytes.count {
            Self.prefetchTitle(onLineAt: ahead, in: bytes, builder: builder)
            setStart((head + count) & 7, ahead)
            count += 1
            ahead = Self.lineEnd(after: ahead, in: bytes)
        }
    }

    /// The start of the line after the one holding `offset` (or the end of the bytes).
    private static func lineEnd(after offset: Int, in bytes: [UInt8]) -> Int {
        let lf = ByteScan.first(0x0A, in: bytes, from: offset, to: bytes.count)
        return lf < bytes.count ? lf + 1 : bytes.count
    }

    private func start(_ i: Int) -> Int {
        withUnsafeBytes(of: starts) { $0.load(fromByteOffset: i * MemoryLayout<Int>.stride, as: Int.self) }
    }

    private mutating func setStart(_ i: Int, _ value: Int) {
        withUnsafeMutableBytes(of: &starts) { $0.storeBytes(of: value, toByteOffset: i * MemoryLayout<Int>.stride, as: Int.self) }
    }

    /// Prefetches the slot of the ASCII title the line at `start` begins with, if it begins with one.
    private static func prefetchTitle(onLineAt start: Int, in b: [UInt8], builder: GraphBuilder) {
        b.withUnsafeBytes { bytes in
            let end = min(bytes.count, start + 160)
            var i = start
            while i < end, bytes[i] == 0x20 || bytes[i] == 0x09 { i += 1 }
            var j = i
            while j < end, j - i < 3, isRelationSymbolByte(bytes[j]) { j += 1 }
            if j > i, j < end, bytes[j] == 0x20 {  // a relation symbol, then its title
                i = j
                while i < end, bytes[i] == 0x20 { i += 1 }
            }
            guard i < end else { return }
            let kind: NodeKind
            let close: UInt8
            switch bytes[i] {
            case UInt8(ascii: "["): (kind, close) = (.statement, UInt8(ascii: "]"))
            case UInt8(ascii: "<"): (kind, close) = (.argument, UInt8(ascii: ">"))
            default: return
            }
            var k = i + 1
            while k < end, bytes[k] != close, bytes[k] != 0x0A, bytes[k] < 0x80 { k += 1 }
            guard k < end, bytes[k] == close, k > i + 1 else { return }
            builder.prefetchNode(kind, asciiTitle: UnsafeRawBufferPointer(rebasing: bytes[(i + 1)..<k]))
        }
    }

    /// Bytes relation symbols are made of (`+`, `-`, `<`, `>`, `_`).
    private static func isRelationSymbolByte(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
            || byte == UInt8(ascii: "_")
    }
}
