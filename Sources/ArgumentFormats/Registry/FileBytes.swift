import ArgumentModel
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a whole file straight into a byte array: no `Data` in between, so a 120 MB map is held once while
/// the Argdown reader (which reads bytes) reads it. A large file is read in two halves on two threads at once: most
/// of a large read's time is the kernel's, faulting fresh pages in and copying into them, and both cores do that.
enum FileBytes {
    /// The size in bytes from which a regular file is read in two halves at once (measured on the 120 MB tree: about
    /// 75 ms on one thread; below a few megabytes a read takes about a millisecond, and a second thread's start-up
    /// some tens of microseconds).
    static let defaultSplitSize = 4 << 20

    /// The split size in force: ``defaultSplitSize`` unless a test binds another (`0` splits any file, `Int.max`
    /// none).
    @TaskLocal static var splitSize = defaultSplitSize

    /// Why a file could not be read: the system's message (`Permission denied`).
    struct Failure: Error {
        /// The message of `errno`.
        let message: String
    }

    /// The bytes of the file at `path`. A regular file is read into an array of its size at once; what a pipe or
    /// a growing file gives beyond that is appended in 64 KiB chunks. Complexity: O(size).
    static func contents(of path: String) throws(Failure) -> [UInt8] {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw failure() }
        defer { close(fd) }
        var status = stat()
        let size = fstat(fd, &status) == 0 && (status.st_mode & S_IFMT) == S_IFREG ? Int(status.st_size) : 0
        var readError: Failure?
        var bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            count = 0
            guard let base = buffer.baseAddress else { return }
            if size >= splitSize, TwoThreads.hasTwoCores {
                switch readHalves(fd, buffer) {
                case .success(let got): count = got
                case .failure(let failure): readError = failure
                }
                return
            }
            while count < size {
                guard let got = readOnce(fd, base + count, size - count) else { readError = failure(); return }
                if got == 0 { return }
                count += got
            }
        }
        if let readError { throw readError }
        // What a pipe or a growing file gives beyond `size`; for a regular file one read that finds the end. The
        // chunk is uninitialised scratch space, so that probe costs no allocation or clearing per file.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 1 << 16) { chunk in
            guard let start = chunk.baseAddress else { return }
            while true {
                guard let got = readOnce(fd, start, chunk.count) else { readError = failure(); return }
                if got == 0 { return }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: chunk[..<got]))
            }
        }
        if let readError { throw readError }
        return bytes
    }

    /// Reads the file's first `buffer.count` bytes into `buffer` in two halves at once, each with `pread` from its
    /// own offset (the threads write disjoint halves), and leaves the file's offset after the bytes read: their
    /// number, which is less than `buffer.count` when the file ended before (the first half's bytes when it came
    /// short, else all of it and what the second half got).
    private static func readHalves(_ fd: Int32, _ buffer: UnsafeMutableBufferPointer<UInt8>) -> Result<Int, Failure> {
        let middle = buffer.count / 2
        // Per half: the bytes read, and `errno` when a read failed (0 when none did).
        var outcomes = [(got: Int, error: Int32)](repeating: (0, 0), count: 2)
        outcomes.withUnsafeMutableBufferPointer { slots in
            let target = SharedBuffer(buffer), slots = SharedBuffer(slots)  // each half writes its own bytes and slot
            TwoThreads.forEach(2) { half in
                let start = half == 0 ? 0 : middle, end = half == 0 ? middle : target.buffer.count
                guard let base = target.buffer.baseAddress else { return }
                var got = 0
                while start + got < end {
                    let n = pread(fd, base + start + got, end - start - got, off_t(start + got))
                    if n > 0 {
                        got += n
                    } else if n == 0 {
                        break
                    } else if errno != EINTR {
                        slots.buffer[half] = (got, errno)
                        return
                    }
                }
                slots.buffer[half] = (got, 0)
            }
        }
        if let failed = outcomes.first(where: { $0.error != 0 }) { return .failure(failure(failed.error)) }
        let got = outcomes[0].got < middle ? outcomes[0].got : middle + outcomes[1].got
        guard lseek(fd, off_t(got), SEEK_SET) >= 0 else { return .failure(failure()) }
        return .success(got)
    }

    /// One `read` of at most `count` bytes into `buffer`, again when a signal interrupts it: the bytes read (0 at
    /// the end of the file), nil on an error (`errno` says which).
    private static func readOnce(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int? {
        while true {
            let got = read(fd, buffer, count)
            if got >= 0 { return got }
            if errno != EINTR { return nil }
        }
    }

    /// The failure `code` (by default this thread's `errno`) names.
    private static func failure(_ code: Int32 = errno) -> Failure { Failure(message: String(cString: strerror(code))) }
}
