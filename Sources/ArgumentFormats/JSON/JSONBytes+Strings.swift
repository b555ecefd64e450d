extension JSONBytes {
    /// Input bytes escaped per step of ``append(quoted:)``: the room made for a step
    /// is six output bytes per input byte, so a long text does not make the buffer six times its size.
    private static let escapeStep = 4096

    /// Appends `s` as a JSON string literal: `"` and `\` escaped, control characters as `\n`, `\t` ... or
    /// `\u00XX`, DEL, U+2028/U+2029 and the non-characters U+FFFE/U+FFFF as `\u007f`, `\u2028` ...; everything
    /// else as its UTF-8 bytes. Then hands the buffer on when it holds a chunk. O(length).
    mutating func append(quoted s: String) {
        // A native string's bytes in place (`withUTF8` wants a copy of the string to call on: a retain and a
        // release per string); a bridged one is copied once.
        if s.utf8.withContiguousStorageIfAvailable({ append(quoted: $0) }) == nil {
            var text = s
            text.withUTF8 { append(quoted: $0) }
        }
        flushIfFull()
    }

    /// Appends the UTF-8 text `bytes` as a JSON string literal (see ``append(quoted:)``), escaped straight
    /// into the buffer: eight plain ASCII bytes are checked and stored as one word. No flush. O(length).
    mutating func append(quoted bytes: UnsafeBufferPointer<UInt8>) {
        let n = bytes.count
        guard let base = bytes.baseAddress, n > 0 else {
            append(byte: 0x22)
            append(byte: 0x22)
            return
        }
        if n <= Self.escapeStep {
            // One step, quotes included (most strings): room for the escapes, the quotes and a last word.
            append(atMost: 6 * n + 10) { out in
                out[0] = 0x22
                let written = 1 + Self.escape(base, count: n, from: 0, to: n, into: out + 1).written
                out[written] = 0x22
                return written + 1
            }
            return
        }
        // Room for the text as it is and one step's escapes, so that a long plain text grows the buffer once.
        reserve(n + 6 * Self.escapeStep + 16)
        append(byte: 0x22)
        var i = 0
        while i < n {
            let limit = min(n, i + Self.escapeStep)
            append(atMost: 6 * (limit - i) + 8) { out in
                let (next, written) = Self.escape(base, count: n, from: i, to: limit, into: out)
                i = next
                return written
            }
        }
        append(byte: 0x22)
    }

    /// Whether none of the eight bytes in `word` needs a look (all are printable ASCII other than `"` and `\`).
    @inline(__always)
    private static func isPlain(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        func hasZero(_ x: UInt64) -> Bool { (x &- ones) & ~x & highs != 0 }
        let below = (word &- 0x2020_2020_2020_2020) & ~word & highs  // a byte below 0x20 (exact when all are ASCII)
        let del = hasZero(word ^ 0x7F7F_7F7F_7F7F_7F7F)
        return word & highs == 0 && below == 0 && !del
            && !hasZero(word ^ 0x2222_2222_2222_2222) && !hasZero(word ^ 0x5C5C_5C5C_5C5C_5C5C)
    }

    /// Whether a byte needs a look before it is copied: `"`, `\`, control characters, DEL, and 0xE2 and 0xEF (the
    /// first bytes of U+2028, U+2029, U+FFFE and U+FFFF).
    @inline(__always)
    private static func needsLook(_ c: UInt8) -> Bool {
        c < 0x20 || c == 0x22 || c == 0x5C || c == 0x7F || c == 0xE2 || c == 0xEF
    }

    /// Escapes the input bytes `start..<limit` of `text` (`count` bytes; a three-byte character starting before
    /// `limit` is read whole) into `out`, which has room for six bytes per input byte and eight more (a plain
    /// tail of fewer than eight bytes is stored as one word). Returns where the input stopped and how many bytes
    /// were written.
    private static func escape(_ text: UnsafePointer<UInt8>, count n: Int, from start: Int, to limit: Int,
        into out: UnsafeMutablePointer<UInt8>) -> (next: Int, written: Int)
    {
        var i = start, o = 0
        @inline(__always) func put(_ a: UInt8, _ b: UInt8) {
            out[o] = a
            out[o + 1] = b
            o += 2
        }
        @inline(__always) func unicode(_ value: UInt32) {
            let hex: StaticString = "0123456789abcdef"
            put(0x5C, 0x75)  // \u
            for shift in stride(from: 12, through: 0, by: -4) {
                out[o] = hex.utf8Start[Int(value >> UInt32(shift) & 0xF)]
                o += 1
            }
        }
        while i < limit {
            // Eight plain bytes at a time (most text is plain ASCII).
            if i + 8 <= limit {
                let word = UnsafeRawPointer(text + i).loadUnaligned(as: UInt64.self)
                if isPlain(word) {
                    UnsafeMutableRawPointer(out + o).storeBytes(of: word, as: UInt64.self)
                    i += 8
                    o += 8
                    continue
                }
            } else if i > start && limit - start >= 8 {
                // The last one to seven bytes: the word ending at `limit`, whose first bytes were copied already
                // (when all eight are plain, those came out one for one, so storing the word again rewrites them).
                let back = 8 - (limit - i)
                let word = UnsafeRawPointer(text + limit - 8).loadUnaligned(as: UInt64.self)
                if isPlain(word) {
                    UnsafeMutableRawPointer(out + o - back).storeBytes(of: word, as: UInt64.self)
                    o += 8 - back
                    i = limit
                    continue
                }
            } else {
                // A text of one to seven bytes: its bytes padded with spaces to a word, read with overlapping loads
                // that stay inside the text (an overlapping byte is the same byte twice).
                let k = limit - i
                let spaces: UInt64 = 0x2020_2020_2020_2020
                var word = spaces << UInt64(8 * k)
                if k >= 4 {
                    let low = UInt32(littleEndian: UnsafeRawPointer(text + i).loadUnaligned(as: UInt32.self))
                    let high = UInt32(littleEndian: UnsafeRawPointer(text + limit - 4).loadUnaligned(as: UInt32.self))
                    word |= UInt64(low)
                    word |= UInt64(high) << UInt64(8 * (k - 4))
                } else {
                    word |= UInt64(text[i])
                    word |= UInt64(text[i + k / 2]) << UInt64(8 * (k / 2))
                    word |= UInt64(text[limit - 1]) << UInt64(8 * (k - 1))
                }
                if isPlain(word) {
                    UnsafeMutableRawPointer(out + o).storeBytes(of: word.littleEndian, as: UInt64.self)
                    i += k
                    o += k
                    continue
                }
            }
            let c = text[i]
            guard needsLook(c) else {
                out[o] = c
                o += 1
                i += 1
                continue
            }
            if c == 0xE2 || c == 0xEF {
                let third = i + 2 < n ? text[i + 2] : 0
                if c == 0xE2, third == 0xA8 || third == 0xA9, text[i + 1] == 0x80 {
                    unicode(third == 0xA8 ? 0x2028 : 0x2029)
                    i += 3
                } else if c == 0xEF, third == 0xBE || third == 0xBF, text[i + 1] == 0xBF {
                    unicode(third == 0xBE ? 0xFFFE : 0xFFFF)
                    i += 3
                } else {
                    out[o] = c
                    o += 1
                    i += 1
                }
                continue
            }
            i += 1
            switch c {
            case 0x22: put(0x5C, 0x22)
            case 0x5C: put(0x5C, 0x5C)
            case 0x0A: put(0x5C, 0x6E)  // \n
            case 0x0D: put(0x5C, 0x72)  // \r
            case 0x09: put(0x5C, 0x74)  // \t
            case 0x08: put(0x5C, 0x62)  // \b
            case 0x0C: put(0x5C, 0x66)  // \f
            default: unicode(UInt32(c))
            }
        }
        return (i, o)
    }
}
