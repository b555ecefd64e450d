/// The title index of ``GraphBuilder`` and ``ArgumentGraph``: which node has a (kind, title).
///
/// A ``TitleSlots`` table: a short ASCII title (at most 15 bytes, as most titles are) is kept in its slot with its
/// kind, so finding it reads one slot and nothing else; any other title is compared with the node's own title, only
/// when 32 bits of the hashes agree. The table holds no strings, so building and copying it retains nothing. The hash
/// reads an ASCII title's UTF-8 bytes eight at a time, seeded per process. Look-ups and inserts are O(title length)
/// on average.
struct TitleTable: Sendable {
    private var slots = TitleSlots()

    /// An empty table.
    init() {}

    /// The number of distinct (kind, title) pairs held. O(1).
    var count: Int { slots.count }

    /// A table of every node's (kind, title); a later node with the same title replaces an earlier one. O(nodes).
    init(_ nodes: [Node]) {
        slots.reserveCapacity(nodes.count)
        for i in nodes.indices {
            let (kind, title) = (nodes[i].kind, nodes[i].title)
            slots.set(Self.key(title, kind), to: i) { nodes[$0].kind == kind && nodes[$0].title == title }
        }
    }

    /// The index of the node of `kind` titled `title` in `nodes` (the nodes this table indexes), if any.
    func index(of title: String, _ kind: NodeKind, in nodes: [Node]) -> Int? {
        slots.find(Self.key(title, kind)) { nodes[$0].kind == kind && nodes[$0].title == title }
    }

    /// The index of the node (`nodes[i]` is node `i`) of `kind` and `title`, or `fresh` after recording it as the
    /// index of that title (the caller then appends the node at `fresh`). One probe sequence for both. O(title
    /// length) on average.
    mutating func index(of title: String, _ kind: NodeKind, in nodes: [Node], orInsert fresh: Int) -> Int {
        slots.find(Self.key(title, kind), orInsert: fresh) { nodes[$0].kind == kind && nodes[$0].title == title }
    }

    /// Brings the slot of the ASCII title `bytes` of `kind` into the cache, for a look-up of it coming soon (a hint:
    /// bytes that are not the title as it will be looked up only waste the prefetch). O(title length).
    func prefetch(_ bytes: UnsafeRawBufferPointer, _ kind: NodeKind) { slots.prefetch(Self.key(bytes, kind)) }

    /// The number of slots (the range ``find(titlesOf:slots:otherNodes:in:_:)`` takes parts of). O(1).
    var slotCount: Int { slots.slotCount }

    /// Calls `found(k, i)` for every title `other` holds in its slots `range`: `k` its node in `otherNodes` (the
    /// nodes `other` indexes), `i` the index in `nodes` (the nodes this table indexes) of the node of the same kind
    /// and title, or nil. No title is hashed again (see ``TitleSlots/find(entriesOf:slots:ahead:_:_:)``): a short
    /// ASCII title is found from `other`'s slot alone, another one is compared with the node's title. O(range +
    /// its titles' look-ups).
    func find(
        titlesOf other: TitleTable, slots range: Range<Int>, otherNodes: [Node], in nodes: [Node],
        _ found: (Int, Int?) -> Void
    ) {
        slots.find(entriesOf: other.slots, slots: range, { k, i in
            nodes[i].kind == otherNodes[k].kind && nodes[i].title == otherNodes[k].title
        }, found)
    }

    /// Makes room for `count` titles in all (a hint). O(count).
    mutating func reserveCapacity(_ count: Int) { slots.reserveCapacity(count) }

    /// The probe key of `title` and `kind`: its ``hash(_:_:)`` and, for an ASCII title of at most 15 bytes, its
    /// bytes, length and kind packed into two words (equal packed words are equal titles of equal kinds). O(length).
    static func key(_ title: String, _ kind: NodeKind) -> TitleSlots.Key {
        var title = title
        if let key = title.withUTF8({ bytes -> TitleSlots.Key? in
            let raw = UnsafeRawBufferPointer(bytes)
            return isASCII(raw) ? key(raw, kind) : nil
        }) {
            return key
        }
        return TitleSlots.Key(hash: hash(title, kind))
    }

    /// A 64-bit hash of `title` and `kind` that agrees with `String`'s `==` (canonical equivalence): an ASCII title
    /// is hashed by its bytes; so is a title that only the three singletons whose canonical form is ASCII (KELVIN
    /// SIGN, GREEK QUESTION MARK, GREEK VARIA) keep from being ASCII, after mapping them; any other title is hashed
    /// by `Hasher` (normalising, and never equal to an ASCII title). O(length).
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
                return HashSlots.mix(UInt64(UInt(bitPattern: hasher.finalize())) ^ kindBits(kind))
            }
        }
        return ascii.withUnsafeBytes { hash($0, kind) }
    }

    private static func kindBits(_ kind: NodeKind) -> UInt64 { kind == .statement ? 0 : 0x5851_F42D_4C95_7F2D }

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
    static func hash(_ bytes: UnsafeRawBufferPointer, _ kind: NodeKind) -> UInt64 { key(bytes, kind).hash }

    /// The key of an ASCII title given as its bytes (see ``key(_:_:)``): the hash mixes the bytes eight at a time,
    /// and a title of at most 15 bytes is packed from the same words.
    private static func key(_ bytes: UnsafeRawBufferPointer, _ kind: NodeKind) -> TitleSlots.Key {
        var h = HashSlots.seed ^ (UInt64(bytes.count) &* 0x9E37_79B9_7F4A_7C15) ^ kindBits(kind)
        var first: UInt64 = 0
        var i = 0
        while i + 8 <= bytes.count {
            let word = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            if i == 0 { first = word }
            h = HashSlots.mix(h ^ word)
            i += 8
        }
        var tail: UInt64 = 0
        if i < bytes.count {
            var shift: UInt64 = 0
            while i < bytes.count {
                tail |= UInt64(bytes[i]) << shift
                shift += 8
                i += 1
            }
            h = HashSlots.mix(h ^ tail)
        }
        var key = TitleSlots.Key(hash: HashSlots.mix(h))
        if bytes.count <= 15 {
            let top = TitleSlots.inlineMark | (kind == .statement ? 0 : 0x10) | UInt64(bytes.count)
            (key.low, key.high) = bytes.count >= 8 ? (first, tail | top << 56) : (tail, top << 56)
        }
        return key
    }
}
