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
    /// a growing file gives beyond that is appended in 1 MiB chunks. Complexity: O(size).
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
                let got = read(fd, base + count, size - count)
                if got < 0, errno == EINTR { continue }
                if got < 0 { readError = failure() }
                if got <= 0 { return }
                count += got
            }
        }
        if let readError { throw readError }
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let got = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if got < 0, errno == EINTR { continue }
            if got < 0 { throw failure() }
            if got == 0 { return bytes }
            bytes.append(contentsOf: chunk[..<got])
        }
    }

    /// The failure `errno` names.
    private static func failure() -> Failure { Failure(message: String(cString: strerror(errno))) }
}
