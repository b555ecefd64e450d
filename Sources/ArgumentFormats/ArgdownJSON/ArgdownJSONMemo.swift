extension ArgdownJSON {
    /// The JSON of pieces the Argdown JSON stream wrote lately, kept to be copied when the same piece is written
    /// again: a relation is written under both its ends (nodes near each other in id order, in a tree), and a data
    /// object shared by several elements (a statement's data is its one data block's value; repeated blocks share
    /// one value) would be written again from its `DataValue`. Pieces are found by a key the caller chooses (a
    /// relation's row, the address of a data object's storage) in a fixed number of slots, a new piece replacing
    /// the one in its slot, so memory stays bounded whatever the map's size. A piece is copied re-indented when it
    /// is wanted at another indentation. Complexity: O(length of the piece) to keep or copy it.
    final class Memo {
        private struct Slot {
            var key: (UInt, UInt) = (0, 0)
            var indent = -1
            var bytes: [UInt8] = []
        }

        /// Pieces longer than this are not kept.
        private static let maxBytes = 4096
        private var slots: [Slot]
        private let bits: Int

        /// A memo of `2^bits` slots.
        init(bits: Int) {
            self.bits = bits
            slots = [Slot](repeating: Slot(), count: 1 << bits)
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
            let from = slots[k].indent
            slots[k].bytes.withUnsafeBufferPointer { out.append($0, reindentedFrom: from, to: indent) }
            return true
        }

        /// Keeps the piece written to `out` since `mark` (at `indent`) for `key`, unless it is longer than a slot
        /// takes or `out` was handed on meanwhile (the piece is then no longer whole in it).
        func keep(_ out: JSONBytes, since mark: (count: Int, handedOn: Int), key: (UInt, UInt), indent: Int) {
            guard key != (0, 0) else { return }
            out.withBytes(since: mark) { piece in
                guard let piece, piece.count <= Self.maxBytes else { return }
                let k = slot(key)
                slots[k].key = key
                slots[k].indent = indent
                slots[k].bytes.removeAll(keepingCapacity: true)
                slots[k].bytes.append(contentsOf: piece)
            }
        }
    }
}
