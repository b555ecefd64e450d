/// The base protocol's framing of JSON-RPC messages (LSP 3.17 "Base Protocol"): a header part of
/// `Name: value\r\n` lines ending with an empty line, then exactly `Content-Length` bytes of UTF-8 JSON.
///
/// Bytes are fed in as they arrive (``append(_:)``); ``nextMessage()`` returns each complete body in order.
/// A header block without a usable `Content-Length` is a ``FramingError`` and is skipped, so one bad frame does
/// not stall the stream. Complexity: O(bytes) overall (consumed bytes are dropped in chunks).
public struct MessageFramer: Sendable {
    /// Bytes received but not yet returned as a message.
    private var buffer: [UInt8] = []
    /// Start of the unread part of ``buffer``.
    private var start = 0

    /// Creates an empty framer.
    public init() {}

    /// What went wrong with one header block.
    public struct FramingError: Error, Equatable, Sendable {
        /// In words.
        public var message: String
    }

    /// Adds received bytes.
    public mutating func append(_ bytes: some Sequence<UInt8>) {
        if start > 65_536, start * 2 > buffer.count {
            buffer.removeFirst(start)
            start = 0
        }
        buffer.append(contentsOf: bytes)
    }

    /// The next complete message body, nil when more bytes are needed, or a ``FramingError`` for a header block
    /// without a valid `Content-Length` (that block is dropped).
    public mutating func nextMessage() -> Result<[UInt8], FramingError>? {
        guard let headerEnd = headerTerminator() else { return nil }
        let header = String(decoding: buffer[start..<headerEnd], as: UTF8.self)
        var length: Int?
        for line in header.split(separator: "\r\n") {
            let parts = line.split(separator: ":", maxSplits: 1)
            guard parts.count == 2, parts[0].lowercased() == "content-length" else { continue }
            length = Int(parts[1].trimmingCharacters(in: " \t"))
        }
        let bodyStart = headerEnd + 4
        guard let length, length >= 0 else {
            start = bodyStart
            return .failure(FramingError(message: "a message header without a valid Content-Length: \(header)"))
        }
        guard buffer.count - bodyStart >= length else { return nil }
        let body = Array(buffer[bodyStart..<bodyStart + length])
        start = bodyStart + length
        return .success(body)
    }

    /// One framed message: the header and `body`.
    public static func frame(_ body: [UInt8]) -> [UInt8] {
        Array("Content-Length: \(body.count)\r\n\r\n".utf8) + body
    }

    /// Offset of the `\r\n\r\n` that ends the header block starting at ``start``, if it has arrived.
    private func headerTerminator() -> Int? {
        var i = start
        while i + 3 < buffer.count {
            if buffer[i] == 0x0D, buffer[i + 1] == 0x0A, buffer[i + 2] == 0x0D, buffer[i + 3] == 0x0A { return i }
            i += 1
        }
        return nil
    }
}

extension Substring {
    /// The substring without leading and trailing characters in `set`.
    fileprivate func trimmingCharacters(in set: String) -> Substring {
        var s = self
        while let f = s.first, set.contains(f) { s = s.dropFirst() }
        while let l = s.last, set.contains(l) { s = s.dropLast() }
        return s
    }
}
