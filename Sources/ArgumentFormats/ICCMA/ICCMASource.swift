import ArgumentModel

/// Position bookkeeping and capped diagnostics shared by the ICCMA readers, which scan UTF-8 bytes directly.
struct ICCMASource {
    let bytes: UnsafeBufferPointer<UInt8>
    let file: String?
    /// 1-based line of ``lineStart``.
    var line = 1
    /// Byte offset where the current line starts.
    var lineStart = 0
    private(set) var diagnostics: [Diagnostic] = []
    private var dropped = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>, file: String?) {
        self.bytes = bytes
        self.file = file
    }

    /// The position of byte `offset` on the current line; the column counts Unicode scalars. O(column).
    func position(_ offset: Int) -> SourcePosition {
        SourcePosition(line: line, column: LineStarts.column(of: offset, from: lineStart, in: bytes), offset: offset)
    }

    /// Records a diagnostic at byte `offset` of the current line (at most ``ICCMA/maximumDiagnostics``).
    mutating func report(_ severity: Severity, _ code: FormatDiagnosticCode, _ message: String, at offset: Int) {
        report(severity, code, message, at: position(offset))
    }

    /// Records a diagnostic at an already computed position.
    mutating func report(_ severity: Severity, _ code: FormatDiagnosticCode, _ message: String, at position: SourcePosition) {
        guard diagnostics.count < ICCMA.maximumDiagnostics else {
            dropped += 1
            return
        }
        diagnostics.append(Diagnostic(severity, code: code, message, at: SourceRange(file: file, at: position)))
    }

    /// Records an error at an already computed position.
    mutating func error(_ code: FormatDiagnosticCode, _ message: String, at position: SourcePosition) {
        report(.error, code, message, at: position)
    }

    /// Records an error at byte `offset`.
    mutating func error(_ code: FormatDiagnosticCode, _ message: String, at offset: Int) {
        report(.error, code, message, at: offset)
    }

    /// The diagnostics, with a closing note when some were left out.
    var finishedDiagnostics: [Diagnostic] {
        guard dropped > 0 else { return diagnostics }
        return diagnostics + [Diagnostic(.note, code: .iccmaMoreDiagnostics, "\(dropped) more diagnostics not shown", at: SourceRange(file: file, at: SourcePosition(line: 1, column: 1, offset: 0)))]
    }

    /// Moves to the start of the next line from `offset` (which is at or before a newline); returns the new offset.
    mutating func skipLine(from offset: Int) -> Int {
        var i = offset
        while i < bytes.count && bytes[i] != UInt8(ascii: "\n") { i += 1 }
        if i < bytes.count { newline(at: i) }
        return i + 1
    }

    /// Notes that byte `offset` is a newline.
    mutating func newline(at offset: Int) {
        line += 1
        lineStart = offset + 1
    }

    /// A short, printable excerpt of the bytes from `offset` to the end of the line (for messages).
    func excerpt(from offset: Int, limit: Int = 24) -> String {
        var end = offset
        while end < bytes.count && bytes[end] != UInt8(ascii: "\n") && bytes[end] != UInt8(ascii: "\r") && end - offset < limit { end += 1 }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[offset..<end]), as: UTF8.self)
    }
}

extension UInt8 {
    /// Space or tab.
    @inline(__always) var isBlank: Bool { self == 0x20 || self == 0x09 }
    /// Space, tab, carriage return or newline.
    @inline(__always) var isWhitespace: Bool { self == 0x20 || self == 0x09 || self == 0x0D || self == 0x0A }
    /// `0`...`9`.
    @inline(__always) var isDigit: Bool { self >= 0x30 && self <= 0x39 }
}

/// Appending ASCII output without going through `String` per line.
extension Array where Element == UInt8 {
    /// Appends the decimal digits of a non-negative integer.
    mutating func appendDecimal(_ value: Int) {
        var divisor = 1
        while divisor <= value / 10 { divisor *= 10 }
        var v = Swift.max(0, value)
        while divisor > 0 {
            append(UInt8(truncatingIfNeeded: 0x30 + v / divisor))
            v %= divisor
            divisor /= 10
        }
    }

    /// Appends a string's UTF-8 bytes.
    mutating func appendText(_ text: String) {
        append(contentsOf: text.utf8)
    }
}
