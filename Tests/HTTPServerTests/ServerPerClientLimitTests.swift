import Foundation
import Testing

/// Issue 20, item 1: one client address (one IPv6 /64) gets a bounded share of the body
/// budget, of the bodies being received and of the connections; a body that does not
/// keep coming is closed.
@Suite("Server: limits per client")
struct ServerPerClientLimitTests {
    /// Half a second for a body's first bytes, then `bytesPerSecond`, within a 30 s body timeout.
    static func minimumRateServer(bytesPerSecond: Int) throws -> TestServer {
        try TestServer {
            $0.bodyInitialTimeoutSeconds = 0.5
            $0.minBodyBytesPerSecond = bytesPerSecond
            $0.bodyTimeoutSeconds = 30
        }
    }

    static func head(length: Int) -> String {
        "POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: \(length)\r\nExpect: 100-continue\r\n\r\n"
    }

    @Test func oneAddressMayReceiveOnlyItsShareOfBodiesAtOnce() throws {
        let server = try TestServer { $0.maxBodiesReceivingPerClient = 3 }
        let admitted = try (0..<3).map { _ in try server.client(from: "127.0.0.2") }
        for client in admitted {
            try client.send(Self.head(length: 1000))
            #expect(try client.readResponse().status == 100)
        }
        let extra = try server.client(from: "127.0.0.2")
        try extra.send(Self.head(length: 1000))
        let refused = try extra.readResponse()
        #expect(refused.status == 429)
        #expect(refused.header("Retry-After") == "1")
        #expect(extra.isClosedByPeer())
        // Someone else is not held up by it.
        let other = try server.client(from: "127.0.0.3")
        try other.send(Self.head(length: 1000))
        #expect(try other.readResponse().status == 100)
        // A finished body frees its slot; a request without a body never needed one.
        try admitted[0].send(String(repeating: "z", count: 1000))
        #expect(try admitted[0].readResponse().status == 200)
        try admitted[0].send("GET /hello HTTP/1.1\r\nHost: t\r\n\r\n")
        #expect(try admitted[0].readResponse().status == 200)
        let again = try server.client(from: "127.0.0.2")
        try again.send(Self.head(length: 1000))
        #expect(try again.readResponse().status == 100)
    }

    @Test func oneAddressMayHoldOnlyItsShareOfTheBodyBudget() throws {
        let server = try TestServer { $0.maxBufferedBodyBytesPerClient = 40_000 }
        let first = try server.client(from: "127.0.0.4")
        try first.send(Self.head(length: 36_000))
        #expect(try first.readResponse().status == 100)
        try first.send(String(repeating: "a", count: 30_000))  // holds 32 KiB
        #expect(waitUntil { server.metrics.currentBufferedBodyBytes == 32 * 1024 })
        let second = try server.client(from: "127.0.0.4")
        try second.send(Self.head(length: 10_000))
        let refused = try second.readResponse()
        #expect(refused.status == 429)
        #expect(refused.header("Retry-After") == "1")
        let other = try server.client(from: "127.0.0.5")
        try other.send(Self.head(length: 10_000))
        #expect(try other.readResponse().status == 100)
        try other.send(String(repeating: "o", count: 10_000))
        #expect(try other.readResponse().status == 200)
        try first.send(String(repeating: "a", count: 6_000))  // 36,000 in all: within the share
        #expect(try first.readResponse().body.count == 36_000)
    }

    @Test func oneAddressMayOpenOnlyItsShareOfConnections() throws {
        let server = try TestServer { $0.maxConnectionsPerClient = 3 }
        var open: [RawClient] = []
        for _ in 0..<3 {
            let client = try server.client(from: "127.0.0.6")
            try client.send("GET /hello HTTP/1.1\r\nHost: t\r\n\r\n")
            #expect(try client.readResponse().status == 200)
            open.append(client)
        }
        let extra = try server.client(from: "127.0.0.6")
        let refused = try extra.readResponse()
        #expect(refused.status == 429)
        #expect(refused.header("Retry-After") == "1")
        let other = try server.client(from: "127.0.0.7")
        try other.send("GET /hello HTTP/1.1\r\nHost: t\r\n\r\n")
        #expect(try other.readResponse().status == 200)
        open.removeAll()
        #expect(waitUntil { server.metrics.currentOpenConnections <= 1 })
        let later = try server.client(from: "127.0.0.6")
        try later.send("GET /hello HTTP/1.1\r\nHost: t\r\n\r\n")
        #expect(try later.readResponse().status == 200)
    }

    /// nginx's `client_body_timeout` between reads, Apache's MinRate: a declared body that
    /// does not come is answered 408 after the initial timeout, not after the whole body timeout.
    @Test func aBodyThatDoesNotComeIsClosedAfterTheInitialTimeout() throws {
        let server = try Self.minimumRateServer(bytesPerSecond: 1024)
        let idle = try server.client()
        let start = Date()
        try idle.send(Self.head(length: 100_000))
        #expect(try idle.readResponse().status == 100)
        let response = try idle.readResponse()
        let elapsed = Date().timeIntervalSince(start)
        #expect(response.status == 408)
        #expect(elapsed >= 0.45)
        #expect(elapsed < 10, "closed after \(elapsed) s; the body timeout is 30 s")
        #expect(waitUntil { server.metrics.currentBufferedBodyBytes == 0 })
    }

    /// A few bytes now and then do not keep a body alive: it must keep the minimum rate.
    @Test func aTrickledBodyIsClosedOnceItFallsBehindTheMinimumRate() throws {
        let server = try Self.minimumRateServer(bytesPerSecond: 1000)
        let slow = try server.client()
        let start = Date()
        try slow.send(Self.head(length: 100_000))
        #expect(try slow.readResponse().status == 100)
        // 100 bytes every 0.2 s is 500 bytes/s: behind from about the first second on.
        var answered: TestResponse?
        for _ in 0..<100 {
            guard (try? slow.send(String(repeating: "s", count: 100))) != nil else { break }
            usleep(200_000)
            if Date().timeIntervalSince(start) > 1.5 { break }
        }
        answered = try slow.readResponse()
        #expect(answered?.status == 408)
        #expect(Date().timeIntervalSince(start) < 10)
    }

    /// A body that keeps the rate is not cut off by the initial timeout.
    @Test func aBodyThatKeepsTheMinimumRateIsReceived() throws {
        let server = try Self.minimumRateServer(bytesPerSecond: 1000)
        let steady = try server.client()
        try steady.send(Self.head(length: 8_000))
        #expect(try steady.readResponse().status == 100)
        for _ in 0..<8 {  // 1,000 bytes every 0.25 s: 4,000 bytes/s
            try steady.send(String(repeating: "k", count: 1000))
            usleep(250_000)
        }
        #expect(try steady.readResponse().body.count == 8_000)
    }
}
