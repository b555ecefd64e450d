/// The page `argmap serve` shows and its version number, rebuilt when the watched file changes. Requests on many
/// connections ask at once: each change starts one rebuild, and every caller gets a page together with the
/// version it was built for.
public actor PreviewPage {
    private var watcher: FileWatcher
    private var version = 1
    private var latest: Task<String, Never>
    private let build: @Sendable (Int) async -> String

    /// Starts at version 1 with `page`; `build(version)` makes the page again after a change.
    public init(watcher: FileWatcher, page: String, build: @escaping @Sendable (Int) async -> String) {
        self.watcher = watcher
        self.build = build
        latest = Task { page }
    }

    /// The page and its version as of now, rebuilt first if the file changed since the last look.
    public func current() async -> (page: String, version: Int) {
        if watcher.changed() {
            version += 1
            let (next, build) = (version, build)
            latest = Task { await build(next) }
        }
        let (version, task) = (version, latest)
        return (await task.value, version)
    }
}
