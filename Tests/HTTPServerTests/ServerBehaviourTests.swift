import Foundation
import TestSupport
import Testing

@Suite("Server: RFC 9112 behaviour over a real socket")
struct ServerBehaviourTests {
    @Test func keepAliveServesSeveralRequestsOnOneConnection() throws {
        let server = try TestServer()
        let client = try server.client()
        for _ in 0..<3 {
            try client.send("GET /hello HTTP/1.1\r\nHost: t\r\n\r\n")
            let response = try client.readResponse()
            #expect(response.status == 200)
            #expect(response.text == "hello")
            #expect(response.header("Connection") == nil)
        }
    }

    @Test func everyResponseCarriesDateAndContentLength() throws {
        let server = try TestServer()
        let client = try server.client()
        for path in ["/hello", "/nowhere", "/items/7"] {
            try client.send("GET \(path) HTTP/1.1\r\nHost: t\r\n\r\n")
            let response = try client.readResponse()
            let date = try #require(response.header("Date"))
            #expect(date.hasSuffix(" GMT"))
            #expect(Int(response.header("Content-Length") ?? "") == response.body.count)
        }
    }

    @Test func pipelinedRequestsAreAnsweredInOrder() throws {
        let server = try TestServer()
        let client = try server.client()
        try client.send("GET /items/1 HTTP/1.1\r\nHost: t\r\n\r\nGET /slow?ms=50 HTTP/1.1\r\nHost: t\r\n\r\n"
                        + "POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: 3\r\n\r\nabcGET /items/4 HTTP/1.1\r\nHost: t\r\n\r\n")
        #expect(try client.readResponse().text == #"{"id":"1"}"#)
        #expect(try client.readResponse().text == "slow done")
        #expect(try client.readResponse().text == "abc")
        #expect(try client.readResponse().text == #"{"id":"4"}"#)
    }

    @Test func http10ClosesUnlessKeepAliveIsAsked() throws {
        let server = try TestServer()
        let plain = try server.client()
        try plain.send("GET /hello HTTP/1.0\r\n\r\n")
        let first = try plain.readResponse()
        #expect(first.status == 200)
        #expect(first.header("Connection") == "close")
        #expect(plain.isClosedByPeer())

        let keepAlive = try server.client()
        try keepAlive.send("GET /hello HTTP/1.0\r\nConnection: keep-alive\r\n\r\n")
        #expect(try keepAlive.readResponse().header("Connection") == "keep-alive")
        try keepAlive.send("GET /hello HTTP/1.0\r\nConnection: keep-alive\r\n\r\n")
        #expect(try keepAlive.readResponse().status == 200)
    }

    @Test func connectionCloseIsHonoured() throws {
        let server = try TestServer()
        let client = try server.client()
        try client.send("GET /hello HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n")
        #expect(try client.readResponse().header("Connection") == "close")
        #expect(client.isClosedByPeer())
    }

    @Test func contentLengthAndChunkedBodiesArrive() throws {
        let server = try TestServer()
        let client = try server.client()
        try client.send("POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: 11\r\n\r\nhello world")
        #expect(try client.readResponse().text == "hello world")
        try client.send("POST /echo HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n6;ext=1\r\n world\r\n0\r\nTrailer: x\r\n\r\n")
        #expect(try client.readResponse().text == "hello world")
    }

    @Test func bodyArrivingInPiecesIsAssembled() throws {
        let server = try TestServer()
        let client = try server.client()
        try client.send("POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: 10\r\n\r\n01234")
        usleep(50_000)
        try client.send("56789")
        #expect(try client.readResponse().text == "0123456789")
    }

    @Test func expectContinueGetsAnInterimResponseBeforeTheBody() throws {
        let server = try TestServer()
        let client = try server.client()
        try client.send("POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: 4\r\nExpect: 100-continue\r\n\r\n")
        let interim = try client.readResponse()
        #expect(interim.status == 100)
        try client.send("data")
        let final = try client.readResponse()
        #expect(final.status == 200)
        #expect(final.text == "data")
    }

    @Test func expectContinueWithTooLargeBodyGets413WithoutContinue() throws {
        let server = try TestServer { $0.parserLimits.maxBodyLength = 1000 }
        let client = try server.client()
        try client.send("POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: 5000\r\nExpect: 100-continue\r\n\r\n")
        let response = try client.readResponse()
        #expect(response.status == 413)
        #expect(response.header("Content-Type") == "application/problem+json")
        #expect(client.isClosedByPeer())
    }

    @Test func headHasTheLengthButNoBody() throws {
        let server = try TestServer()
        let client = try server.client()
        try client.send("HEAD /hello HTTP/1.1\r\nHost: t\r\n\r\n")
        let response = try client.readResponse(headRequest: true)
        #expect(response.status == 200)
        #expect(response.header("Content-Length") == "5")
        // The next response follows at once: HEAD sent no body bytes.
        try client.send("GET /items/2 HTTP/1.1\r\nHost: t\r\n\r\n")
        #expect(try client.readResponse().text == #"{"id":"2"}"#)
    }

    @Test func optionsListsAllowedMethods() throws {
        let server = try TestServer()
        let client = try server.client()
        try client.send("OPTIONS /echo HTTP/1.1\r\nHost: t\r\n\r\n")
        let response = try client.readResponse()
        #expect(response.status == 204)
        #expect(response.header("Allow") == "POST, OPTIONS")
    }

    @Test func corsAnswersPreflightAndTagsResponsesForAllowedOriginsOnly() throws {
        let server = try TestServer()
        let client = try server.client()
        try client.send("OPTIONS /echo HTTP/1.1\r\nHost: t\r\nOrigin: https://dash.example\r\nAccess-Control-Request-Method: POST\r\n\r\n")
        let preflight = try client.readResponse()
        #expect(preflight.status == 204)
        #expect(preflight.header("Access-Control-Allow-Origin") == "https://dash.example")
        #expect(preflight.header("Access-Control-Allow-Methods")?.contains("POST") == true)

        try client.send("GET /hello HTTP/1.1\r\nHost: t\r\nOrigin: https://dash.example\r\n\r\n")
        let simple = try client.readResponse()
        #expect(simple.header("Access-Control-Allow-Origin") == "https://dash.example")
        #expect(simple.header("Vary")?.contains("Origin") == true)
        // A dashboard pages with Link and names downloads from Content-Disposition.
        let exposed = simple.header("Access-Control-Expose-Headers") ?? ""
        #expect(["ETag", "Link", "Content-Disposition"].allSatisfy(exposed.contains), "\(exposed)")

        // Another origin, or none: no grant, but the answer still varies on Origin for caches.
        try client.send("GET /hello HTTP/1.1\r\nHost: t\r\nOrigin: https://evil.example\r\n\r\n")
        let refused = try client.readResponse()
        #expect(refused.header("Access-Control-Allow-Origin") == nil)
        #expect(refused.header("Vary")?.contains("Origin") == true)
        try client.send("GET /hello HTTP/1.1\r\nHost: t\r\n\r\n")
        #expect(try client.readResponse().header("Vary")?.contains("Origin") == true)
    }

    @Test func requestIdIsEchoedOrGenerated() throws {
        let server = try TestServer()
        let client = try server.client()
        try client.send("GET /hello HTTP/1.1\r\nHost: t\r\nX-Request-Id: abc-123\r\n\r\n")
        #expect(try client.readResponse().header("X-Request-Id") == "abc-123")
        try client.send("GET /hello HTTP/1.1\r\nHost: t\r\n\r\n")
        let first = try #require(try client.readResponse().header("X-Request-Id"))
        try client.send("GET /hello HTTP/1.1\r\nHost: t\r\nX-Request-Id: \u{7F}bad\r\n\r\n")
        let second = try #require(try client.readResponse().header("X-Request-Id"))
        #expect(!first.isEmpty && first != second && second != "\u{7F}bad")
    }

    @Test func largeResponsesAreGzippedWhenAccepted() throws {
        let server = try TestServer()
        let client = try server.client()
        try client.send("GET /large?size=5000 HTTP/1.1\r\nHost: t\r\nAccept-Encoding: gzip, deflate\r\n\r\n")
        let compressed = try client.readResponse()
        #expect(compressed.header("Content-Encoding") == "gzip")
        #expect(compressed.header("Vary")?.contains("Accept-Encoding") == true)
        #expect(compressed.body.count < 1000)
        let plain = try gunzip(compressed.body)
        #expect(plain == Array(String(repeating: "catalogus ", count: 500).utf8))

        try client.send("GET /large?size=5000 HTTP/1.1\r\nHost: t\r\nAccept-Encoding: gzip;q=0\r\n\r\n")
        let refused = try client.readResponse()
        #expect(refused.header("Content-Encoding") == nil)
        #expect(refused.body.count == 5000)

        try client.send("GET /hello HTTP/1.1\r\nHost: t\r\nAccept-Encoding: gzip\r\n\r\n")
        #expect(try client.readResponse().header("Content-Encoding") == nil)  // under 1 KiB
    }

    @Test func handlerFailureIs500WithoutInternals() throws {
        let server = try TestServer()
        let client = try server.client()
        try client.send("GET /fail HTTP/1.1\r\nHost: t\r\n\r\n")
        let response = try client.readResponse()
        #expect(response.status == 500)
        #expect(response.header("Content-Type") == "application/problem+json")
        #expect(!response.text.contains("SELECT") && !response.text.contains("/home") && !response.text.contains(".swift"))
    }

    @Test func pathParametersArePercentDecoded() throws {
        let server = try TestServer()
        let client = try server.client()
        try client.send("GET /items/caf%C3%A9%20x HTTP/1.1\r\nHost: t\r\n\r\n")
        #expect(try client.readResponse().text == #"{"id":"café x"}"#)
    }

    @Test func metricsCountRequestsByRouteAndStatus() throws {
        let server = try TestServer()
        let client = try server.client()
        for id in 1...3 {
            try client.send("GET /items/\(id) HTTP/1.1\r\nHost: t\r\n\r\n")
            _ = try client.readResponse()
        }
        let text = server.metrics.render()
        #expect(text.contains(#"http_requests_total{method="GET",route="/items/{id}",status="200"} 3"#))
        #expect(text.contains(#"http_request_duration_seconds_count{method="GET",route="/items/{id}"} 3"#))
        #expect(text.contains("http_open_connections 1"))
    }
}


@Suite("Server: request targets and back-pressure")
struct ServerTargetTests {
    @Test func absoluteFormTargetIsServedAsOriginForm() throws {
        let server = try TestServer()
        let client = try server.client()
        try client.send("GET http://example.org/items/9?x=1 HTTP/1.1\r\nHost: example.org\r\n\r\n")
        #expect(try client.readResponse().text == #"{"id":"9"}"#)
    }

    @Test func optionsAsteriskDescribesTheServer() throws {
        let server = try TestServer()
        let client = try server.client()
        try client.send("OPTIONS * HTTP/1.1\r\nHost: t\r\n\r\n")
        let response = try client.readResponse()
        #expect(response.status == 204)
        #expect(response.header("Allow")?.contains("GET") == true)
    }

    @Test func aClientThatDoesNotReadIsThrottledAndStillGetsEveryResponseInOrder() throws {
        let server = try TestServer { $0.maxPendingOutputBytes = 256 * 1024 }
        let client = try server.client(timeoutSeconds: 10)
        // 200 pipelined requests for 100 KB each: 20 MB the server must not buffer at once.
        let requests = (0..<200).map { _ in "GET /large?size=100000 HTTP/1.1\r\nHost: t\r\n\r\n" }.joined()
        try client.send(requests + "GET /items/last HTTP/1.1\r\nHost: t\r\n\r\n")
        for _ in 0..<200 { #expect(try client.readResponse().body.count == 100_000) }
        #expect(try client.readResponse().text == #"{"id":"last"}"#)
    }
}
