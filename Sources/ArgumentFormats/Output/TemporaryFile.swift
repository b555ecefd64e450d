import Foundation

/// A hidden temporary file (`.argmap-<random>.tmp`) created next to an output, removed again on failure and when
/// the process is stopped by SIGINT, SIGTERM or SIGHUP while it exists (``PendingFiles``).
final class TemporaryFile {
    /// Its path.
    let path: String
    /// The open descriptor (write only).
    private(set) var descriptor: Int32
    private let slot: Int?

    /// Creates the file in `folder` (mode 0666 less the umask); `shown` names the output in errors.
    init(in folder: String, shown: String) throws {
        for _ in 0..<16 {
            let candidate = (folder as NSString).appendingPathComponent(".argmap-\(UInt64.random(in: 0...UInt64.max)).tmp")
            let slot = PendingFiles.register(candidate)
            let fd = open(candidate, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
            if fd >= 0 {
                path = candidate
                descriptor = fd
                self.slot = slot
                return
            }
            let code = errno
            PendingFiles.unregister(slot)
            if code != EEXIST { throw OutputError(shown, "cannot create a temporary file in \(folder)", errno: code) }
        }
        throw OutputError(shown, "cannot create a temporary file in \(folder)")
    }

    /// Closes the descriptor; a failure (a late write error of some file systems) throws.
    func close(shown: String) throws {
        let fd = descriptor
        descriptor = -1
        if Foundation.close(fd) != 0 { throw OutputError(shown, "cannot be written", errno: errno) }
    }

    /// The file was renamed into place: nothing to remove any more.
    func forget() {
        PendingFiles.unregister(slot)
    }

    /// Closes (if open) and deletes the file.
    func remove() {
        if descriptor >= 0 { _ = Foundation.close(descriptor) }
        descriptor = -1
        unlink(path)
        PendingFiles.unregister(slot)
    }
}

/// Paths of temporary files that exist right now, in fixed C buffers a signal handler can read without allocating,
/// and the handler that deletes them when SIGINT, SIGTERM or SIGHUP stops the process (then dies of the signal).
/// A signal whose disposition is not the default (ignored, or handled by someone else) is left alone.
enum PendingFiles {
    /// How many temporary files may be pending at once (outputs are written one after the other).
    static let slotCount = 8
    private static let slotSize = Int(PATH_MAX) + 1
    private static let lock = NSLock()
    nonisolated(unsafe) private static var installed = false
    nonisolated(unsafe) private static let slots: UnsafeMutablePointer<CChar> = {
        let buffer = UnsafeMutablePointer<CChar>.allocate(capacity: slotCount * slotSize)
        buffer.initialize(repeating: 0, count: slotCount * slotSize)
        return buffer
    }()

    /// Records `path` for deletion on a signal; its slot, or nil when the path is empty or too long or every slot
    /// is busy (the file is then only removed on ordinary failures).
    static func register(_ path: String) -> Int? {
        let bytes = Array(path.utf8)
        guard !bytes.isEmpty, bytes.count < slotSize else { return nil }
        return lock.withLock {
            installHandlers()
            for slot in 0..<slotCount where slots[slot * slotSize] == 0 {
                let start = slots + slot * slotSize
                // The first byte last: the handler never sees a half-copied path.
                for (i, byte) in bytes.enumerated().dropFirst() { start[i] = CChar(bitPattern: byte) }
                start[bytes.count] = 0
                start[0] = CChar(bitPattern: bytes[0])
                return slot
            }
            return nil
        }
    }

    /// Forgets a slot from ``register(_:)``.
    static func unregister(_ slot: Int?) {
        guard let slot else { return }
        lock.withLock { slots[slot * slotSize] = 0 }
    }

    /// Installs the handler for each signal still at its default disposition (once).
    private static func installHandlers() {
        guard !installed else { return }
        installed = true
        _ = (slots, slotSize)   // initialised now, never first inside the handler
        for sig in [SIGINT, SIGTERM, SIGHUP] {
            // Deletes every pending file, restores the default disposition and re-raises: async-signal-safe calls only.
            let previous = signal(sig) { sig in
                for slot in 0..<PendingFiles.slotCount {
                    let start = PendingFiles.slots + slot * PendingFiles.slotSize
                    if start[0] != 0 { unlink(start) }
                }
                signal(sig, SIG_DFL)
                raise(sig)
            }
            if previous != nil { signal(sig, previous) }   // not the default: leave it as it was
        }
    }
}
