/// A parsed, validated request line and field section.
public struct HTTPRequestHead: Sendable, Equatable {
    /// The method token exactly as sent; methods are case-sensitive (RFC 9110 §9.1).
    public var method: String
    /// The request-target as sent: origin-form (`/a?b`), `*` (OPTIONS only) or absolute-form.
    public var target: String
    public var version: HTTPVersion
    public var headers: HTTPHeaders
    public var framing: RequestBodyFraming
    /// Whether the connection may be reused after the response (RFC 9112 §9.3).
    public var keepAlive: Bool
    /// The client sent `Expect: 100-continue` on HTTP/1.1 and waits for a 100 before the body.
    public var expectsContinue: Bool

    public init(
        method: String,
        target: String,
        version: HTTPVersion,
        headers: HTTPHeaders,
        framing: RequestBodyFraming,
        keepAlive: Bool,
        expectsContinue: Bool
    ) {
        self.method = method
        self.target = target
        self.version = version
        self.headers = headers
        self.framing = framing
        self.keepAlive = keepAlive
        self.expectsContinue = expectsContinue
    }
}
