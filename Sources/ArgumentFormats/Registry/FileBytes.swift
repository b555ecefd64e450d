import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a whole file straight into a byte array: no `Data` in between, so a 120 MB map is held once while
/// the Argdown reader (which reads bytes) reads it.
enum FileBytes {
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

    /// One `read` of at most `count` bytes into `buffer`, again when a signal interrupts it: the bytes read (0 at
    /// the end of the file), nil on an error (`errno` says which).
    private static func readOnce(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int? {
        while true {
            let got = read(fd, buffer, count)
            if got >= 0 { return got }
            if errno != EINTR { return nil }
        }
    }

    /// The failure `errno` names.
    private static func failure() -> Failure { Failure(message: String(cString: strerror(errno))) }
}
