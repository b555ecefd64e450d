import ArgumentFormats
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A minimal HTTP/1.0 server for previewing one map: binds to 127.0.0.1 only, answers GET requests one at a
/// time, and closes each connection after the response. It is a preview server for the person at this machine,
/// not a public web server: no TLS, no keep-alive, no paths beyond the ones the handler knows.
final class PreviewServer {
    /// A response to one request.
    struct Response {
        var status: Int
        var contentType: String
        var body: Data
    }

    private let socketFD: Int32
    /// The port actually bound (useful when 0 asked the system to choose).
    let port: UInt16

    /// Binds 127.0.0.1:`port` (0: any free port) and starts listening.
    init(port: UInt16) throws {
        #if canImport(Glibc)
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let fd = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard fd >= 0 else { throw InputError(description: "cannot open a socket (errno \(errno))") }
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(fd, 16) == 0 else {
            close(fd)
            throw InputError(description: "cannot listen on 127.0.0.1:\(port) (errno \(errno)); is another server using it?")
        }
        var actual = sockaddr_in()
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &actual) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        socketFD = fd
        self.port = UInt16(bigEndian: actual.sin_port)
    }

    deinit { close(socketFD) }

    /// Accepts connections forever, answering each GET with `handler(path)`.
    func serve(_ handler: (String) async -> Response) async {
        while !Task.isCancelled {
            let client = accept(socketFD, nil, nil)
            guard client >= 0 else { continue }
            // Browsers open spare connections they may never use: don't let one block the others.
            var timeout = timeval(tv_sec: 1, tv_usec: 0)
            setsockopt(client, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
            guard let line = Self.readRequestLine(client) else {
                close(client)  // an idle spare connection: nothing was asked, nothing to answer
                continue
            }
            let response: Response
            if let path = Self.parseRequestLine(line) {
                response = await handler(path)
            } else {
                response = Response(status: 400, contentType: "text/plain; charset=utf-8", body: Data("bad request\n".utf8))
            }
            Self.write(response, to: client)
            close(client)
        }
    }

    /// The path of a `GET path HTTP/1.x` request line (query string removed), or nil for anything else.
    static func parseRequestLine(_ line: String) -> String? {
        let parts = line.split(separator: " ")
        guard parts.count >= 2, parts[0] == "GET" || parts[0] == "HEAD" else { return nil }
        let target = parts[1]
        return String(target.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first ?? target)
    }

    /// The request line, or nil when the connection sent no complete line before the timeout.
    private static func readRequestLine(_ fd: Int32) -> String? {
        let capacity = 8192
        var buffer = [UInt8](repeating: 0, count: capacity)
        var received = 0
        // Read until the end of the request line (or the buffer is full: such requests are refused).
        while received < capacity {
            let offset = received
            let n = buffer.withUnsafeMutableBytes { raw -> Int in
                guard let base = raw.baseAddress else { return -1 }
                return read(fd, base + offset, capacity - offset)
            }
            if n <= 0 { break }
            received += n
            if buffer[0..<received].contains(UInt8(ascii: "\n")) { break }
        }
        guard let end = buffer[0..<received].firstIndex(of: UInt8(ascii: "\n")) else { return nil }
        return String(decoding: buffer[0..<end], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private static func write(_ response: Response, to fd: Int32) {
        let reason = [200: "OK", 400: "Bad Request", 404: "Not Found", 500: "Internal Server Error"][response.status] ?? "OK"
        var data = Data("""
            HTTP/1.0 \(response.status) \(reason)\r
            Content-Type: \(response.contentType)\r
            Content-Length: \(response.body.count)\r
            Cache-Control: no-store\r
            Connection: close\r
            \r

            """.utf8)
        data.append(response.body)
        data.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { return }
            var sent = 0
            while sent < raw.count {
                let n = send(fd, base + sent, raw.count - sent, Int32(MSG_NOSIGNAL))
                if n <= 0 { return }
                sent += n
            }
        }
    }
}

/// Watches one file for changes by polling its modification date and size (portable, no inotify needed).
struct FileWatcher {
    private let path: String
    private var last: (Date?, Int?)

    /// Starts watching `path` from its current state.
    init(path: String) {
        self.path = path
        last = Self.stamp(path)
    }

    /// Whether the file changed since the last call (or since `init`).
    mutating func changed() -> Bool {
        let now = Self.stamp(path)
        defer { last = now }
        return now.0 != last.0 || now.1 != last.1
    }

    private static func stamp(_ path: String) -> (Date?, Int?) {
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        return (attributes?[.modificationDate] as? Date, (attributes?[.size] as? NSNumber)?.intValue)
    }
}
