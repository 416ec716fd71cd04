import Foundation
import Testing

/// Requests the server must refuse, with the status, and whether the connection must
/// close because the stream can no longer be trusted.
struct RejectionCase: CustomTestStringConvertible, Sendable {
    let name: String
    let raw: String
    let status: Int
    let closes: Bool
    var testDescription: String { name }

    static let all: [RejectionCase] = [
        .init(name: "Content-Length with Transfer-Encoding", raw: "POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", status: 400, closes: true),
        .init(name: "differing Content-Length", raw: "POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\nabcd", status: 400, closes: true),
        .init(name: "signed Content-Length", raw: "POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: +3\r\n\r\nabc", status: 400, closes: true),
        .init(name: "non-digit Content-Length", raw: "POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: 3a\r\n\r\nabc", status: 400, closes: true),
        .init(name: "overflowing Content-Length", raw: "POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: 99999999999999999999999\r\n\r\n", status: 400, closes: true),
        .init(name: "transfer coding other than chunked", raw: "POST /echo HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: gzip, chunked\r\n\r\n", status: 400, closes: true),
        .init(name: "malformed chunk size", raw: "POST /echo HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nabc\r\n0\r\n\r\n", status: 400, closes: true),
        .init(name: "chunk data without CRLF", raw: "POST /echo HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabcX\r\n0\r\n\r\n", status: 400, closes: true),
        .init(name: "obs-fold", raw: "GET /hello HTTP/1.1\r\nHost: t\r\nX-A: 1\r\n  folded\r\n\r\n", status: 400, closes: true),
        .init(name: "whitespace before colon", raw: "GET /hello HTTP/1.1\r\nHost : t\r\n\r\n", status: 400, closes: true),
        .init(name: "CR without LF", raw: "GET /hello HTTP/1.1\r\nHost: t\rX: y\r\n\r\n", status: 400, closes: true),
        .init(name: "NUL in a field", raw: "GET /hello HTTP/1.1\r\nHost: t\r\nX: a\u{0}b\r\n\r\n", status: 400, closes: true),
        .init(name: "control character in a field", raw: "GET /hello HTTP/1.1\r\nHost: t\r\nX: a\u{1}b\r\n\r\n", status: 400, closes: true),
        .init(name: "invalid method token", raw: "GE(T /hello HTTP/1.1\r\nHost: t\r\n\r\n", status: 400, closes: true),
        .init(name: "space in target", raw: "GET /he llo HTTP/1.1\r\nHost: t\r\n\r\n", status: 400, closes: true),
        .init(name: "invalid version", raw: "GET /hello HTTX/1.1\r\nHost: t\r\n\r\n", status: 400, closes: true),
        .init(name: "HTTP/2.0 on this port", raw: "GET /hello HTTP/2.0\r\nHost: t\r\n\r\n", status: 505, closes: true),
        .init(name: "missing Host on HTTP/1.1", raw: "GET /hello HTTP/1.1\r\nAccept: */*\r\n\r\n", status: 400, closes: true),
        .init(name: "two Host fields", raw: "GET /hello HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n", status: 400, closes: true),
        .init(name: "unknown method", raw: "BREW /hello HTTP/1.1\r\nHost: t\r\n\r\n", status: 501, closes: true),
        .init(name: "known path, other method", raw: "DELETE /hello HTTP/1.1\r\nHost: t\r\n\r\n", status: 405, closes: false),
        // RFC 9110 §15.5.6 / §15.6.2: methods the server knows are 405 where not allowed, not 501.
        .init(name: "TRACE", raw: "TRACE /hello HTTP/1.1\r\nHost: t\r\n\r\n", status: 405, closes: false),
        .init(name: "CONNECT in origin-form", raw: "CONNECT /hello HTTP/1.1\r\nHost: t\r\n\r\n", status: 405, closes: false),
        .init(name: "QUERY", raw: "QUERY /hello HTTP/1.1\r\nHost: t\r\nContent-Length: 2\r\n\r\n{}", status: 405, closes: false),
        .init(name: "a chunk extension without a name",
              raw: "POST /echo HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n2;\r\nab\r\n0\r\n\r\n", status: 400, closes: true),
        .init(name: "a chunk extension with only a value",
              raw: "POST /echo HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n2;=x\r\nab\r\n0\r\n\r\n", status: 400, closes: true),
        .init(name: "unknown path", raw: "GET /nothing/here HTTP/1.1\r\nHost: t\r\n\r\n", status: 404, closes: false),
    ]
}

@Suite("Server: rejected requests")
struct ServerRejectionTests {
    @Test(arguments: RejectionCase.all)
    func rejected(_ testCase: RejectionCase) throws {
        let server = try TestServer()
        let client = try server.client()
        try client.send(testCase.raw)
        let response = try client.readResponse()
        #expect(response.status == testCase.status)
        #expect(response.header("Content-Type") == "application/problem+json")
        #expect(response.text.contains("\"status\":\(testCase.status)"))
        if testCase.status == 405 { #expect(response.header("Allow") == "GET, HEAD, OPTIONS") }
        if testCase.closes {
            #expect(response.header("Connection") == "close")
            #expect(client.isClosedByPeer())
        } else {
            try client.send("GET /hello HTTP/1.1\r\nHost: t\r\n\r\n")
            #expect(try client.readResponse().status == 200)
        }
    }
}
