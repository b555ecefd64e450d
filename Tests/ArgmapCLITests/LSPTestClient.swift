import Foundation

/// A minimal LSP client for tests: runs the real `argmap lsp` with pipes, frames JSON-RPC messages with
/// Content-Length headers itself (independently of the server's code) and parses replies with Foundation's
/// `JSONSerialization`. A watchdog ends the server after `timeout` seconds so a hung server fails the test
/// instead of hanging it.
final class LSPTestClient {
    let process = Process()
    private let input = Pipe(), output = Pipe()
    private var buffer = Data()
    private var nextID = 1
    /// Notifications received while waiting for something else.
    private(set) var notifications: [[String: Any]] = []

    init(arguments: [String] = ["lsp", "--debounce", "50"], timeout: TimeInterval = 60) throws {
        process.executableURL = CLI.productsDirectory.appendingPathComponent("argmap")
        process.arguments = arguments
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let pid = process.processIdentifier
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout) { kill(pid, SIGKILL) }
    }

    deinit {
        if process.isRunning { process.terminate() }
    }

    /// Writes one framed message.
    func send(_ message: [String: Any]) throws {
        var object = message
        object["jsonrpc"] = "2.0"
        let body = try JSONSerialization.data(withJSONObject: object)
        input.fileHandleForWriting.write(Data("Content-Length: \(body.count)\r\n\r\n".utf8) + body)
    }

    /// Writes bytes as they are (for malformed input).
    func sendRaw(_ bytes: String) {
        input.fileHandleForWriting.write(Data(bytes.utf8))
    }

    /// Sends a request and returns its response (notifications arriving meanwhile are kept).
    @discardableResult
    func request(_ method: String, _ params: Any) throws -> [String: Any] {
        let id = nextID
        nextID += 1
        try send(["id": id, "method": method, "params": params])
        return try receive { ($0["id"] as? Int) == id }
    }

    /// Sends a notification.
    func notify(_ method: String, _ params: Any) throws {
        try send(["method": method, "params": params])
    }

    /// The next message satisfying `predicate` (earlier notifications are kept in ``notifications``).
    func receive(where predicate: ([String: Any]) -> Bool) throws -> [String: Any] {
        while true {
            let message = try readMessage()
            if predicate(message) { return message }
            if message["id"] == nil { notifications.append(message) }
        }
    }

    /// The next `textDocument/publishDiagnostics` for `version`.
    func diagnostics(version: Int) throws -> [[String: Any]] {
        if let index = notifications.firstIndex(where: { Self.isDiagnostics($0, version: version) }) {
            let found = notifications.remove(at: index)
            return (found["params"] as? [String: Any])?["diagnostics"] as? [[String: Any]] ?? []
        }
        let found = try receive { Self.isDiagnostics($0, version: version) }
        return (found["params"] as? [String: Any])?["diagnostics"] as? [[String: Any]] ?? []
    }

    private static func isDiagnostics(_ message: [String: Any], version: Int) -> Bool {
        message["method"] as? String == "textDocument/publishDiagnostics"
            && ((message["params"] as? [String: Any])?["version"] as? Int) == version
    }

    /// Closes the server's input and waits for it to end; its exit status.
    func finish() -> Int32 {
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
        return process.terminationStatus
    }

    private struct ClosedError: Error {}

    private func readMessage() throws -> [String: Any] {
        while true {
            if let headerEnd = buffer.range(of: Data("\r\n\r\n".utf8)) {
                let header = String(decoding: buffer[buffer.startIndex..<headerEnd.lowerBound], as: UTF8.self)
                let length = header.split(separator: "\r\n").compactMap { line -> Int? in
                    let parts = line.split(separator: ":", maxSplits: 1)
                    guard parts.count == 2, parts[0].lowercased() == "content-length" else { return nil }
                    return Int(parts[1].trimmingCharacters(in: .whitespaces))
                }.first ?? 0
                if buffer.count - (headerEnd.upperBound - buffer.startIndex) >= length {
                    let body = buffer[headerEnd.upperBound..<headerEnd.upperBound + length]
                    buffer = Data(buffer[(headerEnd.upperBound + length)...])
                    return try JSONSerialization.jsonObject(with: body) as? [String: Any] ?? [:]
                }
            }
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { throw ClosedError() }
            buffer.append(chunk)
        }
    }
}
