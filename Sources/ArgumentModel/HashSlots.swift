import CPrefetch
#if canImport(Glibc)
import Glibc
#endif

/// An open-addressing hash index from keys kept elsewhere (titles in nodes, endpoints in relations) to their
/// positions: one array of 64-bit slots, each holding the high 32 bits of its key's hash and the position + 1 (0 is
/// an empty slot). A probe reads one word per slot and asks its caller to compare the key only when the stored hash
/// bits agree; the slot is chosen by those same bits, so growing and deleting never hash a key again. Linear probing,
/// load at most one half, deletion by backward shift (no tombstones). Every operation is O(1) on average plus the
/// caller's key comparisons; the caller's hash must be well mixed in its high 32 bits.
struct HashSlots: Sendable {
    /// Empty until the first insert (so an empty index allocates nothing); then a power of two long.
    private var slots: [UInt64] = []
    /// Entries held.
    private(set) var count = 0

    /// An empty index.
    init() {}

    /// Makes room for `capacity` entries without growing. O(capacity).
    mutating func reserveCapacity(_ capacity: Int) {
        if slots.isEmpty && capacity > 0 { slots = Self.zeroed(16) }
        while capacity * 2 > slots.count { grow() }
    }

    /// The position stored for the key with hash `h` for which `matches` (given a stored position) is true.
    func find(_ h: UInt64, _ matches: (Int) -> Bool) -> Int? {
        guard !slots.isEmpty else { return nil }
        let slot = probe(h, matches)
        return slots[slot] == 0 ? nil : Self.position(slots[slot])
    }

    /// The position stored for the key, or `fresh` after storing it for the key (one probe sequence for both).
    mutating func find(_ h: UInt64, orInsert fresh: Int, _ matches: (Int) -> Bool) -> Int {
        if slots.isEmpty { slots = Self.zeroed(16) }
        let slot = probe(h, matches)
        if slots[slot] != 0 { return Self.position(slots[slot]) }
        insert(at: slot, h, fresh)
        return fresh
    }

    /// Stores `position` for the key, replacing the position stored for it if any.
    mutating func set(_ h: UInt64, to position: Int, _ matches: (Int) -> Bool) {
        if slots.isEmpty { slots = Self.zeroed(16) }
        let slot = probe(h, matches)
        if slots[slot] != 0 {
            slots[slot] = (slots[slot] & ~0xFFFF_FFFF) | UInt64(position + 1)
        } else {
            insert(at: slot, h, position)
        }
    }

    /// Removes the entry of the key with hash `h` for which `matches` is true, if any.
    mutating func remove(_ h: UInt64, _ matches: (Int) -> Bool) {
        guard !slots.isEmpty else { return }
        var hole = probe(h, matches)
        guard slots[hole] != 0 else { return }
        let mask = slots.count - 1
        slots[hole] = 0
        count -= 1
        // Backward shift: an entry after the hole moves into it when its home slot is not between the hole and it.
        var next = (hole + 1) & mask
        while slots[next] != 0 {
            let home = Self.slotBits(slots[next]) & mask
            if (next - home) & mask >= (next - hole) & mask {
                slots[hole] = slots[next]
                slots[next] = 0
                hole = next
            }
            next = (next + 1) & mask
        }
    }

    /// Asks the processor to bring the home slot of hash `h` into the cache (a hint for a look-up coming soon). O(1).
    @inline(__always)
    func prefetch(_ h: UInt64) {
        slots.withUnsafeBufferPointer { slots in
            guard let base = slots.baseAddress else { return }
            argmap_prefetch(base + (Self.slotBits(h) & (slots.count - 1)))
        }
    }

    /// The slot holding the key for which `matches` is true among those with hash `h`, or the empty slot where it
    /// would go.
    @inline(__always)
    private func probe(_ h: UInt64, _ matches: (Int) -> Bool) -> Int {
        let mask = slots.count - 1
        let tag = h >> 32
        var slot = Self.slotBits(h) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { return slot }
            if entry >> 32 == tag, matches(Self.position(entry)) { return slot }
            slot = (slot + 1) & mask
        }
    }

    /// Fills the empty `slot` (found by ``probe(_:_:)``) and doubles the slots when they are half full.
    private mutating func insert(at slot: Int, _ h: UInt64, _ position: Int) {
        precondition(position < Int(UInt32.max), "more than 2^32 entries")
        slots[slot] = (h & ~0xFFFF_FFFF) | UInt64(position + 1)
        count += 1
        if count * 2 > slots.count { grow() }
    }

    /// Doubles the slots, placing every entry by its stored hash bits. O(slots).
    private mutating func grow() {
        var bigger = Self.zeroed(slots.count * 2)
        let mask = bigger.count - 1
        for entry in slots where entry != 0 {
            var slot = Self.slotBits(entry) & mask
            while bigger[slot] != 0 { slot = (slot + 1) & mask }
            bigger[slot] = entry
        }
        slots = bigger
    }

    /// `count` empty slots. On Linux, a table of 4 MiB or more asks for transparent huge pages before it is written
    /// (`madvise`; a hint the kernel may ignore): a large table is probed at random places, and with 4 KiB pages
    /// nearly every probe also missed the address translation cache.
    private static func zeroed(_ count: Int) -> [UInt64] { zeroed(count, repeating: 0) }

    /// `count` copies of `empty` (a table's empty slot), on huge pages when 4 MiB or more (see ``zeroed(_:)``).
    static func zeroed<Slot>(_ count: Int, repeating empty: Slot) -> [Slot] {
        [Slot](unsafeUninitializedCapacity: count) { buffer, initialized in
            #if os(Linux)
            if count * MemoryLayout<Slot>.stride >= 1 << 22, let base = buffer.baseAddress {
                let page = UInt(4096)
                let start = (UInt(bitPattern: base) + page - 1) & ~(page - 1)
                let end = UInt(bitPattern: base + count) & ~(page - 1)
                if end > start { _ = madvise(UnsafeMutableRawPointer(bitPattern: start), Int(end - start), MADV_HUGEPAGE) }
            }
            #endif
            buffer.initialize(repeating: empty)
            initialized = count
        }
    }

    @inline(__always) private static func position(_ entry: UInt64) -> Int { Int(entry & 0xFFFF_FFFF) - 1 }

    /// The bits a slot is chosen by: the high half of the hash, which every entry keeps.
    @inline(__always) private static func slotBits(_ hashOrEntry: UInt64) -> Int { Int(truncatingIfNeeded: hashOrEntry >> 32) }

    /// One multiply-and-fold round, for callers' hashes (the high bits depend on every input bit).
    @inline(__always)
    static func mix(_ x: UInt64) -> UInt64 {
        let m = x.multipliedFullWidth(by: 0x9E37_79B9_7F4A_7C15)
        return m.high ^ m.low
    }

    /// A per-process random seed for callers' hashes (keys come from input files, so a fixed function would let a
    /// file choose colliding keys).
    static let seed = UInt64.random(in: 1...UInt64.max)
}
