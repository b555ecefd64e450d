import ArgumentModel

/// Finds the first byte that makes a byte sequence invalid UTF-8 (overlong forms, surrogates, code points above
/// U+10FFFF, truncated sequences and stray continuation bytes all count). O(n).
enum UTF8Validation {
    /// The offset of the first invalid byte, or nil when all of `bytes` is valid UTF-8. Runs of ASCII (most text)
    /// are skipped eight bytes at a time.
    static func firstInvalidOffset(in bytes: [UInt8]) -> Int? {
        var i = ByteScan.firstNonASCII(in: bytes, from: 0, to: bytes.count)
        while i < bytes.count {
            guard let length = sequenceLength(at: i, in: bytes) else { return i }
            i = ByteScan.firstNonASCII(in: bytes, from: i + length, to: bytes.count)
        }
        return nil
    }

    /// The offset of the first invalid byte, or nil when all of `bytes` is valid UTF-8.
    static func firstInvalidOffset<C: RandomAccessCollection>(in bytes: C) -> Int? where C.Element == UInt8, C.Index == Int {
        var i = bytes.startIndex
        while i < bytes.endIndex {
            guard let length = sequenceLength(at: i, in: bytes) else { return i - bytes.startIndex }
            i += length
        }
        return nil
    }

    /// The length of the valid UTF-8 sequence starting at `i` (1 for ASCII), or nil when it is invalid there.
    @inline(__always)
    static func sequenceLength<C: RandomAccessCollection>(at i: Int, in bytes: C) -> Int? where C.Element == UInt8, C.Index == Int {
        let b0 = bytes[i]
        if b0 < 0x80 { return 1 }
        let length: Int
        var lower: UInt8 = 0x80, upper: UInt8 = 0xBF
        switch b0 {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; lower = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; upper = 0x9F
        case 0xF0: length = 4; lower = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; upper = 0x8F
        default: return nil
        }
        for k in 1..<length {
            guard i + k < bytes.endIndex else { return nil }
            let c = bytes[i + k]
            let (lo, hi) = k == 1 ? (lower, upper) : (UInt8(0x80), UInt8(0xBF))
            if c < lo || c > hi { return nil }
        }
        return length
    }
}
