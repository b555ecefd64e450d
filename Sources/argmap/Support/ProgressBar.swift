import ArgumentFormats

/// A one-line progress bar on standard error (only when it is a terminal).
final class ProgressBar {
    private let total: Int
    private let enabled: Bool
    private var lastDrawn = -1

    init(total: Int, enabled: Bool) {
        self.total = total
        self.enabled = enabled
    }

    /// Redraws the bar for `done` of `total`, naming the current file.
    func update(done: Int, current: String) {
        guard enabled, total > 0 else { return }
        let width = 30
        let filled = width * done / total
        let name = current.count > 40 ? "…" + current.suffix(39) : current
        let line = "[\(String(repeating: "=", count: filled))\(String(repeating: " ", count: width - filled))] \(done)/\(total) \(name)"
        StandardError.write("\r\u{1B}[K" + TerminalText.escaped(line))
        lastDrawn = done
    }

    /// Erases the bar so a message can be printed on a clean line.
    func clear() {
        guard enabled, lastDrawn >= 0 else { return }
        StandardError.write("\r\u{1B}[K")
    }

    /// Erases the bar for good.
    func finish() { clear() }
}
