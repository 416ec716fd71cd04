import Foundation
import Testing

@Suite("Server: server-wide budget for request bodies")
struct ServerBodyBudgetTests {
    static func head(length: Int) -> String {
        "POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: \(length)\r\nExpect: 100-continue\r\n\r\n"
    }

    /// Three bodies of 20,000 bytes fit in 60,000; a fourth is refused until they are done.
    @Test func bodiesBeyondTheBudgetGet503UntilOthersFinish() throws {
        let server = try TestServer { $0.maxBufferedBodyBytes = 60_000 }
        let body = String(repeating: "b", count: 20_000)
        let senders = try (0..<3).map { _ in try server.client() }
        for sender in senders {
            try sender.send(Self.head(length: 20_000))
            // The 100 comes after the reservation: it is the signal that this one holds its share.
            #expect(try sender.readResponse().status == 100)
        }
        #expect(server.metrics.currentBufferedBodyBytes == 60_000)

        let refused = try server.client()
        try refused.send(Self.head(length: 20_000))
        let busy = try refused.readResponse()
        #expect(busy.status == 503)
        #expect(busy.header("Retry-After") == "1")
        #expect(busy.header("Content-Type") == "application/problem+json")
        #expect(refused.isClosedByPeer())

        for sender in senders {
            try sender.send(body)
            #expect(try sender.readResponse().text == body)
        }
        #expect(server.metrics.currentBufferedBodyBytes == 0)
        let later = try server.client()
        try later.send(Self.head(length: 20_000))
        #expect(try later.readResponse().status == 100)
        try later.send(body)
        #expect(try later.readResponse().text == body)
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
