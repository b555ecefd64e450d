import Foundation
import Testing

/// `argmap serve` against hostile and careless clients: each test starts its own server on a free loopback port
/// and speaks raw HTTP to it, every read bounded by a timeout.
@Suite(.serialized) struct ServeCommandTests {
    static let map = """
        [Soviet power]: All power must pass to the soviets.
          + [Dual power fails]: The provisional government cannot end the war.
        """

    /// The time a request may take while other clients misbehave: far below the idle timeout (30 s) that would
    /// free a server which served one connection at a time.
    static let prompt: Duration = .seconds(8)

    private func timed<T>(_ body: () throws -> T) rethrows -> (T, Duration) {
        var result: T?
        let elapsed = try ContinuousClock().measure { result = try body() }
        return (result!, elapsed)
    }

    @Test func answersTheMapAndItsVersionAndNothingElse() throws {
        let served = try ServedMap(Self.map)
        defer { served.stop() }
        let page = try RawClient.request(port: served.port, "GET", "/")
        #expect(page.status == 200)
        #expect(String(decoding: page.body, as: UTF8.self).contains("Soviet power"))
        #expect(try RawClient.request(port: served.port, "GET", "/version?x=1").body == Data("1".utf8))
        #expect(try RawClient.request(port: served.port, "GET", "/../../etc/passwd").status == 404)
        let post = try RawClient.request(port: served.port, "POST", "/")
        #expect(post.status == 405)
        #expect(post.headers.contains("Allow: GET, HEAD"))
    }

    /// DNS rebinding: a page from evil.example whose name now resolves to 127.0.0.1 sends `Host: evil.example`.
    @Test func refusesHostsOtherThanThisMachine() throws {
        let served = try ServedMap(Self.map)
        defer { served.stop() }
        let port = served.port
        for host in ["localhost", "localhost:\(port)", "127.0.0.1:\(port)", "LOCALHOST:\(port)", "[::1]:\(port)"] {
            #expect(try RawClient.request(port: port, host: host).status == 200, "\(host)")
        }
        for host in ["evil.example", "evil.example:\(port)", "127.0.0.1.evil.example:\(port)", "localhost:1",
                     "localhost:", "127.0.0.2:\(port)", "localhost.:\(port)", ""] {
            #expect(try RawClient.request(port: port, host: host).status == 421, "\(host)")
        }
        #expect(try RawClient.request(port: port, host: nil).status == 400)
    }

    @Test func headSendsTheHeadersOfGetWithoutTheBody() throws {
        let served = try ServedMap(Self.map)
        defer { served.stop() }
        let get = try RawClient.request(port: served.port, "GET", "/")
        let head = try RawClient.request(port: served.port, "HEAD", "/")
        #expect(head.status == 200)
        #expect(head.body.isEmpty)
        #expect(head.headers.contains("Content-Length: \(get.body.count)"))
        #expect(head.headers.contains("Content-Type: text/html"))
    }

    /// A client that asks for a large page (4 MB of text: more than the socket buffers hold) and never reads. The
    /// old server, serving one connection at a time with no send timeout, blocked everyone behind it for good;
    /// asking ten times on one keep-alive connection fills the buffers of the new one as surely.
    @Test func aClientThatNeverReadsDelaysNoOne() throws {
        var text = "[Big]: "
        while text.utf8.count < 4 << 20 { text += "a word or two, then more words; " }
        let served = try ServedMap(text + "\n", ["--idle-timeout", "30"])
        defer { served.stop() }
        let hog = try RawClient(port: served.port)
        hog.send(String(repeating: "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", count: 10))
        Thread.sleep(forTimeInterval: 2)
        let (answer, elapsed) = try timed { try RawClient.request(port: served.port, "GET", "/version") }
        #expect(answer.status == 200)
        #expect(elapsed < Self.prompt, "a request waited \(elapsed) behind a client that does not read")
    }

    /// Half a request, then silence (slowloris): others are answered, and the silent connection is closed after the
    /// idle timeout.
    @Test func aSlowClientDelaysNoOneAndIsDisconnected() throws {
        let served = try ServedMap(Self.map, ["--idle-timeout", "2"])
        defer { served.stop() }
        let slow = try RawClient(port: served.port, readTimeout: 30)
        slow.send("GET / HTTP/1.1\r\nHo")
        let (answer, elapsed) = try timed { try RawClient.request(port: served.port, "GET", "/version") }
        #expect(answer.status == 200)
        #expect(elapsed < Self.prompt)
        let (rest, waited) = timed { slow.readToEnd() }
        #expect(rest != nil, "the silent connection was not closed within 30 s")
        #expect(waited < .seconds(20))
    }

    @Test func thirtyIdleConnectionsDoNotDelayARequest() throws {
        let served = try ServedMap(Self.map, ["--idle-timeout", "30"])
        defer { served.stop() }
        let idle = try (0..<30).map { _ in try RawClient(port: served.port) }
        Thread.sleep(forTimeInterval: 0.5)
        let (answer, elapsed) = try timed { try RawClient.request(port: served.port, "GET", "/") }
        #expect(answer.status == 200)
        #expect(elapsed < Self.prompt, "a request waited \(elapsed) behind \(idle.count) idle connections")
    }

    @Test func refusesAPortInUseWithAMessage() throws {
        let served = try ServedMap(Self.map)
        defer { served.stop() }
        let dir = served.folder.path
        let result = try CLI.run(["serve", "map.argdown", "--port", String(served.port)], in: URL(fileURLWithPath: dir))
        #expect(result.status != 0)
        #expect(result.stderr.contains("cannot listen on 127.0.0.1:\(served.port)"))
    }
}
