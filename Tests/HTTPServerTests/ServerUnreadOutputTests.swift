import Foundation
import Testing

/// Issue 20: a client that asks for answers and never reads them pins them in the server's
/// memory until the write deadline, on every connection it may open. Beyond its share of
/// unread output its new requests get 429; others are served; reading (or closing) frees it.
@Suite("Server: unread output per client")
struct ServerUnreadOutputTests {
    /// Far more than the kernel's socket buffers on both sides take in (a few MB each), so
    /// most of each answer stays in the server, unread.
    static let answerBytes = 24 << 20

    @Test func aClientThatDoesNotReadItsAnswersGetsNoMore() throws {
        let server = try TestServer { $0.maxUnreadOutputBytesPerClient = 4 << 20 }
        let hoarders = try (0..<2).map { _ in try server.client(from: "127.0.0.8") }
        for hoarder in hoarders {
            try hoarder.send("GET /large?size=\(Self.answerBytes) HTTP/1.1\r\nHost: t\r\n\r\n")
        }
        #expect(waitUntil { server.metrics.currentUnreadOutputBytes > 4 << 20 }, "unread: \(server.metrics.currentUnreadOutputBytes)")
        #expect(server.metrics.render().contains("http_unread_output_bytes "))

        let more = try server.client(from: "127.0.0.8")
        try more.send("GET /hello HTTP/1.1\r\nHost: t\r\n\r\n")
        let refused = try more.readResponse()
        #expect(refused.status == 429)
        #expect(refused.header("Retry-After") == "1")
        #expect(more.isClosedByPeer())

        // Another address is served as ever.
        let other = try server.client(from: "127.0.0.9")
        try other.send("GET /hello HTTP/1.1\r\nHost: t\r\n\r\n")
        #expect(try other.readResponse().status == 200)

        // Once the hoarder reads its answers, its count goes and it is served again.
        for hoarder in hoarders {
            let answer = try hoarder.readResponse()
            #expect(answer.status == 200)
            #expect(answer.body.count == Self.answerBytes / 10 * 10)  // /large repeats a 10-byte word
        }
        #expect(waitUntil { server.metrics.currentUnreadOutputBytes == 0 })
        let again = try server.client(from: "127.0.0.8")
        try again.send("GET /hello HTTP/1.1\r\nHost: t\r\n\r\n")
        #expect(try again.readResponse().status == 200)
    }

    @Test func closingAConnectionForgetsItsUnreadOutput() throws {
        let server = try TestServer { $0.maxUnreadOutputBytesPerClient = 4 << 20 }
        var hoarder: RawClient? = try server.client(from: "127.0.0.10")
        try hoarder?.send("GET /large?size=\(Self.answerBytes) HTTP/1.1\r\nHost: t\r\n\r\n")
        #expect(waitUntil { server.metrics.currentUnreadOutputBytes > 4 << 20 })
        hoarder = nil
        #expect(waitUntil { server.metrics.currentUnreadOutputBytes == 0 })
        let again = try server.client(from: "127.0.0.10")
        try again.send("GET /hello HTTP/1.1\r\nHost: t\r\n\r\n")
        #expect(try again.readResponse().status == 200)
    }
}
