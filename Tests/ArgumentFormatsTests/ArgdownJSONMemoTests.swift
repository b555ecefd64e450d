import Testing
@testable import ArgumentFormats

/// The Argdown JSON stream's memo of written pieces: a piece comes back as kept, re-indented when asked at another
/// indentation, a longer piece replaces a shorter one in its slot, and a piece too long for a slot is not kept.
@Suite struct ArgdownJSONMemoTests {
    /// Writes `text` to a fresh buffer and keeps it under `key` at `indent`.
    private func keep(_ text: StaticString, key: (UInt, UInt), indent: Int, in memo: ArgdownJSON.Memo) {
        var out = JSONBytes.held(capacity: 64)
        let mark = out.mark
        out.write(text)
        memo.keep(out, since: mark, key: key, indent: indent)
    }

    private func copied(_ key: (UInt, UInt), indent: Int, from memo: ArgdownJSON.Memo) -> String? {
        var out = JSONBytes()
        guard memo.copy(key, indent: indent, to: &out) else { return nil }
        return out.string
    }

    @Test func keptPiecesComeBackReplacedAndReindented() {
        let memo = ArgdownJSON.Memo(bits: 4)
        #expect(copied((1, 2), indent: 1, from: memo) == nil)
        keep("{\n  \"a\": 1\n}", key: (1, 2), indent: 0, in: memo)
        #expect(copied((1, 2), indent: 0, from: memo) == "{\n  \"a\": 1\n}")
        #expect(copied((1, 2), indent: 1, from: memo) == "{\n    \"a\": 1\n  }")
        // The same slot, a longer piece (its memory grows).
        keep("{\n    \"a\": 1,\n    \"b\": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20]\n  }",
            key: (1, 2), indent: 1, in: memo)
        #expect(copied((1, 2), indent: 0, from: memo)
            == "{\n  \"a\": 1,\n  \"b\": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20]\n}")
        #expect(copied((0, 0), indent: 0, from: memo) == nil)
    }

    @Test func piecesLongerThanASlotAreNotKept() {
        let memo = ArgdownJSON.Memo(bits: 2)
        var out = JSONBytes.held(capacity: 8192)
        let mark = out.mark
        out.append(String(repeating: "x", count: 4097))
        memo.keep(out, since: mark, key: (3, 4), indent: 0)
        #expect(copied((3, 4), indent: 0, from: memo) == nil)
        out = JSONBytes.held(capacity: 8192)
        out.append(String(repeating: "x", count: 4096))
        memo.keep(out, since: (0, 0), key: (3, 4), indent: 0)
        #expect(copied((3, 4), indent: 0, from: memo)?.utf8.count == 4096)
    }
}
