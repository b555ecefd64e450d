import FlyingSocks
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A socket pool that closes connections which stop making progress: every wait of a connection's socket — to
/// read the next bytes of a request, or to send the next bytes of a response — ends after `timeout` with
/// `IdleTimeoutPool/Timeout`, and FlyingFox then closes that connection. The listening socket waits without a
/// limit. So a client that sends half a request, or asks and never reads the answer, or keeps a spare connection
/// open, holds only its own connection, and only for `timeout`.
struct IdleTimeoutPool: AsyncSocketPool {
    /// Thrown by a wait that ran out of time.
    struct Timeout: Error, CustomStringConvertible {
        var description: String { "the client made no progress for too long" }
    }

    private let base: any AsyncSocketPool
    private let timeout: Duration

    /// Wraps `base`, limiting each wait of a connection socket to `timeout`.
    init(_ base: any AsyncSocketPool, timeout: Duration) {
        self.base = base
        self.timeout = timeout
    }

    func prepare() async throws { try await base.prepare() }

    func run() async throws { try await base.run() }

    func suspendSocket(_ socket: Socket, untilReadyFor events: Socket.Events) async throws {
        if Self.isListening(socket) {
            try await base.suspendSocket(socket, untilReadyFor: events)
            return
        }
        let (base, timeout) = (base, timeout)
        try await withThrowingTaskGroup(of: Bool.self) { group in
            group.addTask {
                try await base.suspendSocket(socket, untilReadyFor: events)
                return true
            }
            group.addTask {
                try await Task.sleep(for: timeout)
                return false
            }
            defer { group.cancelAll() }
            guard try await group.next() == true else { throw Timeout() }
        }
    }

    /// Whether `socket` is a listening socket (one that accepts connections rather than carrying one).
    private static func isListening(_ socket: Socket) -> Bool {
        var value: Int32 = 0
        var length = socklen_t(MemoryLayout<Int32>.size)
        return getsockopt(socket.file.rawValue, SOL_SOCKET, SO_ACCEPTCONN, &value, &length) == 0 && value != 0
    }
}
