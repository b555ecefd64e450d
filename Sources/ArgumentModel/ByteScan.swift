/// Word-at-a-time scans over UTF-8 bytes for the readers' hot loops: eight bytes per step instead of one, over the
/// bytes' own storage (no bounds check per byte). Every function is O(length scanned) and gives exactly the answer
/// of the byte-by-byte loop it replaces.
public enum ByteScan {
    /// A word with 1 in every byte: `ones &* UInt64(b)` holds `b` in every byte.
    @inlinable package static var ones: UInt64 { 0x0101_0101_0101_0101 }
    /// A word with only the high bit of every byte set.
    @inlinable package static var highs: UInt64 { 0x8080_8080_8080_8080 }

    /// The bytes of `word` that are zero, marked by their high bits (exact: no false positives).
    @inlinable @inline(__always) package static func zeroBytes(_ word: UInt64) -> UInt64 {
        ~(((word & ~highs) &+ ~highs) | word) & highs
    }

    /// The eight bytes at `i` as a word whose lowest byte is the first (so the first marked byte is the lowest).
    @inlinable @inline(__always) package static func word(_ raw: UnsafeRawBufferPointer, _ i: Int) -> UInt64 {
        UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
    }

    /// The first offset in `from..<to` of `raw` holding `target`, or `to`.
    @inlinable
    public static func first(_ target: UInt8, in raw: UnsafeRawBufferPointer, from: Int, to: Int) -> Int {
        let pattern = ones &* UInt64(target)
        var i = from
        while i + 8 <= to {
            let hits = zeroBytes(word(raw, i) ^ pattern)
            if hits != 0 { return i + hits.trailingZeroBitCount / 8 }
            i += 8
        }
        while i < to, raw[i] != target { i += 1 }
        return i
    }

    /// The first offset in `from..<to` of `bytes` holding `target`, or `to`.
    @inlinable
    public static func first(_ target: UInt8, in bytes: [UInt8], from: Int, to: Int) -> Int {
        guard from < to else { return to }
        return bytes.withUnsafeBytes { first(target, in: $0, from: from, to: to) }
    }

    /// The last offset in `from..<to` of `bytes` holding `target`, or `from - 1`.
    @inlinable
    public static func last(_ target: UInt8, in bytes: [UInt8], from: Int, to: Int) -> Int {
        guard from < to else { return from - 1 }
        let pattern = ones &* UInt64(target)
        return bytes.withUnsafeBytes { raw in
            var i = to
            while i - 8 >= from {
                let hits = zeroBytes(word(raw, i - 8) ^ pattern)
                if hits != 0 { return i - 8 + (63 - hits.leadingZeroBitCount) / 8 }
                i -= 8
            }
            while i > from {
                i -= 1
                if raw[i] == target { return i }
            }
            return from - 1
        }
    }

    /// The most words whose marks (see ``laneSum(_:)``) may be added up before a lane could overflow.
    @usableFromInline package static let wordsPerLaneSum = 255

    /// The sum of the eight bytes of `lanes` (each a count of at most 255). `zeroBytes(w) >> 7` holds 1 in each byte
    /// lane that matched: adding those words up for at most ``wordsPerLaneSum`` words and then summing the lanes
    /// counts matches without a population count per word (the generic x86-64 target has no `popcnt`
    /// instruction, so `nonzeroBitCount` is a dozen instructions). O(1).
    @inlinable @inline(__always) package static func laneSum(_ lanes: UInt64) -> Int {
        let pairs = (lanes & 0x00FF_00FF_00FF_00FF) &+ ((lanes >> 8) & 0x00FF_00FF_00FF_00FF)
        return Int(truncatingIfNeeded: (pairs &* 0x0001_0001_0001_0001) >> 48)
    }

    /// The number of bytes in `from..<to` of `bytes` holding `target`.
    @inlinable
    public static func count(_ target: UInt8, in bytes: [UInt8], from: Int, to: Int) -> Int {
        guard from < to else { return 0 }
        let pattern = ones &* UInt64(target)
        return bytes.withUnsafeBytes { raw in
            var total = 0
            var i = from
            while i + 8 <= to {
                let end = min(to, i + 8 * wordsPerLaneSum)
                var lanes: UInt64 = 0
                while i + 8 <= end {
                    lanes &+= zeroBytes(word(raw, i) ^ pattern) >> 7
                    i += 8
                }
                total += laneSum(lanes)
            }
            while i < to {
                if raw[i] == target { total += 1 }
                i += 1
            }
            return total
        }
    }

    /// The first offset in `from..<to` of `bytes` holding one of the six `targets` (repeat one to look for fewer),
    /// or `to`.
    @inlinable @inline(__always)
    public static func first(
        anyOf targets: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8), in bytes: [UInt8], from: Int, to: Int
    ) -> Int {
        guard from < to else { return to }
        let (a, b, c, d, e, f) = targets
        let p = (ones &* UInt64(a), ones &* UInt64(b), ones &* UInt64(c), ones &* UInt64(d), ones &* UInt64(e), ones &* UInt64(f))
        return bytes.withUnsafeBytes { raw in
            var i = from
            while i + 8 <= to {
                let w = word(raw, i)
                let hits = zeroBytes(w ^ p.0) | zeroBytes(w ^ p.1) | zeroBytes(w ^ p.2) | zeroBytes(w ^ p.3)
                    | zeroBytes(w ^ p.4) | zeroBytes(w ^ p.5)
                if hits != 0 { return i + hits.trailingZeroBitCount / 8 }
                i += 8
            }
            while i < to {
                let x = raw[i]
                if x == a || x == b || x == c || x == d || x == e || x == f { return i }
                i += 1
            }
            return i
        }
    }

    /// The first offset in `from..<to` of `bytes` holding a byte of 0x80 or more (not ASCII), or `to`.
    @inlinable
    public static func firstNonASCII(in bytes: [UInt8], from: Int, to: Int) -> Int {
        guard from < to else { return to }
        return bytes.withUnsafeBytes { raw in
            var i = from
            while i + 8 <= to {
                let high = word(raw, i) & highs
                if high != 0 { return i + high.trailingZeroBitCount / 8 }
                i += 8
            }
            while i < to, raw[i] < 0x80 { i += 1 }
            return i
        }
    }

    /// The number of Unicode scalars starting in `from..<to` of `bytes`: the bytes that are not UTF-8 continuation
    /// bytes (`10xxxxxx`).
    @inlinable
    public static func scalarCount(in bytes: [UInt8], from: Int, to: Int) -> Int {
        guard from < to else { return 0 }
        return bytes.withUnsafeBytes { raw in
            var continuations = 0
            var i = from
            while i + 8 <= to {
                let w = word(raw, i)
                // A continuation byte has its high bit set and the next bit clear (bit 6 shifts onto bit 7).
                continuations += (w & ~(w << 1) & highs).nonzeroBitCount
                i += 8
            }
            if i < to && i + 8 <= raw.count {
                // The last 1-7 bytes in one word read from the buffer, the bytes past `to` masked to zero (no
                // zero byte is a continuation byte).
                let w = word(raw, i) & (UInt64.max >> (64 - 8 * UInt64(to - i)))
                return (to - from) - continuations - (w & ~(w << 1) & highs).nonzeroBitCount
            }
            while i < to {
                if raw[i] & 0xC0 == 0x80 { continuations += 1 }
                i += 1
            }
            return (to - from) - continuations
        }
    }
}
