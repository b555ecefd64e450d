/// Which `Host` headers the preview server answers: the names of this machine's loopback interface, and the
/// address the server is bound to, with no port or the bound port. Anything else — above all a name that an
/// attacker's DNS pointed at 127.0.0.1 (DNS rebinding) — is refused, so a web page on another site cannot read
/// the preview through the browser.
public struct HostAllowList: Sendable {
    /// The names always accepted (compared ignoring case).
    public static let loopbackNames: Set<String> = ["localhost", "127.0.0.1", "[::1]"]

    private let names: Set<String>
    private let port: UInt16

    /// Accepts the loopback names and `boundAddress` (an IPv6 address written in brackets), on `port`.
    public init(boundAddress: String, port: UInt16) {
        let bound = boundAddress.contains(":") && !boundAddress.hasPrefix("[") ? "[\(boundAddress)]" : boundAddress
        names = Self.loopbackNames.union([bound.lowercased()])
        self.port = port
    }

    /// Whether a request with this `Host` header value may be answered. Complexity: O(length of `host`).
    public func allows(_ host: String) -> Bool {
        let value = host.lowercased()
        // The port is what follows the last ':' after the name (an IPv6 literal's colons are inside brackets).
        let nameEnd = value.hasPrefix("[") ? value.firstIndex(of: "]").map(value.index(after:)) : value.firstIndex(of: ":")
        guard let nameEnd, nameEnd < value.endIndex else { return names.contains(value) }
        let name = String(value[..<nameEnd])
        let rest = value[nameEnd...]
        guard rest.first == ":", let given = UInt16(rest.dropFirst()), given == port else { return false }
        return names.contains(name)
    }
}
