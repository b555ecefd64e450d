/// The title index of ``GraphBuilder`` and ``ArgumentGraph``: which node has a (kind, title), by open addressing
/// over one array of 64-bit slots.
///
/// Each slot holds 32 bits of the title's hash and the node's index + 1 (0 is an empty slot), so a probe reads one
/// word and compares the node's title only when the hashes agree, and growing the table never hashes a title again.
/// The hash reads the title's UTF-8 bytes eight at a time, seeded per process (titles come from the input, so a fixed
/// function would let a file choose colliding titles). The titles themselves stay in the nodes; the table holds no
/// strings, so building and copying it retains nothing. Look-ups and inserts are O(title length) on average; the
/// load stays at most one half.
struct TitleTable: Sendable {
    private var slots: [UInt64]
    /// Entries held.
    private(set) var count = 0

    /// An empty table.
    init() { slots = [UInt64](repeating: 0, count: 16) }

    /// A table of every node's (kind, title); a later node with the same title replaces an earlier one. O(nodes).
    init(_ nodes: [Node]) {
        self.init()
        for i in nodes.indices {
            let kind = nodes[i].kind
            let h = Self.hash(nodes[i].title, kind)
            let slot = probe(h) { nodes[$0].kind == kind && nodes[$0].title == nodes[i].title }
            if slots[slot] == 0 {
                insert(at: slot, hash: h, index: i)
            } else {
                slots[slot] = (slots[slot] & ~0xFFFF_FFFF) | UInt64(i + 1)
            }
        }
    }

    /// The index of the node of `kind` titled `title` in `nodes` (the nodes this table indexes), if any.
    func index(of title: String, _ kind: NodeKind, in nodes: [Node]) -> Int? {
        let slot = probe(Self.hash(title, kind)) { nodes[$0].kind == kind && nodes[$0].title == title }
        return slots[slot] == 0 ? nil : Int(slots[slot] & 0xFFFF_FFFF) - 1
    }

    /// The index of the node of `kind` titled `title`, or `fresh` after recording it as the index of that title (the
    /// caller then appends the node at `fresh`). One probe sequence for both. O(title length) on average.
    mutating func index(of title: String, _ kind: NodeKind, in nodes: [Node], orInsert fresh: Int) -> Int {
        let h = Self.hash(title, kind)
        let slot = probe(h) { nodes[$0].kind == kind && nodes[$0].title == title }
        if slots[slot] != 0 { return Int(slots[slot] & 0xFFFF_FFFF) - 1 }
        insert(at: slot, hash: h, index: fresh)
        return fresh
    }

    /// The slot holding the entry for which `matches` (given the entry's node index) is true among those with hash
    /// `h`, or the empty slot where it would go.
    @inline(__always)
    private func probe(_ h: UInt64, _ matches: (Int) -> Bool) -> Int {
        let mask = slots.count - 1
        let tag = h >> 32
        var slot = Self.slotBits(h) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { return slot }
            if entry >> 32 == tag, matches(Int(entry & 0xFFFF_FFFF) - 1) { return slot }
            slot = (slot + 1) & mask
        }
    }

    /// Fills the empty `slot` (found by ``probe(_:_:)``) and doubles the table when it is half full.
    private mutating func insert(at slot: Int, hash h: UInt64, index: Int) {
        slots[slot] = (h & ~0xFFFF_FFFF) | UInt64(index + 1)
        count += 1
        if count * 2 > slots.count { grow() }
    }

    /// Doubles the slots, moving every entry by its stored hash bits. O(slots).
    private mutating func grow() {
        var bigger = [UInt64](repeating: 0, count: slots.count * 2)
        let mask = bigger.count - 1
        for entry in slots where entry != 0 {
            var slot = Self.slotBits(entry) & mask
            while bigger[slot] != 0 { slot = (slot + 1) & mask }
            bigger[slot] = entry
        }
        slots = bigger
    }

    /// The bits a slot index is taken from: the high half of the hash, which every entry keeps.
    @inline(__always)
    private static func slotBits(_ hashOrEntry: UInt64) -> Int { Int(truncatingIfNeeded: hashOrEntry >> 32) }

    /// A per-process random seed for ``hash(_:_:)``.
    private static let seed = UInt64.random(in: 1...UInt64.max)

    /// A 64-bit hash of `title` and `kind` that agrees with `String`'s `==` (canonical equivalence): an ASCII title
    /// is hashed by its bytes; so is a title that only the three singletons whose canonical form is ASCII (KELVIN
    /// SIGN, GREEK QUESTION MARK, GREEK VARIA) keep from being ASCII, after mapping them; any other title is hashed
    /// by `Hasher` (normalising, and never equal to an ASCII title). The slot index and the stored tag both come from
    /// the high 32 bits (so growing needs no rehash). O(length).
    static func hash(_ title: String, _ kind: NodeKind) -> UInt64 {
        var title = title
        if let h = title.withUTF8({ bytes -> UInt64? in
            let raw = UnsafeRawBufferPointer(bytes)
            return isASCII(raw) ? hash(raw, kind) : nil
        }) {
            return h
        }
        var ascii: [UInt8] = []
        for scalar in title.unicodeScalars {
            switch scalar.value {
            case 0..<0x80: ascii.append(UInt8(scalar.value))
            case 0x212A: ascii.append(0x4B)  // K
            case 0x037E: ascii.append(0x3B)  // ;
            case 0x1FEF: ascii.append(0x60)  // `
            default:
                var hasher = Hasher()
                hasher.combine(title)
                return mix(UInt64(UInt(bitPattern: hasher.finalize())) ^ (kind == .statement ? 0 : 0x5851_F42D_4C95_7F2D))
            }
        }
        return ascii.withUnsafeBytes { hash($0, kind) }
    }

    /// Whether every byte is below 0x80. Eight bytes per step.
    private static func isASCII(_ bytes: UnsafeRawBufferPointer) -> Bool {
        var i = 0
        var high: UInt64 = 0
        while i + 8 <= bytes.count {
            high |= bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            i += 8
        }
        while i < bytes.count {
            high |= UInt64(bytes[i])
            i += 1
        }
        return high & 0x8080_8080_8080_8080 == 0
    }

    /// The hash of an ASCII title given as its bytes (see ``hash(_:_:)``).
    static func hash(_ bytes: UnsafeRawBufferPointer, _ kind: NodeKind) -> UInt64 {
        let k: UInt64 = 0x9E37_79B9_7F4A_7C15
        var h = seed ^ (UInt64(bytes.count) &* k) ^ (kind == .statement ? 0 : 0x5851_F42D_4C95_7F2D)
        var i = 0
        while i + 8 <= bytes.count {
            h = mix(h ^ UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self)))
            i += 8
        }
        if i < bytes.count {
            var tail: UInt64 = 0
            var shift: UInt64 = 0
            while i < bytes.count {
                tail |= UInt64(bytes[i]) << shift
                shift += 8
                i += 1
            }
            h = mix(h ^ tail)
        }
        return mix(h)
    }

    /// One multiply-and-fold round (the high bits depend on every input bit).
    @inline(__always)
    private static func mix(_ x: UInt64) -> UInt64 {
        let m = x.multipliedFullWidth(by: 0x9E37_79B9_7F4A_7C15)
        return m.high ^ m.low
    }
}
