@testable import HTTPServer
import HTTPParser
import Testing
import TestSupport

/// A body's gzip form shared by the responses that carry it: compressed once, the same
/// bytes for every gzip client, and "ready" (nothing left to compress) once settled.
@Suite struct SharedGzipBodyTests {
    static func response(_ body: [UInt8], _ shared: SharedGzipBody) -> HTTPResponse {
        var response = HTTPResponse(status: 200, headers: ["Content-Type": "application/json"], body: body)
        response.sharedGzip = shared
        return response
    }

    @Test func theFirstGzipClientMakesTheFormEveryLaterOneGets() throws {
        let body = Array(String(repeating: #"{"name":"Taalcafé"},"#, count: 200).utf8)
        let shared = SharedGzipBody()
        #expect(shared.isReady(for: nil) && !shared.isReady(for: "gzip"))
        var first = Self.response(body, shared)
        ResponseEncoder.negotiateEncoding(&first, acceptEncoding: "gzip", gzipMinimumBytes: 1024)
        #expect(first.headers["Content-Encoding"] == "gzip" && first.sharedGzip == nil)
        #expect(try gunzip(first.body) == body)
        #expect(shared.isReady(for: "gzip"))
        var second = Self.response(body, shared)
        ResponseEncoder.negotiateEncoding(&second, acceptEncoding: "gzip, br", gzipMinimumBytes: 1024)
        #expect(second.body == first.body)
        var identity = Self.response(body, shared)
        ResponseEncoder.negotiateEncoding(&identity, acceptEncoding: nil, gzipMinimumBytes: 1024)
        #expect(identity.body == body && identity.headers["Vary"] == "Accept-Encoding" && identity.headers["Content-Encoding"] == nil)
    }

    @Test func aBodyTooSmallToCompressIsReadyOnceSeen() {
        let shared = SharedGzipBody()
        var small = Self.response(Array(#"{"id":1}"#.utf8), shared)
        ResponseEncoder.negotiateEncoding(&small, acceptEncoding: "gzip", gzipMinimumBytes: 1024)
        #expect(small.headers["Content-Encoding"] == nil && small.body == Array(#"{"id":1}"#.utf8))
        #expect(shared.isReady(for: "gzip"))
    }
}
