extension ArgdownJSON {
    /// The JSON of pieces the Argdown JSON stream wrote lately, kept to be copied when the same piece is written
    /// again: a relation is written under both its ends (nodes near each other in id order, in a tree), and a data
    /// object shared by several elements (a statement's data is its one data block's value; repeated blocks share
    /// one value) would be written again from its `DataValue`. Pieces are found by a key the caller chooses (a
    /// relation's row, the address of a data object's storage) in a fixed number of slots, a new piece replacing
    /// the one in its slot, so memory stays bounded whatever the map's size. A piece is copied re-indented when it
    /// is wanted at another indentation. Complexity: O(length of the piece) to keep or copy it.
    final class Memo {
        /// A slot: its key, the indentation its piece was written at (-1 when empty), and its piece in memory of
        /// its own (grown when a longer piece comes, never shrunk).
        private struct Slot {
            var key: (UInt, UInt) = (0, 0)
            var indent = -1
            var count = 0
            var capacity = 0
            var base: UnsafeMutablePointer<UInt8>?
        }

        /// Pieces longer than this are not kept.
        private static let maxBytes = 4096
        /// The slots, in raw memory allocated once: reading and replacing a piece then costs no uniqueness check,
        /// access check or reference count (as an array of slots holding arrays did).
        private let slots: UnsafeMutablePointer<Slot>
        private let bits: Int

        /// A memo of `2^bits` slots.
        init(bits: Int) {
            self.bits = bits
            slots = .allocate(capacity: 1 << bits)
            slots.initialize(repeating: Slot(), count: 1 << bits)
        }

        deinit {
            for k in 0..<(1 << bits) { slots[k].base?.deallocate() }
            slots.deallocate()  // a `Slot` holds no references: nothing to deinitialize
        }

        private func slot(_ key: (UInt, UInt)) -> Int {
            let hash = key.0 &* 0x9E37_79B9_7F4A_7C15 ^ key.1 &* 0xC2B2_AE3D_27D4_EB4F
            return Int(truncatingIfNeeded: hash >> UInt(64 - bits))
        }

        /// Appends the piece kept for `key`, re-indented to `indent`; false (and nothing appended) when none is.
        /// `key` must name the same bytes for as long as the memo lives; (0, 0) is no key.
        func copy(_ key: (UInt, UInt), indent: Int, to out: inout JSONBytes) -> Bool {
            let k = slot(key)
            guard key != (0, 0), slots[k].key == key, slots[k].indent >= 0 else { return false }
            out.append(UnsafeBufferPointer(start: slots[k].base, count: slots[k].count), reindentedFrom: slots[k].indent,
                to: indent)
            return true
        }

        /// Keeps the piece written to `out` since `mark` (at `indent`) for `key`, unless it is longer than a slot
        /// takes or `out` was handed on meanwhile (the piece is then no longer whole in it).
        func keep(_ out: JSONBytes, since mark: (count: Int, handedOn: Int), key: (UInt, UInt), indent: Int) {
            guard key != (0, 0) else { return }
            out.withBytes(since: mark) { piece in
                guard let piece, let source = piece.baseAddress, piece.count <= Self.maxBytes else { return }
                let slot = slots + slot(key)
                if slot.pointee.capacity < piece.count {
                    slot.pointee.base?.deallocate()
                    let capacity = max(piece.count, 2 * slot.pointee.capacity, 64)
                    slot.pointee.base = .allocate(capacity: capacity)
                    slot.pointee.capacity = capacity
                }
                slot.pointee.base?.update(from: source, count: piece.count)
                slot.pointee.key = key
                slot.pointee.indent = indent
                slot.pointee.count = piece.count
            }
        }
    }
}
