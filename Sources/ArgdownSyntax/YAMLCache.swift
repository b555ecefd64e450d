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

    /// How many texts are kept.
    var count: Int { entries.count }

    /// The value of the YAML in `bytes[range]`: the cached one when these bytes were read before, else
    /// ``YAMLData/parse(bytes:)``'s (kept when it succeeded). `bytes` must be the same source on every call.
    mutating func parse(_ bytes: [UInt8], _ range: Range<Int>) -> Result<DataValue, YAMLData.Failure> {
        guard range.count <= Self.maxBytes else { return YAMLData.parse(bytes: bytes[range]) }
        let hash = Self.hash(bytes, range)
        if let entry = entries[hash] {
            if entry.count == range.count, bytes[entry.start..<(entry.start + entry.count)].elementsEqual(bytes[range]) {
                hits += 1
                return .success(entry.value)
            }
            return YAMLData.parse(bytes: bytes[range])
        }
        let result = YAMLData.parse(bytes: bytes[range])
        let keeps = entries.count < Self.trial || (entries.count < Self.maxEntries && 4 * hits >= entries.count)
        if case .success(let value) = result, keeps {
            entries[hash] = Entry(start: range.lowerBound, count: range.count, value: value)
        }
        return result
    }

    /// FNV-1a over the bytes. O(length).
    private static func hash(_ bytes: [UInt8], _ range: Range<Int>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for k in range {
            h = (h ^ UInt64(bytes[k])) &* 0x0000_0100_0000_01B3
        }
        return h
    }
}
