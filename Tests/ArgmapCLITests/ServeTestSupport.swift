import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An `argmap serve` process on a free port, for the serve tests; stopped by ``stop()`` (and on deinit).
final class ServedMap {
    let process = Process()
    let port: UInt16
    let folder: URL

    /// Starts `argmap serve map.argdown --port 0` on `text` with `extra` arguments and waits (at most 120 s: the
    /// first page is drawn before the server listens) for the line giving its address.
    init(_ text: String, _ extra: [String] = []) throws {
        folder = try ScratchFolders.make("argmap-serve")
        let map = folder.appendingPathComponent("map.argdown")
        try Data(text.utf8).write(to: map)
        process.executableURL = CLI.productsDirectory.appendingPathComponent("argmap")
        process.arguments = ["serve", map.path, "--port", "0"] + extra
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        var seen = Data()
        let deadline = Date().addingTimeInterval(120)
        var found: UInt16?
        while found == nil, Date() < deadline, process.isRunning {
            let chunk = err.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            seen.append(chunk)
            let text = String(decoding: seen, as: UTF8.self)
            if let range = text.range(of: "http://127.0.0.1:"), let end = text[range.upperBound...].firstIndex(of: "/") {
                found = UInt16(text[range.upperBound..<end])
            }
        }
        guard let found else {
            process.terminate()
            throw ServeTestError("no address printed: \(String(decoding: seen, as: UTF8.self))")
        }
        port = found
    }

    func stop() {
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
        }
        try? FileManager.default.removeItem(at: folder)
    }

    deinit { stop() }
}

struct ServeTestError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// A plain TCP client on 127.0.0.1, reads limited by a receive timeout so no test can hang.
final class RawClient {
    let fd: Int32

    init(port: UInt16, readTimeout seconds: Int = 20) throws {
        #if canImport(Glibc)
        fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        fd = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard fd >= 0 else { throw ServeTestError("socket: errno \(errno)") }
        var timeout = timeval(tv_sec: seconds, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else {
            close(fd)
            throw ServeTestError("connect: errno \(errno)")
        }
    }

    deinit { close(fd) }

    /// Sends all of `text`.
    func send(_ text: String) {
        let bytes = Array(text.utf8)
        var sent = 0
        while sent < bytes.count {
            let n = bytes[sent...].withUnsafeBytes { raw in
                #if canImport(Glibc)
                Glibc.send(fd, raw.baseAddress, raw.count, Int32(MSG_NOSIGNAL))
                #else
                Darwin.send(fd, raw.baseAddress, raw.count, 0)
                #endif
            }
            if n <= 0 { return }
            sent += n
        }
    }

    /// Everything until the server closes the connection (or the read timeout passes); nil on a timeout.
    func readToEnd() -> Data? {
        var out = Data()
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = read(fd, &buffer, buffer.count)
            if n == 0 { return out }
            if n < 0 { return nil }
            out.append(contentsOf: buffer[0..<n])
        }
    }

    /// One request with `Connection: close` and its answer: status code, header block, body.
    static func request(
        port: UInt16, _ method: String = "GET", _ path: String = "/", host: String? = "127.0.0.1"
    ) throws -> (status: Int, headers: String, body: Data) {
        let client = try RawClient(port: port)
        let hostLine = host.map { "Host: \($0)\r\n" } ?? ""
        client.send("\(method) \(path) HTTP/1.1\r\n\(hostLine)Connection: close\r\n\r\n")
        guard let data = client.readToEnd() else { throw ServeTestError("no complete answer to \(method) \(path)") }
        guard let split = data.range(of: Data("\r\n\r\n".utf8)) else { throw ServeTestError("no header end") }
        let headers = String(decoding: data[..<split.lowerBound], as: UTF8.self)
        let status = Int(headers.split(separator: " ").dropFirst().first ?? "") ?? 0
        return (status, headers, Data(data[split.upperBound...]))
    }
}
