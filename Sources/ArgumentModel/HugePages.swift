#if canImport(Glibc)
import Glibc
#endif

/// Asks the kernel to back a large buffer about to be written for the first time with transparent huge pages (Linux
/// `madvise(MADV_HUGEPAGE)`; a hint it may ignore, and nothing elsewhere). Fresh memory is mapped a page at a time as
/// it is first written: 4 KiB pages cost a fault each (a 120 MB file read into a new array, 30,000 of them), 2 MiB
/// pages one per 512, and a large table probed at random places also misses the address translation cache less.
package enum HugePages {
    /// Buffers smaller than this (4 MiB) are left alone: they hold no whole huge page worth asking for.
    package static let threshold = 1 << 22

    /// Advises the whole 4 KiB pages of `count` bytes at `base` when there are at least ``threshold`` of them, before
    /// they are written. Changes no byte. O(1).
    package static func advise(_ base: UnsafeMutableRawPointer?, bytes count: Int) {
        #if os(Linux)
        guard count >= threshold, let base else { return }
        let page = UInt(4096)
        let start = (UInt(bitPattern: base) + page - 1) & ~(page - 1)
        let end = (UInt(bitPattern: base) + UInt(count)) & ~(page - 1)
        if end > start { _ = madvise(UnsafeMutableRawPointer(bitPattern: start), Int(end - start), MADV_HUGEPAGE) }
        #endif
    }

    /// `count` copies of `value` in a new array, on huge pages when it takes ``threshold`` bytes or more (see
    /// ``advise(_:bytes:)``). O(count).
    package static func array<Element>(repeating value: Element, count: Int) -> [Element] {
        [Element](unsafeUninitializedCapacity: count) { buffer, initialized in
            advise(UnsafeMutableRawPointer(buffer.baseAddress), bytes: count * MemoryLayout<Element>.stride)
            buffer.initialize(repeating: value)
            initialized = count
        }
    }

    /// The array of `make(0)`, `make(1)`, ... `make(count - 1)`, made in that order, on huge pages when it takes
    /// ``threshold`` bytes or more (see ``advise(_:bytes:)``). O(count) calls of `make`.
    package static func array<Element>(count: Int, _ make: (Int) -> Element) -> [Element] {
        [Element](unsafeUninitializedCapacity: count) { buffer, initialized in
            advise(UnsafeMutableRawPointer(buffer.baseAddress), bytes: count * MemoryLayout<Element>.stride)
            for k in 0..<count {
                buffer.initializeElement(at: k, to: make(k))
                initialized = k + 1
            }
        }
    }
}
