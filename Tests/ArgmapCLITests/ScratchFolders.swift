import Foundation

/// Scratch folders of the command-line tests. Each is a fresh folder inside one folder per test process,
/// `argmap-tests-<pid>` in the system's temporary directory, which is removed when the process exits: a run leaves
/// nothing behind (the tests write maps of up to 150 MB; left in /tmp, a day of runs filled gigabytes). A crashed
/// run leaves its folder, named by its process id.
enum ScratchFolders {
    /// The process's folder, made (and its removal at exit registered) on first use.
    private static let root: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("argmap-tests-\(getpid())")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(atPath: ScratchFolders.rootPath) }
        return url
    }()

    /// The root's path, for the exit handler (which cannot capture).
    private static let rootPath = FileManager.default.temporaryDirectory.appendingPathComponent("argmap-tests-\(getpid())").path

    /// A new, empty folder named `prefix-<UUID>`.
    static func make(_ prefix: String) throws -> URL {
        let url = root.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
