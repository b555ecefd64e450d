/// Where the lines of a UTF-8 text start, and which line holds a byte offset: the line table the Argdown reader's
/// positions and the language server's positions are both computed from.
public struct LineStarts: Sendable, Hashable {
    /// Byte offset of the first byte of every line; the first is 0.
    public let offsets: [Int]

    /// Indexes `bytes`. Lines end at LF; with `carriageReturnEndsLines`, also at a lone CR (a CR LF pair is one
    /// line break). O(n).
    public init<Bytes: Collection>(_ bytes: Bytes, carriageReturnEndsLines: Bool = false) where Bytes.Element == UInt8, Bytes.Index == Int {
        var starts = [0]
        starts.reserveCapacity(bytes.count / 40 + 1)
        let contiguous: Void? = carriageReturnEndsLines ? nil : bytes.withContiguousStorageIfAvailable { buffer in
            // Line feeds only, looked for eight bytes at a time.
            let raw = UnsafeRawBufferPointer(buffer)
            var i = ByteScan.first(0x0A, in: raw, from: 0, to: raw.count)
            while i < raw.count {
                starts.append(bytes.startIndex + i + 1)
                i = ByteScan.first(0x0A, in: raw, from: i + 1, to: raw.count)
            }
        }
        if contiguous != nil {
            offsets = starts
            return
        }
        var i = bytes.startIndex
        while i < bytes.endIndex {
            if bytes[i] == 0x0A {
                starts.append(i + 1)
            } else if carriageReturnEndsLines, bytes[i] == 0x0D {
                if i + 1 < bytes.endIndex, bytes[i + 1] == 0x0A { i += 1 }
                starts.append(i + 1)
            }
            i += 1
        }
        offsets = starts
    }

    /// The number of lines.
    @inlinable public var count: Int { offsets.count }

    /// The first byte of 0-based `line`.
    @inlinable public subscript(line: Int) -> Int { offsets[line] }

    /// The 0-based line holding byte `offset` (offsets before the text are line 0). O(log lines).
    @inlinable public func line(ofOffset offset: Int) -> Int {
        var lo = 0, hi = offsets.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if offsets[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }
}
