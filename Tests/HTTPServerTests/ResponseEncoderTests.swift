import HTTPParser
import Testing
@testable import HTTPServer

/// The bytes a response becomes, built from static pieces and this encoder's own status
/// lines: checked whole, since a client parses every one of them.
@Suite("Response encoder")
struct ResponseEncoderTests {
    func encode(_ response: HTTPResponse, keepAlive: Bool = true, version: HTTPVersion = .http1_1,
                isHead: Bool = false) -> String {
        var encoder = ResponseEncoder(gzipMinimumBytes: 1 << 30)
        var context = ResponseEncoder.Context()
        context.keepAlive = keepAlive
        context.version = version
        context.isHead = isHead
        var out: [UInt8] = []
        encoder.frame(response, context, into: &out)
        let text = String(decoding: out, as: UTF8.self)
        // The Date changes every second: replace it, after checking its shape.
        guard let line = text.split(separator: "\r\n").first(where: { $0.hasPrefix("Date: ") }) else { return text }
        #expect(line.hasSuffix(" GMT") && line.count == "Date: Wed, 02 Dec 2026 07:45:48 GMT".count)
        return text.replacingOccurrences(of: String(line), with: "Date: D")
    }

    @Test func handlerHeadersComeFirstAndTheServersOwnCopiesAreDropped() {
        let response = HTTPResponse(status: 200, headers: [
            "Content-Type": "text/plain", "content-length": "99", "DATE": "yesterday", "Connection": "close",
            "Transfer-Encoding": "chunked", "Keep-Alive": "timeout=5", "X-Request-Id": "abc",
        ], body: Array("hello".utf8))
        #expect(encode(response) == "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nX-Request-Id: abc\r\nDate: D\r\n"
                + "Content-Length: 5\r\n\r\nhello")
    }

    @Test func contentLengthIsWrittenInDecimal() {
        for size in [0, 1, 9, 10, 99, 100, 12_345, 1_048_576] {
            let text = encode(HTTPResponse(status: 200, body: [UInt8](repeating: 0x61, count: size)))
            #expect(text.contains("\r\nContent-Length: \(size)\r\n\r\n"), "\(size)")
            #expect(text.hasSuffix("\r\n\r\n" + String(repeating: "a", count: size)), "\(size)")
        }
        var out: [UInt8] = []
        ResponseEncoder.appendDecimal(Int.max, into: &out)
        #expect(String(decoding: out, as: UTF8.self) == String(Int.max))
    }

    @Test func statusLinesForCommonAndRareCodes() {
        #expect(encode(HTTPResponse(status: 404)).hasPrefix("HTTP/1.1 404 Not Found\r\n"))
        #expect(encode(HTTPResponse(status: 503)).hasPrefix("HTTP/1.1 503 Service Unavailable\r\n"))
        #expect(encode(HTTPResponse(status: 507)).hasPrefix("HTTP/1.1 507 Insufficient Storage\r\n"))
        #expect(encode(HTTPResponse(status: 299)).hasPrefix("HTTP/1.1 299 Status 299\r\n"))
    }

    @Test func connectionHeaderFollowsTheDecision() {
        #expect(encode(HTTPResponse(status: 200), keepAlive: false) == "HTTP/1.1 200 OK\r\nDate: D\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
        #expect(encode(HTTPResponse(status: 200), version: .http1_0) == "HTTP/1.1 200 OK\r\nDate: D\r\nContent-Length: 0\r\nConnection: keep-alive\r\n\r\n")
    }

    @Test func headAndBodilessStatusesSendNoContent() {
        #expect(encode(HTTPResponse(status: 200, body: Array("hello".utf8)), isHead: true)
                == "HTTP/1.1 200 OK\r\nDate: D\r\nContent-Length: 5\r\n\r\n")
        #expect(encode(HTTPResponse(status: 204, body: Array("x".utf8))) == "HTTP/1.1 204 No Content\r\nDate: D\r\n\r\n")
        #expect(encode(HTTPResponse(status: 304)) == "HTTP/1.1 304 Not Modified\r\nDate: D\r\n\r\n")
    }

    @Test func responsesAppendAfterWhatIsPending() {
        var encoder = ResponseEncoder(gzipMinimumBytes: 1 << 30)
        var out = Array("pending".utf8)
        encoder.frame(HTTPResponse(status: 200, body: Array("a".utf8)), .init(), into: &out)
        encoder.frame(HTTPResponse(status: 201, body: Array("b".utf8)), .init(), into: &out)
        let text = String(decoding: out, as: UTF8.self)
        #expect(text.hasPrefix("pendingHTTP/1.1 200 OK\r\n"))
        #expect(text.contains("\r\n\r\naHTTP/1.1 201 Created\r\n"))
        #expect(text.hasSuffix("\r\n\r\nb"))
    }
}
