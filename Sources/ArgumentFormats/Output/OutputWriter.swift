import Foundation

/// The one way every command writes its output: to standard output for `-` (or no path), otherwise to a file.
///
/// What it does with the path (docs/safety.md):
/// - a symbolic link is followed: the file it points to is written (a dangling link creates its target);
/// - a FIFO, character or block device or socket is opened and written directly, never replaced;
/// - a folder is refused;
/// - a path that is (through any link) one of this run's inputs is refused, so nothing read is overwritten;
/// - a regular file is replaced atomically: the bytes go to a hidden temporary file in the same folder, which gets
///   the mode (and, where allowed, the owner) of the file it replaces (new files: 0666 less the umask) and is then
///   renamed over it, so a failure or a kill never leaves half a file; the temporary file is removed on failure
///   and on SIGINT, SIGTERM and SIGHUP.
///
/// Every failure (a full disk, a closed pipe's EPIPE, a missing folder) is an ``OutputError`` naming the path and
/// the system's reason; the `argmap` command prints it and exits with status 1.
public enum OutputWriter {
    /// Writes `data` to `path`; nil or `-` means standard output.
    public static func write(_ data: Data, to path: String?) throws {
        try write(to: path) { fd, name in try FileDescriptor.writeAll(data, to: fd, name: name) }
    }

    /// Writes the chunks `produce` hands to its sink, one after the other, to `path` (nil or `-`: standard
    /// output), with the same rules as ``write(_:to:)-(Data,_)``: a file is still replaced atomically, so it is
    /// the old file or the complete new one. The first failure stops the writing (later chunks are dropped) and
    /// is thrown once `produce` returns.
    public static func write(to path: String?, streaming produce: (@escaping (ArraySlice<UInt8>) -> Void) -> Void) throws {
        try write(to: path) { fd, name in
            var failure: (any Error)?
            produce { chunk in
                guard failure == nil else { return }
                do {
                    try chunk.withUnsafeBytes { try FileDescriptor.writeAll($0, to: fd, name: name) }
                } catch {
                    failure = error
                }
            }
            if let failure { throw failure }
        }
    }

    /// Opens what `path` names (standard output, a device, or a temporary file renamed over the target at the
    /// end) and lets `body` write into its descriptor.
    private static func write(to path: String?, body: (Int32, String) throws -> Void) throws {
        guard let path, path != "-" else {
            try body(STDOUT_FILENO, "standard output")
            return
        }
        switch try OutputTarget(path) {
        case .special(let device):
            try writeDirectly(to: device, shown: path, body: body)
        case .file(let target, let existing):
            try writeAtomically(to: target, keeping: existing, shown: path, body: body)
        }
    }

    /// Writes `text` as UTF-8.
    public static func write(_ text: String, to path: String?) throws {
        try write(Data(text.utf8), to: path)
    }

    /// Writes `line` and a newline to standard output, control characters shown harmless (``TerminalText``).
    public static func print(_ line: String) throws {
        try write(Data((TerminalText.escaped(line) + "\n").utf8), to: nil)
    }

    /// Writes human-readable text (a report, table or outline quoting map text) to `path`, like
    /// ``write(_:to:)-(String,_)``, with control characters shown harmless (``TerminalText``): such text ends up
    /// on a terminal, whether printed there or `cat` from a file later.
    public static func write(report text: String, to path: String?) throws {
        try write(TerminalText.escaped(text), to: path)
    }

    /// Marks `paths` as inputs of this run, so no output may replace them (the `argmap` command marks every file
    /// it reads). Paths that do not exist are skipped.
    public static func protect(_ paths: [String]) {
        for path in paths { ProtectedInputs.shared.insert(path) }
    }

    /// Writes all of `data` to the open descriptor `fd` (standard error, say), retrying interrupted and partial
    /// writes; a failure throws an ``OutputError`` naming `name`.
    public static func write(_ data: Data, toDescriptor fd: Int32, name: String) throws {
        try FileDescriptor.writeAll(data, to: fd, name: name)
    }

    /// Opens a device or FIFO for writing (no create, no truncate: a device is not a file) and writes into it.
    private static func writeDirectly(to path: String, shown: String, body: (Int32, String) throws -> Void) throws {
        let fd = open(path, O_WRONLY | O_CLOEXEC | O_NOCTTY)
        guard fd >= 0 else { throw OutputError(shown, "cannot be opened for writing", errno: errno) }
        defer { close(fd) }
        try body(fd, shown)
    }

    /// Temporary file, owner and mode, rename: the target is either the old file or the complete new one.
    private static func writeAtomically(
        to target: String, keeping existing: ExistingFile?, shown: String, body: (Int32, String) throws -> Void
    ) throws {
        let folder = (target as NSString).deletingLastPathComponent
        let temporary = try TemporaryFile(in: folder.isEmpty ? "." : folder, shown: shown)
        do {
            try body(temporary.descriptor, shown)
            if let existing {
                // Owner first (changing it clears set-id bits); only root may give a file away, so a failure to
                // keep the owner is not an error, one to keep the mode is.
                _ = fchown(temporary.descriptor, existing.owner, existing.group)
                if fchmod(temporary.descriptor, existing.mode) != 0 {
                    throw OutputError(shown, "cannot keep the file's mode", errno: errno)
                }
            }
            try temporary.close(shown: shown)
            guard rename(temporary.path, target) == 0 else {
                throw OutputError(shown, "cannot be replaced", errno: errno)
            }
            temporary.forget()
        } catch {
            temporary.remove()
            throw error
        }
    }
}

/// `write(2)` until every byte is out, retrying interrupted and partial writes.
enum FileDescriptor {
    /// Writes all of `data` to `fd`; a failure throws an ``OutputError`` naming `name`.
    static func writeAll(_ data: Data, to fd: Int32, name: String) throws {
        try data.withUnsafeBytes { try writeAll($0, to: fd, name: name) }
    }

    /// Writes all of `buffer` to `fd`; a failure throws an ``OutputError`` naming `name`.
    static func writeAll(_ buffer: UnsafeRawBufferPointer, to fd: Int32, name: String) throws {
        guard var next = buffer.baseAddress else { return }
        var left = buffer.count
        while left > 0 {
            let written = Foundation.write(fd, next, min(left, 1 << 30))
            if written < 0 {
                if errno == EINTR { continue }
                throw OutputError(name, "cannot be written", errno: errno)
            }
            left -= written
            next += written
        }
    }
}
