import Foundation
import HTTPServer
import JSON
import Testing

/// Issue 20, item 5 over a socket: behind a trusted proxy every limit per client keys on
/// the forwarded address; from anyone else the headers are ignored.
@Suite("Server: trusted proxies")
struct ServerTrustedProxyTests {
    static func whoami(_ client: RawClient, headers: String = "") throws -> (client: String, peer: String, scheme: String) {
        try client.send("GET /whoami HTTP/1.1\r\nHost: t\r\n" + headers + "\r\n")
        let response = try client.readResponse()
        let json = try JSONParser.parse(response.body)
        return (json["client"]?.stringValue ?? "", json["peer"]?.stringValue ?? "", json["scheme"]?.stringValue ?? "")
    }

    @Test func theClientAddressIsForwardedOnlyByATrustedProxy() throws {
        let server = try TestServer { $0.trustedProxies = [try! IPNetwork(parsing: "127.0.0.8/32")] }
        let proxy = try server.client(from: "127.0.0.8")
        let forwarded = try Self.whoami(proxy, headers: "X-Forwarded-For: 6.6.6.6, 203.0.113.9\r\nX-Forwarded-Proto: https\r\n")
        #expect(forwarded.client == "203.0.113.9")
        #expect(forwarded.peer == "127.0.0.8")
        #expect(forwarded.scheme == "https")
        // The same connection carries another person's request next.
        #expect(try Self.whoami(proxy, headers: "Forwarded: for=\"[2001:db8::5]:1234\"\r\n").client == "2001:db8::5")
        #expect(try Self.whoami(proxy, headers: "X-Forwarded-For: garbage\r\n").client == "127.0.0.8")

        let stranger = try server.client(from: "127.0.0.9")
        let ignored = try Self.whoami(stranger, headers: "X-Forwarded-For: 203.0.113.9\r\nX-Forwarded-Proto: https\r\n")
        #expect(ignored.client == "127.0.0.9")
        #expect(ignored.scheme == "http")
    }

    /// The body budget's per-client share counts the forwarded client, not the proxy:
    /// one person behind it is refused, another is not.
    @Test func bodiesBehindAProxyCountPerForwardedClient() throws {
        let server = try TestServer {
            $0.trustedProxies = [try! IPNetwork(parsing: "127.0.0.0/30")]  // .0 to .3
            $0.maxBodiesReceivingPerClient = 2
            $0.maxConnectionsPerClient = 2
        }
        func head(for client: String) -> String {
            "POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: 10\r\nExpect: 100-continue\r\nX-Forwarded-For: \(client)\r\n\r\n"
        }
        // Five connections from the proxy: it is not held to 2 connections per client.
        let connections = try (0..<5).map { _ in try server.client(from: "127.0.0.2") }
        for connection in connections.prefix(2) {
            try connection.send(head(for: "198.51.100.1"))
            #expect(try connection.readResponse().status == 100)
        }
        try connections[2].send(head(for: "198.51.100.1"))
        #expect(try connections[2].readResponse().status == 429)
        try connections[3].send(head(for: "198.51.100.2"))
        #expect(try connections[3].readResponse().status == 100)
        try connections[3].send("0123456789")
        #expect(try connections[3].readResponse().text == "0123456789")
    }
}
