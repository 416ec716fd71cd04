import Foundation
import Testing

@Suite("Server: limits and timeouts")
struct ServerLimitTests {
    @Test func requestLineOverLimitIs414() throws {
        let server = try TestServer()
        let client = try server.client()
        try client.send("GET /" + String(repeating: "a", count: 9000) + " HTTP/1.1\r\nHost: t\r\n\r\n")
        let response = try client.readResponse()
        #expect(response.status == 414)
        #expect(client.isClosedByPeer())
    }

    @Test func headerSectionOverLimitIs431() throws {
        let server = try TestServer()
        let client = try server.client()
        let big = (0..<40).map { "X-Filler-\($0): " + String(repeating: "v", count: 1000) + "\r\n" }.joined()
        try client.send("GET /hello HTTP/1.1\r\nHost: t\r\n" + big + "\r\n")
        #expect(try client.readResponse().status == 431)
        #expect(client.isClosedByPeer())
    }

    @Test func tooManyHeaderFieldsIs431() throws {
        let server = try TestServer()
        let client = try server.client()
        let many = (0..<101).map { "X-\($0): 1\r\n" }.joined()
        try client.send("GET /hello HTTP/1.1\r\nHost: t\r\n" + many + "\r\n")
        #expect(try client.readResponse().status == 431)
    }

    @Test func bodyOverLimitIs413WithoutReadingIt() throws {
        let server = try TestServer { $0.parserLimits.maxBodyLength = 1024 }
        let client = try server.client()
        // Only the head is sent: the answer must not wait for the 2 MB body.
        try client.send("POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: 2000000\r\n\r\n")
        let response = try client.readResponse()
        #expect(response.status == 413)
        #expect(client.isClosedByPeer())
    }

    @Test func chunkedBodyOverLimitIs413() throws {
        let server = try TestServer { $0.parserLimits.maxBodyLength = 16 }
        let client = try server.client()
        try client.send("POST /echo HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n20\r\n" + String(repeating: "x", count: 32) + "\r\n0\r\n\r\n")
        #expect(try client.readResponse().status == 413)
    }

    @Test func slowHeadGets408WithinTheTimeoutWhileOthersAreServed() throws {
        let server = try TestServer { $0.headerTimeoutSeconds = 1 }
        let slow = try server.client()
        let start = Date()
        try slow.send("GET /hello HTTP/1.1\r\n")
        // Trickle bytes, as slowloris does; meanwhile a normal client is served.
        for index in 0..<4 {
            try? slow.send("X-\(index): y\r\n")
            let other = try server.client()
            try other.send("GET /hello HTTP/1.1\r\nHost: t\r\n\r\n")
            #expect(try other.readResponse().status == 200)
            usleep(200_000)
        }
        let response = try slow.readResponse()
        let elapsed = Date().timeIntervalSince(start)
        #expect(response.status == 408)
        // Never before the timeout; how late on a loaded machine is not this test's business.
        #expect(elapsed >= 0.9)
        #expect(slow.isClosedByPeer())
    }

    @Test func idleKeepAliveConnectionIsClosedAfterTheTimeout() throws {
        let server = try TestServer { $0.idleTimeoutSeconds = 0.5 }
        let client = try server.client()
        try client.send("GET /hello HTTP/1.1\r\nHost: t\r\n\r\n")
        #expect(try client.readResponse().status == 200)
        #expect(client.isClosedByPeer())
    }

    @Test func connectionsOverTheCapAreRefusedWith503() throws {
        let server = try TestServer { $0.maxConnections = 4 }
        var open: [RawClient] = []
        for _ in 0..<4 {
            let client = try server.client()
            try client.send("GET /hello HTTP/1.1\r\nHost: t\r\n\r\n")
            #expect(try client.readResponse().status == 200)
            open.append(client)
        }
        let extra = try server.client()
        let refused = try extra.readResponse()
        #expect(refused.status == 503)
        #expect(refused.header("Retry-After") != nil)
        open.removeAll()
        // Wait (bounded) until the server has seen the four close, instead of guessing how long that takes.
        for _ in 0..<500 where server.metrics.currentOpenConnections >= 4 { usleep(10_000) }
        let later = try server.client()
        try later.send("GET /hello HTTP/1.1\r\nHost: t\r\n\r\n")
        #expect(try later.readResponse().status == 200)
    }
}
