import ArgumentModel

/// The values of YAML texts already read in one document, by their bytes: maps repeat the same data block
/// (`{isGroup: true}`, `{isCanonical: true}`, `{weight: 2}` ...) many times, and reading one again through libyaml
/// costs about 20,000 instructions where finding it here costs a hash of its bytes and one comparison. Only
/// successful reads are kept (a failure's diagnostic depends on where the text stands), only texts of at most
/// ``maxBytes`` bytes, and at most ``maxEntries`` of them; once ``trial`` texts are kept, new ones are kept only
/// while at least one look-up in four finds its text (a document whose blocks do not repeat, such as 100,000
/// different `{kN: N}` blocks, would otherwise only pay for the cache). The value is the same `DataValue` for every
/// use, which also shares its storage. Complexity: O(length of the text) per look-up.
struct YAMLCache {
    /// Longest text kept.
    static let maxBytes = 512
    /// Most texts kept.
    static let maxEntries = 1 << 16
    /// Texts kept before the hit rate is looked at.
    static let trial = 4096

    private struct Entry {
        /// Where the text stands in the source the cache was filled from.
        var start: Int
        var count: Int
        var value: DataValue
    }

    /// Entries by the hash of their bytes; a second text with the same hash is read every time, not kept.
    private var entries: [UInt64: Entry] = [:]
    /// Look-ups that found their text.
    private var hits = 0
    /// The event reader's working lists, shared by every text read.
    private var scratch = YAMLEventReader.Scratch()

    /// How many texts are kept.
    var count: Int { entries.count }

    /// The value of the YAML in `bytes[range]`: the cached one when these bytes were read before, else
    /// ``YAMLData/parse(bytes:)``'s (kept when it succeeded). `bytes` must be the same source on every call.
    mutating func parse(_ bytes: [UInt8], _ range: Range<Int>) -> Result<DataValue, YAMLData.Failure> {
        guard range.count <= Self.maxBytes else { return YAMLData.parse(bytes: bytes[range], scratch: &scratch) }
        let hash = Self.hash(bytes, range)
        if let entry = entries[hash] {
            if entry.count == range.count, Self.equal(bytes, entry.start, range) {
                hits += 1
                return .success(entry.value)
            }
            return YAMLData.parse(bytes: bytes[range], scratch: &scratch)
        }
        let result = YAMLData.parse(bytes: bytes[range], scratch: &scratch)
        let keeps = entries.count < Self.trial || (entries.count < Self.maxEntries && 4 * hits >= entries.count)
        if case .success(let value) = result, keeps {
            entries[hash] = Entry(start: range.lowerBound, count: range.count, value: value)
        }
        return result
    }

    /// A hash of the bytes, eight at a time (multiply, then fold the high half down). O(length).
    private static func hash(_ bytes: [UInt8], _ range: Range<Int>) -> UInt64 {
        bytes.withUnsafeBytes { raw in
            var h: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(range.count)
            var i = range.lowerBound
            while i + 8 <= range.upperBound {
                h = mix(h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                i += 8
            }
            var tail: UInt64 = 0, shift: UInt64 = 0
            while i < range.upperBound {
                tail |= UInt64(raw[i]) << shift
                shift += 8
                i += 1
            }
            return mix(h ^ tail)
        }
    }

    private static func mix(_ x: UInt64) -> UInt64 {
        let m = x &* 0x9E37_79B9_7F4A_7C15
        return m ^ (m >> 29)
    }

    /// Whether the `range.count` bytes at `start` equal those in `range`, compared eight at a time. O(length).
    private static func equal(_ bytes: [UInt8], _ start: Int, _ range: Range<Int>) -> Bool {
        bytes.withUnsafeBytes { raw in
            var i = 0
            let count = range.count
            while i + 8 <= count {
                if raw.loadUnaligned(fromByteOffset: start + i, as: UInt64.self)
                    != raw.loadUnaligned(fromByteOffset: range.lowerBound + i, as: UInt64.self) { return false }
                i += 8
            }
            while i < count {
                if raw[start + i] != raw[range.lowerBound + i] { return false }
                i += 1
            }
            return true
        }
    }
}
