import HTTPParser
import Testing
@testable import HTTPServer

/// Issue 20, item 5: `--trusted-proxy` ranges and the forwarded client they let through.
@Suite("Trusted proxies: parsing")
struct TrustedProxyParsingTests {
    @Test(arguments: [
        ("10.0.0.0/8", "10.0.0.0/8"), ("192.0.2.7", "192.0.2.7/32"), ("0.0.0.0/0", "0.0.0.0/0"),
        ("2001:db8::/32", "2001:db8::/32"), ("::1", "::1/128"), ("2001:DB8:0:0::/64", "2001:db8::/64"),
        ("::ffff:10.0.0.0/8", "10.0.0.0/8"),
    ])
    func validRangesParse(text: String, normalized: String) throws {
        #expect(try IPNetwork(parsing: text).description == normalized)
    }

    @Test(arguments: ["", "10.0.0.0/", "10.0.0.0/33", "10.0.0.1/8", "10.0.0.0/+8", "10.0.0.0/08", "10.0.0.0/8/8",
                      "10.0.0/8", "localhost", "2001:db8::/129", "2001:db8::1/32", " 10.0.0.0/8", "10.0.0.0 /8",
                      "[::1]", "10.0.0.0/-1"])
    func invalidRangesAreRefused(text: String) {
        #expect(throws: IPNetwork.ParseError.self) { try IPNetwork(parsing: text) }
    }

    @Test func containment() throws {
        let v4 = try IPNetwork(parsing: "172.16.0.0/12")
        #expect(v4.contains("172.31.255.255"))
        #expect(!v4.contains("172.32.0.0"))
        #expect(v4.contains("::ffff:172.16.0.1"))
        #expect(!v4.contains("2001:db8::1"))
        let v6 = try IPNetwork(parsing: "2001:db8:aa::/48")
        #expect(v6.contains("2001:db8:aa:ffff::1"))
        #expect(!v6.contains("2001:db8:ab::1"))
        #expect(!v6.contains("not an address"))
        #expect(try IPNetwork(parsing: "0.0.0.0/0").contains("203.0.113.9"))
    }

    static let proxies = [try! IPNetwork(parsing: "10.0.0.0/8"), try! IPNetwork(parsing: "2001:db8:ff::/48")]

    static func resolve(_ fields: [(String, String)], peer: String = "10.0.0.2") -> ForwardedClient {
        var headers = HTTPHeaders()
        for (name, value) in fields { headers.add(name: name, value: value) }
        return ForwardedClient.resolve(peer: peer, headers: headers, trustedProxies: proxies)
    }

    @Test func anUntrustedPeerIsTheClientWhateverItWrites() {
        let client = Self.resolve([("X-Forwarded-For", "203.0.113.9"), ("Forwarded", "for=203.0.113.9;proto=https"),
                                   ("X-Forwarded-Proto", "https")], peer: "198.51.100.1")
        #expect(client == ForwardedClient(address: "198.51.100.1", scheme: nil))
    }

    @Test func xForwardedForGivesTheRightMostUntrustedHop() {
        // The client wrote "1.2.3.4" itself; our proxies appended the rest.
        #expect(Self.resolve([("X-Forwarded-For", "1.2.3.4, 203.0.113.9, 10.1.1.1")]).address == "203.0.113.9")
        #expect(Self.resolve([("X-Forwarded-For", "1.2.3.4"), ("X-Forwarded-For", "203.0.113.9")]).address == "203.0.113.9")
        #expect(Self.resolve([("X-Forwarded-For", "203.0.113.9:51234")]).address == "203.0.113.9")
        #expect(Self.resolve([("X-Forwarded-For", "[2001:DB8::1]:4711")]).address == "2001:db8::1")
        #expect(Self.resolve([("X-Forwarded-For", "2001:db8::1")]).address == "2001:db8::1")
        // Only trusted hops: the left-most is the client.
        #expect(Self.resolve([("X-Forwarded-For", "10.9.9.9, 10.1.1.1")]).address == "10.9.9.9")
        // No header: the proxy itself (a health check, say).
        #expect(Self.resolve([]).address == "10.0.0.2")
    }

    @Test func forwardedGivesTheRightMostUntrustedHop() {
        #expect(Self.resolve([("Forwarded", "for=1.2.3.4, for=\"[2001:db8:cafe::17]:4711\";proto=https")])
                == ForwardedClient(address: "2001:db8:cafe::17", scheme: "https"))
        #expect(Self.resolve([("Forwarded", "for=192.0.2.60;proto=http;by=203.0.113.43, For=10.3.3.3")]).address == "192.0.2.60")
        #expect(Self.resolve([("Forwarded", "for=\"[2001:db8:ff::1]\", for=10.3.3.3"), ("Forwarded", "for=\"198.51.100.17:80\"")])
                .address == "198.51.100.17")
        // Forwarded wins over X-Forwarded-For when both are present.
        #expect(Self.resolve([("Forwarded", "for=192.0.2.1"), ("X-Forwarded-For", "192.0.2.2")]).address == "192.0.2.1")
    }

    @Test(arguments: [
        [("X-Forwarded-For", "203.0.113.9, nonsense")], [("X-Forwarded-For", "203.0.113.9,,10.1.1.1")],
        [("X-Forwarded-For", "")], [("X-Forwarded-For", "[203.0.113.9]")], [("X-Forwarded-For", "203.0.113.9:port")],
        [("Forwarded", "for=203.0.113.9;for=198.51.100.1")], [("Forwarded", "for=\"203.0.113.9")],
        [("Forwarded", "by=10.1.1.1")], [("Forwarded", "for=[2001:db8::1]")], [("Forwarded", "for=unknown")],
        [("Forwarded", "for=_hidden, for=10.1.1.1")], [("Forwarded", "for")],
    ])
    func aMalformedOrUnusableListGivesThePeer(fields: [(String, String)]) {
        #expect(Self.resolve(fields).address == "10.0.0.2")
    }

    @Test func theSchemeComesFromTheNearestProxy() {
        #expect(Self.resolve([("X-Forwarded-Proto", "https")]).scheme == "https")
        #expect(Self.resolve([("X-Forwarded-Proto", "http, HTTPS")]).scheme == "https")
        #expect(Self.resolve([("X-Forwarded-Proto", "gopher")]).scheme == nil)
        #expect(Self.resolve([("Forwarded", "for=192.0.2.1;proto=https")]).scheme == "https")
        #expect(Self.resolve([]).scheme == nil)
    }
}
