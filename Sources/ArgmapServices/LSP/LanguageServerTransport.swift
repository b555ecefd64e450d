import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a ``LanguageServer`` over two file descriptors (standard input and output for `argmap lsp`): reads
/// framed messages, hands them to the server in order, writes its replies, and publishes each document's
/// diagnostics `debounce` after its last change.
public enum LanguageServerTransport {
    /// Serves until `exit` or the end of input; returns the exit status (0 only after `shutdown` then `exit`).
    public static func run(
        _ server: LanguageServer, input: Int32 = 0, output: Int32 = 1, debounce: Duration = .milliseconds(200)
    ) async -> Int32 {
        let writer = MessageWriter(descriptor: output)
        var framer = MessageFramer()
        for await chunk in readChunks(from: input) {
            framer.append(chunk)
            while let next = framer.nextMessage() {
                let message: JSONRPCMessage
                switch next {
                case .success(let body): message = JSONRPCMessage.parse(body)
                case .failure(let error):
                    message = .failure(id: .null, code: JSONRPCMessage.ErrorCode.parseError, message: error.message)
                }
                let reply = await server.handle(message)
                for outgoing in reply.messages { await writer.send(outgoing) }
                if let due = reply.diagnosticsDue {
                    Task {
                        try? await Task.sleep(for: debounce)
                        if let notification = await server.diagnostics(for: due.uri, version: due.version) {
                            await writer.send(notification)
                        }
                    }
                }
                if let status = reply.exitStatus { return status }
            }
        }
        return 1
    }

    /// The bytes of `descriptor` as they arrive, read on a thread of their own; the stream ends at end of file.
    static func readChunks(from descriptor: Int32) -> AsyncStream<[UInt8]> {
        AsyncStream { continuation in
            let thread = Thread {
                var buffer = [UInt8](repeating: 0, count: 65_536)
                while true {
                    let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
                    if count < 0, errno == EINTR { continue }
                    guard count > 0 else { break }
                    continuation.yield(Array(buffer[0..<count]))
                }
                continuation.finish()
            }
            thread.start()
        }
    }
}

/// Writes framed messages to a file descriptor, one whole message at a time.
actor MessageWriter {
    private let descriptor: Int32

    init(descriptor: Int32) { self.descriptor = descriptor }

    /// Frames and writes `message` (a broken pipe ends the writing silently: the client has gone).
    func send(_ message: JSONRPCMessage) {
        let bytes = MessageFramer.frame(message.body)
        var written = 0
        while written < bytes.count {
            let n = bytes[written...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if n < 0, errno == EINTR { continue }
            guard n > 0 else { return }
            written += n
        }
    }
}
