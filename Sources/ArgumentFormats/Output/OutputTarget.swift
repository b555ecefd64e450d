import Foundation

/// What an output path names once links are followed: a regular file to replace atomically (or create), or a
/// device / FIFO / socket to write into. Folders and this run's inputs are refused.
enum OutputTarget {
    /// A regular file at `path` (links resolved): existing, with the mode and owner to keep, or to be created
    /// (`existing` nil).
    case file(path: String, existing: ExistingFile?)
    /// Something that is not a regular file (FIFO, device, socket): opened through `path` and written into.
    case special(path: String)

    /// Most links followed before giving up (Linux's own limit).
    static let maximumLinks = 40

    /// Classifies `path`. Complexity: O(links followed).
    init(_ path: String) throws {
        var info = stat()
        if stat(path, &info) == 0 {
            let type = info.st_mode & S_IFMT
            if type == S_IFDIR { throw OutputError(path, "is a folder; name a file") }
            if let input = ProtectedInputs.shared.input(device: info.st_dev, inode: info.st_ino) {
                let same = input == path ? "" : " (\(input))"
                throw OutputError(path, "is an input of this command\(same); refusing to overwrite it: name another output")
            }
            guard type == S_IFREG else {
                self = .special(path: path)
                return
            }
            // The kernel resolved every link; realpath gives the file those links end at.
            guard let real = realpath(path, nil) else { throw OutputError(path, "cannot be resolved", errno: errno) }
            defer { free(real) }
            self = .file(
                path: String(cString: real),
                existing: ExistingFile(mode: info.st_mode & 0o7777, owner: info.st_uid, group: info.st_gid))
            return
        }
        let target = try Self.followingDanglingLinks(path)
        let folder = (target as NSString).deletingLastPathComponent
        var folderInfo = stat()
        guard stat(folder.isEmpty ? "." : folder, &folderInfo) == 0, folderInfo.st_mode & S_IFMT == S_IFDIR else {
            throw OutputError(path, "the folder \(folder) does not exist")
        }
        self = .file(path: target, existing: nil)
    }

    /// The path a chain of links ending nowhere points to (the path itself when it is no link).
    private static func followingDanglingLinks(_ path: String) throws -> String {
        var current = path
        for _ in 0..<maximumLinks {
            var info = stat()
            guard lstat(current, &info) == 0, info.st_mode & S_IFMT == S_IFLNK else { return current }
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let count = readlink(current, &buffer, buffer.count - 1)
            guard count >= 0 else { throw OutputError(path, "cannot read the link \(current)", errno: errno) }
            let destination = String(decoding: buffer.prefix(count).map { UInt8(bitPattern: $0) }, as: UTF8.self)
            current = destination.hasPrefix("/")
                ? destination : ((current as NSString).deletingLastPathComponent as NSString).appendingPathComponent(destination)
        }
        throw OutputError(path, "too many levels of symbolic links")
    }
}

/// What a replaced file keeps: its permission bits and, where the system allows, its owner and group.
struct ExistingFile {
    /// Permission bits (with set-id and sticky bits).
    var mode: mode_t
    /// Owning user.
    var owner: uid_t
    /// Owning group.
    var group: gid_t
}

/// The files this run reads, by device and inode, so an output can be told apart from every input whatever path
/// (link, `./`, hard link) names it. Filled through ``OutputWriter/protect(_:)``.
final class ProtectedInputs: @unchecked Sendable {
    /// The process's set.
    static let shared = ProtectedInputs()

    private let lock = NSLock()
    private var files: [FileKey: String] = [:]

    private struct FileKey: Hashable {
        var device: UInt64
        var inode: UInt64
    }

    /// Records `path` (following links) if it exists.
    func insert(_ path: String) {
        var info = stat()
        guard path != "-", stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return }
        let key = FileKey(device: UInt64(truncatingIfNeeded: info.st_dev), inode: UInt64(truncatingIfNeeded: info.st_ino))
        lock.withLock { if files[key] == nil { files[key] = path } }
    }

    /// The input path recorded for this file, if it is one.
    func input(device: dev_t, inode: ino_t) -> String? {
        let key = FileKey(device: UInt64(truncatingIfNeeded: device), inode: UInt64(truncatingIfNeeded: inode))
        return lock.withLock { files[key] }
    }
}
