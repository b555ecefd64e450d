import CPrefetch

/// The open-addressing slots behind ``TitleTable``: each 24-byte slot holds 32 bits of its title's hash, the node's
/// position and, for a short ASCII title, the title's bytes and kind themselves, so a look-up that finds such a title
/// reads one place in memory (the slot's cache line), not also the node or a key array at a random place. Titles that
/// are not inline (non-ASCII, longer than 15 bytes) are compared by the caller, only when the 32 hash bits agree.
///
/// A slot's home is chosen by the hash bits it keeps (multiply-shift onto any number of slots, not only powers of
/// two, so a reservation costs about what it asks for); linear probing, load at most three quarters; growing places
/// every entry by its kept bits, never hashing a title again. No removal (titles are never unindexed). Every operation
/// is O(1) on average plus the caller's comparisons of non-inline titles; the hash must be well mixed in its high
/// 32 bits.
struct TitleSlots: Sendable {
    /// A probe key: a title's 64-bit hash and, when it is inline, its packed bytes (see ``Slot``).
    struct Key: Sendable {
        /// The title's hash (its kind included).
        var hash: UInt64
        /// The first 8 bytes of an inline title (little-endian, zero-padded), else 0.
        var low: UInt64 = 0
        /// Bytes 8 to 14 of an inline title in the low 56 bits and ``inlineMark`` | kind << 4 | length in the top
        /// byte; 0 when the title is not inline.
        var high: UInt64 = 0

        /// Whether the title's bytes are in the key.
        var isInline: Bool { high >> 63 != 0 }
    }

    /// One slot: `entry` is the hash's high 32 bits << 32 | (position + 1), 0 when empty; `low`/`high` as in ``Key``.
    private struct Slot: Sendable {
        var entry: UInt64
        var low: UInt64
        var high: UInt64
    }

    /// The top-byte mark of an inline key.
    static let inlineMark: UInt64 = 0x80

    /// Empty until the first insert (so an empty table allocates nothing).
    private var slots: [Slot] = []
    /// Entries held.
    private(set) var count = 0

    /// An empty table.
    init() {}

    /// Makes room for `capacity` entries without growing. O(capacity).
    mutating func reserveCapacity(_ capacity: Int) {
        let needed = Self.slotCount(for: capacity)
        if needed > slots.count { resize(to: needed) }
    }

    /// The position stored for `key`; `matches` (given a stored position) compares a title that is not inline.
    @inline(__always)
    func find(_ key: Key, _ matches: (Int) -> Bool) -> Int? {
        guard !slots.isEmpty else { return nil }
        let slot = probe(key, matches)
        return slots[slot].entry == 0 ? nil : Self.position(slots[slot].entry)
    }

    /// The position stored for `key`, or `fresh` after storing it for `key` (one probe sequence for both).
    @inline(__always)
    mutating func find(_ key: Key, orInsert fresh: Int, _ matches: (Int) -> Bool) -> Int {
        if slots.isEmpty { resize(to: Self.slotCount(for: 8)) }
        let slot = probe(key, matches)
        let entry = slots[slot].entry
        if entry != 0 { return Self.position(entry) }
        insert(at: slot, key, fresh)
        return fresh
    }

    /// Stores `position` for `key`, replacing the entry stored for an equal title if any (the slot then describes
    /// the new position's title).
    mutating func set(_ key: Key, to position: Int, _ matches: (Int) -> Bool) {
        if slots.isEmpty { resize(to: Self.slotCount(for: 8)) }
        let slot = probe(key, matches)
        if slots[slot].entry != 0 {
            slots[slot] = Slot(entry: (key.hash & ~0xFFFF_FFFF) | UInt64(position + 1), low: key.low, high: key.high)
        } else {
            insert(at: slot, key, position)
        }
    }

    /// Asks the processor to bring `key`'s home slot into the cache (a hint for a look-up coming soon: the slot is
    /// then read while other work goes on, not waited for). O(1), changes nothing.
    @inline(__always)
    func prefetch(_ key: Key) {
        slots.withUnsafeBufferPointer { slots in
            guard let base = slots.baseAddress else { return }
            Self.prefetch(base + Self.home(key.hash >> 32, slots.count))
        }
    }

    /// Asks for the cache lines of one slot (two when it straddles a line boundary).
    @inline(__always)
    private static func prefetch(_ slot: UnsafePointer<Slot>) {
        let first = UnsafeRawPointer(slot)
        argmap_prefetch(first)
        let last = first + (MemoryLayout<Slot>.stride - 1)
        if UInt(bitPattern: last) & ~63 != UInt(bitPattern: first) & ~63 { argmap_prefetch(last) }
    }

    /// The number of slots, empty ones included (the range ``find(entriesOf:slots:ahead:_:_:)`` walks). O(1).
    var slotCount: Int { slots.count }

    /// Looks up in this table the entry of every filled slot among `other`'s slots `range`, in slot order: calls
    /// `found(otherPosition, position)` with the position stored here for an equal title, or nil. No title is hashed
    /// again: the key is rebuilt from `other`'s slot (its 32 kept hash bits are all a probe reads of the hash, and an
    /// inline title's bytes are in the slot); `matches(otherPosition, position)` compares titles that are not inline.
    /// The home slot of the entry `ahead` filled slots on is prefetched (the homes lie at random places of a table
    /// larger than the cache; `other`'s slots are read in order). Both tables must hash with the same seed (one
    /// process). O(range + its entries' probes).
    func find(
        entriesOf other: TitleSlots, slots range: Range<Int>, ahead: Int = 8, _ matches: (Int, Int) -> Bool,
        _ found: (Int, Int?) -> Void
    ) {
        guard !slots.isEmpty else {
            for i in range where other.slots[i].entry != 0 { found(Self.position(other.slots[i].entry), nil) }
            return
        }
        other.slots.withUnsafeBufferPointer { theirs in
            slots.withUnsafeBufferPointer { ours in
                guard let base = ours.baseAddress else { return }
                let n = ours.count
                // The slot of the next entry to prefetch, kept `ahead` entries before the one looked up.
                var next = range.lowerBound
                func prefetchNext() {
                    while next < range.upperBound, theirs[next].entry == 0 { next += 1 }
                    guard next < range.upperBound else { return }
                    Self.prefetch(base + Self.home(theirs[next].entry >> 32, n))
                    next += 1
                }
                for _ in 0..<ahead { prefetchNext() }
                for i in range where theirs[i].entry != 0 {
                    prefetchNext()
                    let s = theirs[i]
                    let other = Self.position(s.entry)
                    let key = Key(hash: s.entry & ~0xFFFF_FFFF, low: s.low, high: s.high)
                    let slot = Self.probe(key, in: ours) { matches(other, $0) }
                    found(other, ours[slot].entry == 0 ? nil : Self.position(ours[slot].entry))
                }
            }
        }
    }

    /// The slot holding `key`'s title, or the empty slot where it would go.
    @inline(__always)
    private func probe(_ key: Key, _ matches: (Int) -> Bool) -> Int {
        slots.withUnsafeBufferPointer { Self.probe(key, in: $0, matches) }
    }

    /// ``probe(_:_:)`` in the (non-empty) slots `slots`.
    @inline(__always)
    private static func probe(_ key: Key, in slots: UnsafeBufferPointer<Slot>, _ matches: (Int) -> Bool) -> Int {
        let n = slots.count
        let tag = key.hash >> 32
        var slot = home(tag, n)
        while true {
            let s = slots[slot]
            if s.entry == 0 { return slot }
            if s.entry >> 32 == tag {
                if key.isInline && s.high >> 63 != 0 {
                    // Both titles are short ASCII: equal exactly when their bytes, lengths and kinds are.
                    if s.low == key.low && s.high == key.high { return slot }
                } else if matches(position(s.entry)) {
                    return slot
                }
            }
            slot += 1
            if slot == n { slot = 0 }
        }
    }

    /// Fills the empty `slot` (found by ``probe(_:_:)``) and grows the table when it is three quarters full.
    private mutating func insert(at slot: Int, _ key: Key, _ position: Int) {
        precondition(position < Int(UInt32.max), "more than 2^32 titles")
        slots[slot] = Slot(entry: (key.hash & ~0xFFFF_FFFF) | UInt64(position + 1), low: key.low, high: key.high)
        count += 1
        if count * 4 > slots.count * 3 { resize(to: slots.count * 2) }
    }

    /// Moves every entry into `newCount` empty slots, each placed by its kept hash bits. O(slots).
    private mutating func resize(to newCount: Int) {
        var bigger = HashSlots.zeroed(newCount, repeating: Slot(entry: 0, low: 0, high: 0))
        bigger.withUnsafeMutableBufferPointer { bigger in
            for s in slots where s.entry != 0 {
                var slot = Self.home(s.entry >> 32, newCount)
                while bigger[slot].entry != 0 {
                    slot += 1
                    if slot == newCount { slot = 0 }
                }
                bigger[slot] = s
            }
        }
        slots = bigger
    }

    /// Slots for `capacity` entries at a load of at most three quarters (at least 16).
    private static func slotCount(for capacity: Int) -> Int { max(16, capacity + capacity / 3 + 1) }

    /// The slot a tag (32 hash bits) belongs to among `n` slots: multiply-shift, uniform for uniform tags.
    @inline(__always) private static func home(_ tag: UInt64, _ n: Int) -> Int { Int(truncatingIfNeeded: (tag &* UInt64(n)) >> 32) }

    @inline(__always) private static func position(_ entry: UInt64) -> Int { Int(entry & 0xFFFF_FFFF) - 1 }
}
