import ArgumentModel

/// What the reader learns about a file's bytes before it parses them — is there a lone CR (to be read as a line
/// feed), is every byte valid UTF-8, how many lines are there — found in one pass instead of three, and for a large
/// file on two threads at once while comments are stripped (``CommentStripper``) beside them.
///
/// The pass is split at the first byte at or after the middle that is not a UTF-8 continuation byte, so no valid
/// sequence spans the split: the first part checks the sequences that start before it (reading past it when a
/// sequence does), the second those from it on, and the first invalid byte is the first part's if it has one, else
/// the second's — the byte the whole-file check (``UTF8Validation/firstInvalidOffset(in:)``) names. Line feeds add
/// up, and a CR's next byte is read from the whole array. Comment stripping is not split (a comment may span any
/// point): it runs on the bytes as read, which is what it would strip when they hold no lone CR and are valid
/// UTF-8; otherwise its result is dropped and the reader takes its old path.
enum SourceCheck {
    /// The size in bytes from which the checks and comment stripping run on two threads (measured on the
    /// 1,000,000-relation tree, 120 MB: the three passes take about 60 ms on one thread; a hand-over costs some tens
    /// of microseconds, what one thread checks in a fraction of a megabyte).
    static let defaultThreshold = 1 << 20

    /// The threshold in force: ``defaultThreshold`` unless a test binds another (`0` forces two threads on any
    /// input, `Int.max` one).
    @TaskLocal static var threshold = defaultThreshold

    /// What the checks found in a part of the bytes (or in all of them).
    struct Findings: Equatable {
        /// The number of line feeds.
        var lineFeeds = 0
        /// The first CR not followed by a LF, if any.
        var loneCR: Int?
        /// The first byte that is not valid UTF-8, if any.
        var invalidUTF8: Int?

        /// These findings followed by `later`'s (for the part after them).
        func then(_ later: Findings) -> Findings {
            Findings(
                lineFeeds: lineFeeds + later.lineFeeds, loneCR: loneCR ?? later.loneCR,
                invalidUTF8: invalidUTF8 ?? later.invalidUTF8)
        }
    }

    /// The bytes made ready for the parser: their line count and the text with comments blanked.
    struct Prepared {
        /// The number of lines (line feeds + 1), as `SourceText` counts them.
        var lineCount: Int
        /// ``CommentStripper/strip(_:)``'s result on the bytes.
        var stripped: [UInt8]
        /// The comment left open at the end, if any.
        var unterminated: CommentStripper.Unterminated?
    }

    /// `bytes` made ready for the parser when they hold no lone CR and are valid UTF-8; nil otherwise (the reader then
    /// turns lone CRs into line feeds or repairs the bytes first). On two threads from ``threshold`` bytes on. O(n).
    static func prepare(_ bytes: [UInt8]) -> Prepared? {
        guard bytes.count >= threshold, TwoThreads.hasTwoCores else {
            let findings = bytes.withUnsafeBytes { check($0, from: 0, to: $0.count) }
            guard findings.loneCR == nil, findings.invalidUTF8 == nil else { return nil }
            let (stripped, unterminated) = CommentStripper.strip(bytes)
            return Prepared(lineCount: findings.lineFeeds + 1, stripped: stripped, unterminated: unterminated)
        }
        let split = splitPoint(bytes)
        var parts = [Findings(), Findings()]
        var stripping: (bytes: [UInt8], unterminated: CommentStripper.Unterminated?) = ([], nil)
        withUnsafeMutablePointer(to: &stripping) { strip in
            parts.withUnsafeMutableBufferPointer { found in
                // Each call writes only its own slot: the stripper's result, or one part's findings.
                let strip = SharedBuffer(UnsafeMutableBufferPointer(start: strip, count: 1))
                let found = SharedBuffer(found)
                TwoThreads.forEach(3) { job in
                    switch job {
                    case 0: strip.buffer[0] = CommentStripper.strip(bytes)
                    case 1: found.buffer[0] = bytes.withUnsafeBytes { check($0, from: 0, to: split) }
                    default: found.buffer[1] = bytes.withUnsafeBytes { check($0, from: split, to: $0.count) }
                    }
                }
            }
        }
        let findings = parts[0].then(parts[1])
        guard findings.loneCR == nil, findings.invalidUTF8 == nil else { return nil }
        return Prepared(lineCount: findings.lineFeeds + 1, stripped: stripping.bytes, unterminated: stripping.unterminated)
    }

    /// The first offset at or after the middle of `bytes` that is not a UTF-8 continuation byte (`10xxxxxx`), or the
    /// end: no valid sequence spans it. O(1) on valid UTF-8 (at most three bytes are passed).
    static func splitPoint(_ bytes: [UInt8]) -> Int {
        var split = bytes.count / 2
        while split < bytes.count, bytes[split] & 0xC0 == 0x80 { split += 1 }
        return split
    }

    /// The findings on `from..<to` of `raw`, which starts with a sequence (`from` is 0 or a ``splitPoint(_:)``): line
    /// feeds counted and CRs and non-ASCII bytes looked for eight bytes at a time; a CR's next byte and a sequence's
    /// later bytes may lie past `to`. O(to - from).
    static func check(_ raw: UnsafeRawBufferPointer, from: Int, to: Int) -> Findings {
        var findings = Findings()
        let lineFeeds = ByteScan.ones &* 0x0A, returns = ByteScan.ones &* 0x0D
        // Bytes before `next` belong to a sequence already checked (or come after an invalid byte).
        var next = from
        var i = from
        while i + 8 <= to {
            // Line feeds are added up in byte lanes (`ByteScan.laneSum`); CRs and non-ASCII bytes are rare.
            let end = min(to, i + 8 * ByteScan.wordsPerLaneSum)
            var lanes: UInt64 = 0
            while i + 8 <= end {
                let w = ByteScan.word(raw, i)
                lanes &+= ByteScan.zeroBytes(w ^ lineFeeds) >> 7
                let crs = ByteScan.zeroBytes(w ^ returns), high = w & ByteScan.highs
                if crs | high != 0 { rare(crs, high, at: i, in: raw, next: &next, &findings) }
                i += 8
            }
            findings.lineFeeds += ByteScan.laneSum(lanes)
        }
        while i < to {
            let b = raw[i]
            if b == 0x0A {
                findings.lineFeeds += 1
            } else if b == 0x0D, findings.loneCR == nil, i + 1 == raw.count || raw[i + 1] != 0x0A {
                findings.loneCR = i
            } else if b >= 0x80, i >= next, findings.invalidUTF8 == nil {
                if let length = UTF8Validation.sequenceLength(at: i, in: raw) {
                    next = i + length
                } else {
                    findings.invalidUTF8 = i
                }
            }
            i += 1
        }
        return findings
    }

    /// The CRs (`crs`) and non-ASCII bytes (`high`) of the word at `i`, marked by their high bits: the first lone
    /// CR and the first invalid UTF-8 byte noted in `findings`, `next` moved past each sequence checked.
    private static func rare(
        _ crs: UInt64, _ high: UInt64, at i: Int, in raw: UnsafeRawBufferPointer, next: inout Int, _ findings: inout Findings
    ) {
        var crs = crs
        while crs != 0, findings.loneCR == nil {
            let at = i + crs.trailingZeroBitCount / 8
            if at + 1 == raw.count || raw[at + 1] != 0x0A { findings.loneCR = at }
            crs &= crs - 1
        }
        guard high != 0, findings.invalidUTF8 == nil, next < i + 8 else { return }
        var high = next > i ? high & (UInt64.max << UInt64(8 * (next - i))) : high
        while high != 0 {
            let at = i + high.trailingZeroBitCount / 8
            guard let length = UTF8Validation.sequenceLength(at: at, in: raw) else {
                findings.invalidUTF8 = at
                return
            }
            next = at + length
            high = next >= i + 8 ? 0 : high & (UInt64.max << UInt64(8 * (next - i)))
        }
    }
}
