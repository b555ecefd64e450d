import ArgumentModel

/// Prefetching the title index for lines the parser is about to read: a large map's titles hash to random places in
/// a table larger than the cache, and each look-up waited for its slot from memory. Reading ahead, the parser peeks
/// at the title a line starts with (`[Title]`, `<Title>`, after blanks and a relation symbol) and asks for its slot
/// a few lines before it looks the title up, so the slot arrives while the lines in between are read. A hint only:
/// a peeked title that the parser reads differently (escapes, blanks around it) merely wastes its prefetch.
extension ArgdownParser {
    /// How many lines ahead of the parser titles are prefetched (each line takes far longer to read than a slot
    /// takes to arrive, so a few are enough; the prefetched lines stay in the cache meanwhile).
    static let prefetchDistance = 6

    /// Prefetches the titles of the lines after the one holding `pos`, up to ``prefetchDistance`` of them. `line`
    /// is a line index at or before `pos`'s (a hint, updated to `pos`'s line); `ahead` is the first line not yet
    /// prefetched (updated). O(1) per line on average, each line peeked at once (O(160) bytes at most).
    func prefetchTitles(at pos: Int, line: inout Int, ahead: inout Int) {
        line = source.lineIndex(of: pos, near: line)
        let last = min(source.lines.count - 1, line + Self.prefetchDistance)
        if ahead <= line { ahead = line + 1 }
        while ahead <= last {
            prefetchTitle(onLineAt: source.lines[ahead])
            ahead += 1
        }
    }

    /// Prefetches the slot of the ASCII title the line at `start` begins with, if it begins with one.
    private func prefetchTitle(onLineAt start: Int) {
        b.withUnsafeBytes { bytes in
            let end = min(n, start + 160)
            var i = start
            while i < end, bytes[i] == 0x20 || bytes[i] == 0x09 { i += 1 }
            var j = i
            while j < end, j - i < 3, Self.isRelationSymbolByte(bytes[j]) { j += 1 }
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
            model.builder.prefetchNode(kind, asciiTitle: UnsafeRawBufferPointer(rebasing: bytes[(i + 1)..<k]))
        }
    }

    /// Bytes relation symbols are made of (`+`, `-`, `<`, `>`, `_`).
    private static func isRelationSymbolByte(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
            || byte == UInt8(ascii: "_")
    }
}
