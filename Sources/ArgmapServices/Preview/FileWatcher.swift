import Foundation

/// Watches one file for changes by polling its modification date and size (portable, no inotify needed).
public struct FileWatcher: Sendable {
    private let path: String
    private var last: (Date?, Int?)

    /// Starts watching `path` from its current state.
    public init(path: String) {
        self.path = path
        last = Self.stamp(path)
    }

    /// Whether the file changed since the last call (or since `init`).
    public mutating func changed() -> Bool {
        let now = Self.stamp(path)
        defer { last = now }
        return now.0 != last.0 || now.1 != last.1
    }

    private static func stamp(_ path: String) -> (Date?, Int?) {
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        return (attributes?[.modificationDate] as? Date, (attributes?[.size] as? NSNumber)?.intValue)
    }
}
