import HTTPParser

/// Turns a handler's response into the bytes on the wire: status line, the handler's
/// headers, then `Date`, `Content-Length` and `Connection`, then the body — all in one
/// buffer so that it leaves in one `send`.
struct ResponseEncoder {
    private var dateCache = HTTPDateCache()
    let gzipMinimumBytes: Int

    init(gzipMinimumBytes: Int) { self.gzipMinimumBytes = gzipMinimumBytes }

    /// Headers the server owns; a handler's own copy would duplicate or contradict them.
    private static let serverOwned: [[UInt8]] = ["content-length", "date", "connection", "transfer-encoding", "keep-alive"]
        .map { Array($0.utf8) }

    /// ASCII case-insensitive, without allocating: this runs for every header of every response.
    private static func isServerOwned(_ name: String) -> Bool {
        let utf8 = name.utf8
        return serverOwned.contains { owned in
            owned.count == utf8.count && zip(owned, utf8).allSatisfy { $0 == ($1 | 0x20) }
        }
    }

    struct Context {
        var isHead = false
        var version: HTTPVersion = .http1_1
        var keepAlive = true
        var acceptEncoding: String?
    }

    /// Compresses the body when that is worth it and the client accepts gzip. Separate
    /// from framing so that handler threads do it, not the event loop.
    static func negotiateEncoding(_ response: inout HTTPResponse, acceptEncoding: String?, gzipMinimumBytes: Int) {
        guard HTTPStatus.allowsBody(response.status), response.body.count >= gzipMinimumBytes,
              !response.headers.contains("Content-Encoding"), Gzip.isCompressible(response.headers["Content-Type"])
        else { return }
        response.headers.add(name: "Vary", value: "Accept-Encoding")
        if Gzip.isAccepted(acceptEncoding), let compressed = Gzip.compress(response.body) {
            response.body = compressed
            response.headers.add(name: "Content-Encoding", value: "gzip")
        }
    }

    /// Compresses as negotiated, then appends the encoded response; returns the number of body bytes sent.
    @discardableResult
    mutating func encode(_ response: HTTPResponse, _ context: Context, into out: inout [UInt8]) -> Int {
        var response = response
        Self.negotiateEncoding(&response, acceptEncoding: context.acceptEncoding, gzipMinimumBytes: gzipMinimumBytes)
        return frame(response, context, into: &out)
    }

    /// Appends the response as it is (already negotiated); returns the number of body bytes sent.
    @discardableResult
    mutating func frame(_ response: HTTPResponse, _ context: Context, into out: inout [UInt8]) -> Int {
        let body = response.body
        let headers = response.headers
        let mayHaveBody = HTTPStatus.allowsBody(response.status)

        out.append(contentsOf: Self.statusLine(response.status))
        for (name, value) in headers where !Self.isServerOwned(name) {
            out.append(contentsOf: name.utf8)
            out.append(contentsOf: [UInt8(ascii: ":"), UInt8(ascii: " ")])
            out.append(contentsOf: value.utf8)
            out.append(contentsOf: [13, 10])
        }
        out.append(contentsOf: Self.dateName)
        out.append(contentsOf: dateCache.current())
        out.append(contentsOf: [13, 10])
        if mayHaveBody {
            out.append(contentsOf: Self.contentLengthName)
            out.append(contentsOf: String(body.count).utf8)
            out.append(contentsOf: [13, 10])
        }
        if !context.keepAlive {
            out.append(contentsOf: Self.connectionClose)
        } else if context.version == .http1_0 {
            out.append(contentsOf: Self.connectionKeepAlive)
        }
        out.append(contentsOf: [13, 10])
        if mayHaveBody && !context.isHead {
            out.append(contentsOf: body)
            return body.count
        }
        return 0
    }

    private static let dateName = Array("Date: ".utf8)
    private static let contentLengthName = Array("Content-Length: ".utf8)
    private static let connectionClose = Array("Connection: close\r\n".utf8)
    private static let connectionKeepAlive = Array("Connection: keep-alive\r\n".utf8)
    static let continueLine = Array("HTTP/1.1 100 Continue\r\n\r\n".utf8)

    private static let commonStatusLines: [Int: [UInt8]] = {
        var lines: [Int: [UInt8]] = [:]
        for code in [200, 201, 204, 304, 400, 401, 403, 404, 405, 409, 412, 413, 422, 428, 429, 500, 503] {
            lines[code] = Array("HTTP/1.1 \(code) \(HTTPStatus.reasonPhrase(code))\r\n".utf8)
        }
        return lines
    }()

    static func statusLine(_ code: Int) -> [UInt8] {
        commonStatusLines[code] ?? Array("HTTP/1.1 \(code) \(HTTPStatus.reasonPhrase(code))\r\n".utf8)
    }
}
