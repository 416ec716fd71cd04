/// What the parser learns from the fields that govern message framing and the connection,
/// checked field by field as they arrive so that a bad one fails the request early.
struct RequestFieldSummary: Sendable {
    private(set) var hostCount = 0
    private(set) var contentLength: Int?
    private(set) var isChunked = false
    private(set) var connectionClose = false
    private(set) var connectionKeepAlive = false
    private(set) var expectsContinue = false

    /// More digits than this could overflow `Int`; no real body is that large anyway.
    static let maxContentLengthDigits = 18

    mutating func record(
        _ bytes: UnsafeBufferPointer<UInt8>, name: Range<Int>, value: Range<Int>,
        version: HTTPVersion, limits: HTTPParserLimits
    ) throws(HTTPParseError) {
        // Dispatch on length first: most fields are none of these and cost one compare.
        switch name.count {
        case 4 where bytes.slice(name, equalsLowercase: "host"):
            // RFC 9112 §3.2: 400 for a missing (checked at the end) or repeated Host.
            hostCount += 1
            if hostCount > 1 { throw .malformed("multiple Host fields") }
        case 6 where bytes.slice(name, equalsLowercase: "expect"):
            try recordExpect(bytes, value, version: version)
        case 10 where bytes.slice(name, equalsLowercase: "connection"):
            recordConnection(bytes, value)
        case 14 where bytes.slice(name, equalsLowercase: "content-length"):
            try recordContentLength(bytes, value, limits: limits)
        case 17 where bytes.slice(name, equalsLowercase: "transfer-encoding"):
            try recordTransferEncoding(bytes, value, version: version)
        default:
            break
        }
    }

    /// RFC 9112 §6.3: a second Content-Length, a list, or anything but digits would let
    /// two parsers disagree about where the body ends, so all are rejected (not merged).
    private mutating func recordContentLength(
        _ bytes: UnsafeBufferPointer<UInt8>, _ value: Range<Int>, limits: HTTPParserLimits
    ) throws(HTTPParseError) {
        if contentLength != nil { throw .malformed("multiple Content-Length fields") }
        if isChunked { throw .malformed("both Content-Length and Transfer-Encoding") }
        guard !value.isEmpty, value.allSatisfy({ ASCII.isDigit(bytes[$0]) }) else {
            throw .malformed("invalid Content-Length")
        }
        guard value.count <= Self.maxContentLengthDigits else { throw .malformed("Content-Length is too large") }
        var length = 0
        for index in value {
            length = length * 10 + Int(bytes[index] &- 0x30)
        }
        if length > limits.maxBodyLength { throw .bodyTooLarge }
        contentLength = length
    }

    /// RFC 9112 §6.1: only `chunked` alone is supported; other codings (or chunked applied
    /// twice, or after another coding) are rejected, as is Transfer-Encoding in HTTP/1.0.
    private mutating func recordTransferEncoding(
        _ bytes: UnsafeBufferPointer<UInt8>, _ value: Range<Int>, version: HTTPVersion
    ) throws(HTTPParseError) {
        if version == .http1_0 { throw .malformed("Transfer-Encoding is not allowed in HTTP/1.0") }
        if contentLength != nil { throw .malformed("both Content-Length and Transfer-Encoding") }
        if isChunked { throw .malformed("multiple Transfer-Encoding fields") }
        guard bytes.slice(value, equalsLowercase: "chunked") else {
            throw .malformed("unsupported Transfer-Encoding")
        }
        isChunked = true
    }

    /// Connection = #connection-option (RFC 9110 §7.6.1); only close and keep-alive matter here.
    private mutating func recordConnection(_ bytes: UnsafeBufferPointer<UInt8>, _ value: Range<Int>) {
        var close = false, keepAlive = false
        Self.forEachListElement(bytes, value) { element in
            if bytes.slice(element, equalsLowercase: "close") {
                close = true
            } else if bytes.slice(element, equalsLowercase: "keep-alive") {
                keepAlive = true
            }
        }
        connectionClose = connectionClose || close
        connectionKeepAlive = connectionKeepAlive || keepAlive
    }

    /// RFC 9110 §10.1.1: 100-continue is the only expectation; a server MAY answer others
    /// with 417. An HTTP/1.0 client cannot wait for a 100, so its 100-continue is ignored.
    private mutating func recordExpect(
        _ bytes: UnsafeBufferPointer<UInt8>, _ value: Range<Int>, version: HTTPVersion
    ) throws(HTTPParseError) {
        guard bytes.slice(value, equalsLowercase: "100-continue") else { throw .expectationFailed }
        expectsContinue = version == .http1_1
    }

    /// Calls `body` with each non-empty element of a comma-separated list, OWS trimmed.
    private static func forEachListElement(
        _ bytes: UnsafeBufferPointer<UInt8>, _ value: Range<Int>, _ body: (Range<Int>) -> Void
    ) {
        var start = value.lowerBound
        while start <= value.upperBound {
            var end = start
            while end < value.upperBound, bytes[end] != ASCII.comma { end += 1 }
            var lower = start, upper = end
            while lower < upper, ASCII.isWhitespace(bytes[lower]) { lower += 1 }
            while upper > lower, ASCII.isWhitespace(bytes[upper - 1]) { upper -= 1 }
            if lower < upper { body(lower..<upper) }
            start = end + 1
        }
    }

    /// Body framing once all fields are in (RFC 9112 §6.3).
    var framing: RequestBodyFraming {
        if isChunked { return .chunked }
        if let contentLength { return .contentLength(contentLength) }
        return .none
    }

    /// RFC 9112 §9.3: HTTP/1.1 persists unless "close"; HTTP/1.0 only with "keep-alive".
    func keepAlive(for version: HTTPVersion) -> Bool {
        if connectionClose { return false }
        return version == .http1_1 || connectionKeepAlive
    }
}
