/// The growing UTF-8 output of ``JSONDataWriter`` and the Argdown JSON writer: bytes are gathered in a buffer
/// (appending to it costs a bounds check and a copy; a `[UInt8]` or `String` append was most of the writers' time)
/// that is handed on every 64 KiB, at the end of a whole appended piece (so a chunk never splits a character): to a
/// sink when there is one, as it is (the buffer is an array, so the sink gets its bytes without a copy), else into
/// the text, so the output exists about once, not as bytes and text.
struct JSONBytes {
    /// The buffer's memory: an array, written through ``base``, the address of its elements.
    ///
    /// The address stays valid while the array is neither copied on write nor resized: the storage holds the only
    /// reference to it, except while a sink is handed a slice of it (``JSONBytes/flush()``), after which
    /// ``renewBase()`` asks for the elements again (the same memory when the sink kept no slice, else a copy the
    /// sink's slice does not see).
    private final class Storage {
        private var array: [UInt8]
        private(set) var base: UnsafeMutablePointer<UInt8>
        private(set) var capacity: Int

        init(capacity: Int) {
            var array = [UInt8](repeating: 0, count: capacity)
            base = Storage.elements(of: &array)
            self.array = array
            self.capacity = capacity
        }

        /// The address of the elements of `array`, which is unique afterwards (copied first when it was not).
        private static func elements(of array: inout [UInt8]) -> UnsafeMutablePointer<UInt8> {
            array.withUnsafeMutableBufferPointer { buffer in
                guard let base = buffer.baseAddress else { preconditionFailure("a JSON buffer holds at least 64 bytes") }
                return base
            }
        }

        /// The first `count` bytes, for a sink (sharing the array until it is written again).
        func slice(_ count: Int) -> ArraySlice<UInt8> { array[0..<count] }

        /// Takes the address of the elements again after ``slice(_:)``: the bytes are copied first when the sink
        /// still holds its slice, so that writing on never changes what it was handed.
        func renewBase() { base = Self.elements(of: &array) }

        /// Replaces the buffer with one of `capacity` bytes holding the first `count` bytes of the old one.
        func grow(to capacity: Int, keeping count: Int) {
            var bigger = [UInt8](repeating: 0, count: capacity)
            let target = Self.elements(of: &bigger)
            target.update(from: base, count: count)
            array = bigger
            base = target
            self.capacity = capacity
        }
    }

    private let storage: Storage
    /// Bytes in the buffer, not handed on yet.
    private(set) var count = 0
    /// How many times the buffer was handed on (a piece written since a ``mark`` is whole in the buffer while this
    /// has not changed).
    private(set) var handedOn = 0
    private var text = ""
    private let sink: ((ArraySlice<UInt8>) -> Void)?
    /// Whether the buffer keeps everything (``held(capacity:)``): it never hands a chunk on.
    private let keeps: Bool
    private static let chunk = 1 << 16

    /// Output gathered into a string (``string``), or handed to `sink` chunk by chunk. The buffer of a string
    /// starts small (it grows to a chunk as needed: a short value does not pay for zeroing a chunk).
    init(sink: ((ArraySlice<UInt8>) -> Void)? = nil) {
        self.sink = sink
        keeps = false
        storage = Storage(capacity: sink == nil ? 256 : JSONBytes.chunk + 4096)
    }

    private init(keeping capacity: Int) {
        sink = nil
        keeps = true
        storage = Storage(capacity: max(capacity, 64))
    }

    /// A buffer that keeps every byte appended (it hands nothing on), for pieces written once and then copied
    /// wherever they are needed with ``append(_:of:)``; `capacity` is a first guess of its size.
    static func held(capacity: Int) -> JSONBytes {
        JSONBytes(keeping: capacity)
    }

    /// Appends the bytes at offsets `range` of the held buffer `other` (one copy), then hands the buffer on when
    /// it holds a chunk. `range` must hold whole characters.
    @inline(__always)
    mutating func append(_ range: Range<Int>, of other: JSONBytes) {
        append(UnsafeBufferPointer(start: other.storage.base + range.lowerBound, count: range.count))
        flushIfFull()
    }

    /// Where the buffer stands: its byte count and how often it was handed on.
    var mark: (count: Int, handedOn: Int) { (count, handedOn) }

    /// Calls `body` with the bytes written since `mark`, or with nil when the buffer was handed on since.
    func withBytes<R>(since mark: (count: Int, handedOn: Int), _ body: (UnsafeBufferPointer<UInt8>?) -> R) -> R {
        guard mark.handedOn == handedOn, mark.count <= count else { return body(nil) }
        return body(UnsafeBufferPointer(start: storage.base + mark.count, count: count - mark.count))
    }

    /// Appends `bytes`, JSON written at `indent` levels, as if written at `target` levels: the indentation after
    /// each line break (at least `2 × indent` spaces, as JSON text holds no other line break) grows or shrinks by
    /// `2 × (target − indent)` spaces. Then hands the buffer on when it holds a chunk. O(length).
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>, reindentedFrom indent: Int, to target: Int) {
        guard let base = bytes.baseAddress, target != indent else {
            append(bytes)
            flushIfFull()
            return
        }
        let n = bytes.count
        let extra = 2 * (target - indent)
        var start = 0
        var i = 0
        while i < n {
            // Eight bytes at a time: past them when none is a line break, else to the first that is (the lowest
            // flagged byte of the zero-byte test is exact: a false flag needs a borrow from a lower zero byte).
            if i + 8 <= n {
                let word = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
                    ^ 0x0A0A_0A0A_0A0A_0A0A
                let flags = (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080
                if flags == 0 {
                    i += 8
                    continue
                }
                i += flags.trailingZeroBitCount / 8
            }
            guard base[i] == 0x0A else {
                i += 1
                continue
            }
            append(UnsafeBufferPointer(start: base + start, count: i + 1 - start))
            if extra > 0 {
                append(repeating: 0x20, count: extra)
                start = i + 1
            } else {
                start = min(n, i + 1 - extra)
            }
            i = start
        }
        append(UnsafeBufferPointer(start: base + start, count: n - start))
        flushIfFull()
    }

    /// Lets `body` write at most `n` bytes at the end of the buffer and keeps the number it returns (no flush).
    @inline(__always)
    mutating func append(atMost n: Int, _ body: (UnsafeMutablePointer<UInt8>) -> Int) {
        let written = body(room(n))
        count += written
    }

    /// Makes room for `n` more bytes and returns where they go.
    @inline(__always)
    private mutating func room(_ n: Int) -> UnsafeMutablePointer<UInt8> {
        if count + n > storage.capacity { grow(n) }
        return storage.base + count
    }

    /// Makes room for `n` more bytes at once, to the byte (a long text then grows the buffer once, not by
    /// doubling past its size).
    mutating func reserve(_ n: Int) {
        if count + n > storage.capacity { grow(n, exactly: true) }
    }

    private mutating func grow(_ n: Int, exactly: Bool = false) {
        storage.grow(to: exactly ? count + n : max(2 * storage.capacity, count + n), keeping: count)
    }

    /// Appends one byte (no flush: the caller appends the rest of its character or piece).
    @inline(__always)
    mutating func append(byte: UInt8) {
        room(1).pointee = byte
        count += 1
    }

    /// Appends raw bytes (no flush). Pieces of up to 32 bytes (keys, indentation, titles) are copied as a few
    /// overlapping words, without a call to `memcpy`.
    @inline(__always)
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, bytes.count > 0 else { return }
        let n = bytes.count
        let target = room(n)
        if n > 32 {
            target.update(from: source, count: n)
        } else {
            Self.copySmall(UnsafeRawPointer(source), to: UnsafeMutableRawPointer(target), count: n)
        }
        count += n
    }

    /// Copies 1 to 32 bytes with loads and stores that stay inside both ranges (overlapping when `n` is not a
    /// power of two).
    @inline(__always)
    private static func copySmall(_ from: UnsafeRawPointer, to: UnsafeMutableRawPointer, count n: Int) {
        func copy<T>(_ type: T.Type, at offset: Int) {
            to.storeBytes(of: from.loadUnaligned(fromByteOffset: offset, as: T.self), toByteOffset: offset, as: T.self)
        }
        if n >= 16 {
            copy(UInt64.self, at: 0)
            copy(UInt64.self, at: 8)
            copy(UInt64.self, at: n - 16)
            copy(UInt64.self, at: n - 8)
        } else if n >= 8 {
            copy(UInt64.self, at: 0)
            copy(UInt64.self, at: n - 8)
        } else if n >= 4 {
            copy(UInt32.self, at: 0)
            copy(UInt32.self, at: n - 4)
        } else {
            copy(UInt8.self, at: 0)
            copy(UInt8.self, at: n / 2)
            copy(UInt8.self, at: n - 1)
        }
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

    /// Appends what ``lineBreak(comma:indent:)`` appends and then `literal` (a key), with one check for room.
    @inline(__always)
    mutating func lineBreak(comma: Bool, indent level: Int, then literal: StaticString) {
        guard level <= 64 else {
            lineBreak(comma: comma, indent: level)
            return write(literal)
        }
        let skip = comma ? 0 : 1
        let breakCount = 2 - skip + 2 * level, literalCount = literal.utf8CodeUnitCount
        let target = room(breakCount + literalCount)
        Self.copy(Self.breaks.utf8Start + skip, to: target, count: breakCount)
        Self.copy(literal.utf8Start, to: target + breakCount, count: literalCount)
        count += breakCount + literalCount
        flushIfFull()
    }

    /// Copies `n` bytes to memory with room for them.
    @inline(__always)
    private static func copy(_ source: UnsafePointer<UInt8>, to target: UnsafeMutablePointer<UInt8>, count n: Int) {
        if n > 32 {
            target.update(from: source, count: n)
        } else if n > 0 {
            copySmall(UnsafeRawPointer(source), to: UnsafeMutableRawPointer(target), count: n)
        }
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

    /// Appends the decimal digits of `value` (what `String(value)` gives), written in place.
    mutating func append(int value: Int) {
        append(atMost: 20) { out in  // 19 digits and a sign at most
            var magnitude = value.magnitude
            var digits = 1
            var rest = magnitude
            while rest >= 10 {
                rest /= 10
                digits += 1
            }
            var end = digits
            if value < 0 {
                out[0] = 0x2D
                end += 1
            }
            let written = end
            repeat {
                end -= 1
                out[end] = UInt8(truncatingIfNeeded: 0x30 &+ magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            return written
        }
        flushIfFull()
    }

    /// Hands the buffer on when it holds a chunk. Call only between whole characters.
    @inline(__always)
    mutating func flushIfFull() {
        if count >= Self.chunk && !keeps { flush() }
    }

    /// Hands the buffered bytes on. Call only between whole characters.
    mutating func flush() {
        handedOn += 1
        if let sink {
            sink(storage.slice(count))
            storage.renewBase()
        } else {
            text.append(String(decoding: UnsafeBufferPointer(start: storage.base, count: count), as: UTF8.self))
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
