/// The growing UTF-8 output of ``JSONDataWriter`` and the Argdown JSON writer: bytes are gathered in a buffer of
/// raw memory (appending to it costs a bounds check and a copy; a `[UInt8]` or `String` append was most of the
/// writers' time) that is handed on every 64 KiB, at the end of a whole appended piece (so a chunk never splits a
/// character): to a sink when there is one, else into the text, so the output exists about once, not as bytes and
/// text.
struct JSONBytes {
    /// The buffer's memory (a class, so that it is freed once).
    private final class Storage {
        var base: UnsafeMutablePointer<UInt8>
        var capacity: Int

        init(capacity: Int) {
            base = .allocate(capacity: capacity)
            self.capacity = capacity
        }

        deinit { base.deallocate() }
    }

    private let storage = Storage(capacity: JSONBytes.chunk + 4096)
    /// Bytes in the buffer, not handed on yet.
    private(set) var count = 0
    private var text = ""
    private let sink: ((ArraySlice<UInt8>) -> Void)?
    private static let chunk = 1 << 16

    /// Output gathered into a string (``string``), or handed to `sink` chunk by chunk.
    init(sink: ((ArraySlice<UInt8>) -> Void)? = nil) {
        self.sink = sink
    }

    /// Makes room for `n` more bytes and returns where they go.
    @inline(__always)
    private mutating func room(_ n: Int) -> UnsafeMutablePointer<UInt8> {
        if count + n > storage.capacity { grow(n) }
        return storage.base + count
    }

    private mutating func grow(_ n: Int) {
        let capacity = max(2 * storage.capacity, count + n)
        let base = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        base.update(from: storage.base, count: count)
        storage.base.deallocate()
        storage.base = base
        storage.capacity = capacity
    }

    /// Appends one byte (no flush: the caller appends the rest of its character or piece).
    @inline(__always)
    mutating func append(byte: UInt8) {
        room(1).pointee = byte
        count += 1
    }

    /// Appends raw bytes (no flush).
    @inline(__always)
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, bytes.count > 0 else { return }
        room(bytes.count).update(from: source, count: bytes.count)
        count += bytes.count
    }

    /// Appends `n` copies of `byte` (no flush).
    mutating func append(repeating byte: UInt8, count n: Int) {
        guard n > 0 else { return }
        room(n).update(repeating: byte, count: n)
        count += n
    }

    /// `,`, a line break and 128 spaces: every separator and indentation of up to 64 levels is a piece of it.
    private static let breaks: StaticString = ",\n                                                                                                                                "

    /// Appends `,` (when `comma`), a line break and `2 × level` spaces, in one copy. No flush.
    @inline(__always)
    mutating func lineBreak(comma: Bool, indent level: Int) {
        guard level <= 64 else {
            append(byte: comma ? 0x2C : 0x0A)
            if comma { append(byte: 0x0A) }
            append(repeating: 0x20, count: 2 * level)
            return
        }
        let skip = comma ? 0 : 1
        append(UnsafeBufferPointer(start: Self.breaks.utf8Start + skip, count: 2 - skip + 2 * level))
    }

    /// Appends the UTF-8 of a literal (one copy, no `String`).
    @inline(__always)
    mutating func write(_ literal: StaticString) {
        append(UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
        flushIfFull()
    }

    /// Appends the UTF-8 of `piece`.
    mutating func append(_ piece: String) {
        var piece = piece
        piece.withUTF8 { append($0) }
        flushIfFull()
    }

    /// Appends the decimal digits of `value` (what `String(value)` gives).
    mutating func append(int value: Int) {
        var magnitude = value.magnitude
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes: room for 20 digits and a sign
        withUnsafeMutableBytes(of: &digits) { raw in
            var end = raw.count
            repeat {
                end -= 1
                raw[end] = UInt8(truncatingIfNeeded: 0x30 &+ magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            if value < 0 {
                end -= 1
                raw[end] = 0x2D
            }
            append(UnsafeBufferPointer(rebasing: raw.bindMemory(to: UInt8.self)[end...]))
        }
        flushIfFull()
    }

    /// Hands the buffer on when it holds a chunk. Call only between whole characters.
    @inline(__always)
    mutating func flushIfFull() {
        if count >= Self.chunk { flush() }
    }

    /// Hands the buffered bytes on. Call only between whole characters.
    mutating func flush() {
        let bytes = UnsafeBufferPointer(start: storage.base, count: count)
        if let sink {
            sink(Array(bytes)[...])
        } else {
            text.append(String(decoding: bytes, as: UTF8.self))
        }
        count = 0
    }

    /// The text written so far (empty when a sink took it).
    var string: String {
        mutating get {
            flush()
            return text
        }
    }
}
