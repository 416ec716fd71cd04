import HTTPParser
import JSON

/// A response as handlers build it. The server adds `Date`, `Content-Length` and
/// `Connection`, strips the body of a HEAD response and compresses when asked.
public struct HTTPResponse: Sendable {
    public var status: Int
    public var headers: HTTPHeaders
    public var body: [UInt8]
    /// The body's gzip form when it is shared with other responses (cached representations);
    /// nil: compressed for this response alone, if at all.
    public var sharedGzip: SharedGzipBody?

    public init(status: Int = 200, headers: HTTPHeaders = [:], body: [UInt8] = []) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    public static let jsonContentType = "application/json; charset=utf-8"
    public static let problemContentType = "application/problem+json"

    public static func json(_ value: JSONValue, status: Int = 200) -> HTTPResponse {
        json(bytes: value.serialized, status: status)
    }

    public static func json(bytes: [UInt8], status: Int = 200) -> HTTPResponse {
        HTTPResponse(status: status, headers: ["Content-Type": jsonContentType], body: bytes)
    }

    public static func text(_ text: String, status: Int = 200, contentType: String = "text/plain; charset=utf-8") -> HTTPResponse {
        HTTPResponse(status: status, headers: ["Content-Type": contentType], body: Array(text.utf8))
    }

    public static func noContent(headers: HTTPHeaders = [:]) -> HTTPResponse {
        HTTPResponse(status: 204, headers: headers)
    }
}
