import ArgumentFormats
import FlyingFox
import FlyingSocks
import Foundation

/// The HTTP server behind `argmap serve`, on FlyingFox (async/await on non-blocking sockets, no SwiftNIO).
///
/// It is a preview for the person at this machine, not a public web server (docs/safety.md, "What serve
/// accepts"): it binds 127.0.0.1 only, answers `GET` and `HEAD` (headers without the body) and nothing else, and
/// only for a `Host` that names this machine (``HostAllowList``), which closes DNS rebinding. Connections are
/// served concurrently, each closed when it makes no progress for ``Limits/idle`` (`IdleTimeoutPool`), so a
/// slow, silent or non-reading client delays no one else. Which paths exist is the handler's business.
public final class PreviewServer: Sendable {
    /// A response to one request.
    public struct Response: Sendable {
        /// The HTTP status code.
        public var status: Int
        /// The `Content-Type` header.
        public var contentType: String
        /// The body.
        public var body: Data

        /// A response with `status`, `contentType` and `body`.
        public init(status: Int, contentType: String, body: Data) {
            self.status = status
            self.contentType = contentType
            self.body = body
        }
    }

    /// Time limits.
    public struct Limits: Sendable {
        /// Longest wait for a client to send the next bytes of a request or take the next bytes of a response.
        public var idle: Duration = .seconds(10)
        /// Longest time the handler may take for one request (a redraw of a large map); then `500`.
        public var handler: Duration = .seconds(120)

        /// Limits of `idle` per wait and `handler` per request.
        public init(idle: Duration = .seconds(10), handler: Duration = .seconds(120)) {
            self.idle = idle
            self.handler = handler
        }
    }

    /// The only address served.
    public static let address = "127.0.0.1"

    private let server: HTTPServer
    private let port: UInt16

    /// A server for 127.0.0.1:`port` (0: a free port, chosen when `run(onListening:_:)` binds), answering with
    /// `handler(path)`; the query string is not part of the path. Nothing is bound until `run(onListening:_:)`.
    public init(port: UInt16, limits: Limits = Limits(), handler: @escaping @Sendable (String) async -> Response) throws {
        let address = try sockaddr_in.inet(ip4: Self.address, port: port)
        let config = HTTPServer.Configuration(
            address: address, timeout: Self.seconds(limits.handler),
            pool: IdleTimeoutPool(HTTPServer.defaultPool(), timeout: limits.idle), logger: .disabled)
        server = HTTPServer(config: config)
        self.port = port
        self.handler = handler
    }

    private let handler: @Sendable (String) async -> Response

    /// Binds, calls `onListening` with the bound port, and serves until the task is cancelled.
    public func run(onListening: @Sendable (UInt16) -> Void) async throws {
        try Self.checkBindable(port: port)
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { [server] in try await server.run() }
            try await server.waitUntilListening(timeout: 30)
            guard case .ip4(_, let bound)? = await server.listeningAddress else {
                throw InputError(description: "the preview server did not report its address")
            }
            let allowList = HostAllowList(boundAddress: Self.address, port: bound)
            await server.appendRoute("*") { [handler] request in
                await Self.answer(request, allowList: allowList, handler: handler)
            }
            onListening(bound)
            try await group.next()
        }
    }

    /// The response to one request: Host and method checked, then the handler asked; for `HEAD`, the headers of
    /// the `GET` response (its length included) without the body.
    static func answer(
        _ request: HTTPRequest, allowList: HostAllowList, handler: @Sendable (String) async -> Response
    ) async -> HTTPResponse {
        guard let host = request.headers[.host] else {
            return response(Response(status: 400, contentType: plain, body: Data("a Host header is required\n".utf8)))
        }
        guard allowList.allows(host) else {
            return response(Response(
                status: 421, contentType: plain,
                body: Data("this preview answers only for localhost or 127.0.0.1, not for another host name\n".utf8)))
        }
        guard request.method == .GET || request.method == .HEAD else {
            var refused = response(Response(status: 405, contentType: plain, body: Data("only GET and HEAD\n".utf8)))
            refused.headers[HTTPHeader("Allow")] = "GET, HEAD"
            return refused
        }
        let answer = await handler(request.path)
        guard request.method == .HEAD else { return response(answer) }
        var head = response(Response(status: answer.status, contentType: answer.contentType, body: Data()))
        head.headers[.contentLength] = String(answer.body.count)
        return head
    }

    private static let plain = "text/plain; charset=utf-8"

    private static func response(_ response: Response) -> HTTPResponse {
        HTTPResponse(
            statusCode: HTTPStatusCode(response.status, phrase: phrase(response.status)),
            headers: [.contentType: response.contentType, .cacheControl: "no-store"],
            body: response.body)
    }

    private static func phrase(_ status: Int) -> String {
        [200: "OK", 400: "Bad Request", 404: "Not Found", 405: "Method Not Allowed", 421: "Misdirected Request",
         500: "Internal Server Error"][status] ?? "Status"
    }

    /// Fails with a readable message when 127.0.0.1:`port` cannot be bound (FlyingFox would only log it).
    private static func checkBindable(port: UInt16) throws {
        guard port != 0 else { return }
        do {
            let socket = try Socket(domain: AF_INET)
            defer { try? socket.close() }
            try socket.setValue(true, for: .localAddressReuse)
            try socket.bind(to: sockaddr_in.inet(ip4: address, port: port))
        } catch {
            throw InputError(description: "cannot listen on \(address):\(port) (\(error)); is another server using it?")
        }
    }

    private static func seconds(_ duration: Duration) -> TimeInterval {
        let (seconds, attoseconds) = duration.components
        return TimeInterval(seconds) + TimeInterval(attoseconds) / 1e18
    }
}
