import Foundation
import Testing

@Suite("Server: server-wide budget for request bodies")
struct ServerBodyBudgetTests {
    static func head(length: Int) -> String {
        "POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: \(length)\r\nExpect: 100-continue\r\n\r\n"
    }

    static let step = 16 * 1024

    /// The budget counts bytes as they arrive (in 16 KiB steps), not the declared length:
    /// three bodies that have sent 20,000 bytes each (two steps, 32 KiB) nearly fill
    /// 110,000; a fourth is refused (its first step does not fit) until they are done.
    @Test func bodiesBeyondTheBudgetGet503UntilOthersFinish() throws {
        let server = try TestServer { $0.maxBufferedBodyBytes = 110_000 }
        let body = String(repeating: "b", count: 40_000)
        let senders = try (0..<3).map { _ in try server.client() }
        for sender in senders {
            try sender.send(Self.head(length: 40_000))
            #expect(try sender.readResponse().status == 100)
            try sender.send(String(body.prefix(20_000)))
        }
        #expect(waitUntil { server.metrics.currentBufferedBodyBytes == 3 * 2 * Self.step })

        let refused = try server.client()
        try refused.send(Self.head(length: 40_000))
        let busy = try refused.readResponse()
        #expect(busy.status == 503)
        #expect(busy.header("Retry-After") == "1")
        #expect(busy.header("Content-Type") == "application/problem+json")
        #expect(refused.isClosedByPeer())

        for sender in senders {
            try sender.send(String(body.suffix(20_000)))
            #expect(try sender.readResponse().text == body)
        }
        #expect(waitUntil { server.metrics.currentBufferedBodyBytes == 0 })
        let later = try server.client()
        try later.send(Self.head(length: 40_000))
        #expect(try later.readResponse().status == 100)
        try later.send(body)
        #expect(try later.readResponse().text == body)
    }

    /// Issue 20, item 1: declaring a large body reserved it whole, so a few hundred idle
    /// connections (`Content-Length: 1048576`, then nothing) refused everyone's writes.
    /// Now a declared body holds one step until its bytes come.
    @Test func declaredButUnsentBodiesDoNotHoldTheBudget() throws {
        let server = try TestServer {
            $0.maxBufferedBodyBytes = 1 << 20
            $0.maxBodiesReceivingPerClient = 1000
        }
        let idle = try (0..<20).map { _ in try server.client() }
        for client in idle {
            try client.send(Self.head(length: 1 << 20))
            #expect(try client.readResponse().status == 100)
        }
        #expect(server.metrics.currentBufferedBodyBytes == 20 * Self.step)
        let writer = try server.client()
        let body = String(repeating: "w", count: 10_000)
        try writer.send("POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: 10000\r\n\r\n" + body)
        let response = try writer.readResponse()
        #expect(response.status == 200)
        #expect(response.text == body)
    }

    /// A body's hold grows with what arrived, step by step, never past its length.
    @Test func aBodyHoldsWhatHasArrivedRoundedUpToAStep() throws {
        let server = try TestServer()
        let client = try server.client()
        try client.send(Self.head(length: 100_000))
        #expect(try client.readResponse().status == 100)
        #expect(waitUntil { server.metrics.currentBufferedBodyBytes == Self.step })
        try client.send(String(repeating: "a", count: 40_000))
        #expect(waitUntil { server.metrics.currentBufferedBodyBytes == 3 * Self.step })
        try client.send(String(repeating: "a", count: 60_000))
        #expect(try client.readResponse().body.count == 100_000)
        #expect(waitUntil { server.metrics.currentBufferedBodyBytes == 0 })
    }

    @Test func aChunkedBodyGrowingPastTheBudgetGets503() throws {
        let server = try TestServer { $0.maxBufferedBodyBytes = 100_000 }
        let client = try server.client()
        try client.send("POST /echo HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n"
                        + String(150_000, radix: 16) + "\r\n" + String(repeating: "c", count: 150_000) + "\r\n0\r\n\r\n")
        let response = try client.readResponse()
        #expect(response.status == 503)
        #expect(response.header("Retry-After") == "1")
        #expect(waitUntil { server.metrics.currentBufferedBodyBytes == 0 })

        let small = try server.client()
        try small.send("POST /echo HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n")
        #expect(try small.readResponse().text == "abc")
    }

    @Test func connectionsThatCloseMidBodyGiveTheirShareBack() throws {
        let server = try TestServer { $0.maxBufferedBodyBytes = 20_000 }
        do {
            let leaving = try server.client()
            try leaving.send(Self.head(length: 20_000))
            #expect(try leaving.readResponse().status == 100)
            try leaving.send(String(repeating: "x", count: 5_000))
        }
        #expect(waitUntil { server.metrics.currentBufferedBodyBytes == 0 })
        let next = try server.client()
        try next.send(Self.head(length: 20_000))
        #expect(try next.readResponse().status == 100)
    }
}
