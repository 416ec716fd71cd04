import HTTPParser

/// Turns a handler's response into the bytes on the wire: status line, the handler's
/// headers, then `Date`, `Content-Length` and `Connection`, then the body — all in one
/// buffer so that it leaves in one `send`.
struct ResponseEncoder {
    private var dateCache = HTTPDateCache()
    let gzipMinimumBytes: Int
    /// This encoder's own copies (see `append`), made once per loop.
    private let statusLines: [Int: [UInt8]]

    init(gzipMinimumBytes: Int) {
        self.gzipMinimumBytes = gzipMinimumBytes
        statusLines = Dictionary(uniqueKeysWithValues: Self.commonStatusCodes.map { ($0, Self.statusLineBytes($0)) })
    }

    /// Headers the server owns; a handler's own copy would duplicate or contradict them.
    /// ASCII case-insensitive, without allocating: this runs for every header of every response.
    private static func isServerOwned(_ name: String) -> Bool {
        switch name.utf8.count {
        case 4: equalsLowercase(name, "date")
        case 10: equalsLowercase(name, "connection") || equalsLowercase(name, "keep-alive")
        case 14: equalsLowercase(name, "content-length")
        case 17: equalsLowercase(name, "transfer-encoding")
        default: false
        }
    }

    /// `lowercase` is lowercase ASCII letters and '-', so OR-ing 0x20 folds only the case.
    private static func equalsLowercase(_ name: String, _ lowercase: StaticString) -> Bool {
        let owned = UnsafeBufferPointer(start: lowercase.utf8Start, count: lowercase.utf8CodeUnitCount)
        return name.utf8.count == owned.count && zip(owned, name.utf8).allSatisfy { $0 == ($1 | 0x20) }
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
        else {
            response.sharedGzip?.decline()
            return
        }
        response.headers.vary(on: "Accept-Encoding")
        guard Gzip.isAccepted(acceptEncoding) else { return }
        let compressed = if let shared = response.sharedGzip { shared.compressed(response.body) } else { Gzip.compress(response.body) }
        if let compressed {
            response.body = compressed
            response.sharedGzip = nil
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
        let mayHaveBody = HTTPStatus.allowsBody(response.status)
        out.reserveCapacity(out.count + 160 + response.body.count)
        appendStatusLine(response.status, into: &out)
        for (name, value) in response.headers where !Self.isServerOwned(name) {
            out.append(contentsOf: name.utf8)
            out.append(UInt8(ascii: ":"))
            out.append(UInt8(ascii: " "))
            out.append(contentsOf: value.utf8)
            Self.appendLineEnd(&out)
        }
        Self.append("Date: ", into: &out)
        out.append(contentsOf: dateCache.current())
        Self.appendLineEnd(&out)
        if mayHaveBody {
            Self.append("Content-Length: ", into: &out)
            Self.appendDecimal(response.body.count, into: &out)
            Self.appendLineEnd(&out)
        }
        if !context.keepAlive {
            Self.append("Connection: close\r\n", into: &out)
        } else if context.version == .http1_0 {
            Self.append("Connection: keep-alive\r\n", into: &out)
        }
        Self.appendLineEnd(&out)
        if mayHaveBody && !context.isHead {
            out.append(contentsOf: response.body)
            return response.body.count
        }
        return 0
    }

    // The fixed pieces are static strings and the status lines belong to this encoder (one
    // per event loop): shared arrays would have their reference counts bumped by every
    // loop on every response, a cache line bouncing between cores (seen in profiles).

    private static func append(_ text: StaticString, into out: inout [UInt8]) {
        out.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    private static func appendLineEnd(_ out: inout [UInt8]) {
        out.append(13)
        out.append(10)
    }

    /// A non-negative count in decimal, without making a String.
    static func appendDecimal(_ value: Int, into out: inout [UInt8]) {
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes: Int.max has 19 digits
        var remaining = value.magnitude
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                count += 1
                buffer[buffer.count - count] = UInt8(ascii: "0") + UInt8(remaining % 10)
                remaining /= 10
            } while remaining > 0
            out.append(contentsOf: UnsafeRawBufferPointer(rebasing: buffer[(buffer.count - count)...]))
        }
    }

    static let continueLine = Array("HTTP/1.1 100 Continue\r\n\r\n".utf8)

    private static let commonStatusCodes = [200, 201, 204, 304, 400, 401, 403, 404, 405, 409, 412, 413, 422, 428, 429, 500, 503]

    private static func statusLineBytes(_ code: Int) -> [UInt8] {
        Array("HTTP/1.1 \(code) \(HTTPStatus.reasonPhrase(code))\r\n".utf8)
    }

    private func appendStatusLine(_ code: Int, into out: inout [UInt8]) {
        if let line = statusLines[code] {
            out.append(contentsOf: line)
        } else {
            out.append(contentsOf: Self.statusLineBytes(code))
        }
    }
}
