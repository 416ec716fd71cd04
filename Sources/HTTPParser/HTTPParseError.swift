/// Why a request head or chunked body was rejected. Every case maps to one response status;
/// after any of them the connection must be closed, since the framing can no longer be trusted.
public enum HTTPParseError: Error, Sendable, Equatable {
    /// 400. The associated text is a short fixed phrase, safe to show to the client.
    case malformed(String)
    /// 414
    case requestLineTooLong
    /// 431
    case headerSectionTooLarge
    /// 431
    case tooManyHeaders
    /// 413
    case bodyTooLarge
    /// 505: a well-formed `HTTP/x.y` other than 1.0 or 1.1.
    case unsupportedVersion
    /// 417: an `Expect` value other than `100-continue` (RFC 9110 §10.1.1).
    case expectationFailed

    /// The HTTP status code to answer with.
    public var status: Int {
        switch self {
        case .malformed: 400
        case .requestLineTooLong: 414
        case .headerSectionTooLarge, .tooManyHeaders: 431
        case .bodyTooLarge: 413
        case .unsupportedVersion: 505
        case .expectationFailed: 417
        }
    }

    /// Human-readable explanation, suitable for a problem+json `detail`.
    public var reason: String {
        switch self {
        case .malformed(let why): "Malformed request: \(why)."
        case .requestLineTooLong: "The request line is too long."
        case .headerSectionTooLarge: "The header section is too large."
        case .tooManyHeaders: "The request has too many header fields."
        case .bodyTooLarge: "The request body is too large."
        case .unsupportedVersion: "Only HTTP/1.0 and HTTP/1.1 are supported."
        case .expectationFailed: "Only the 100-continue expectation is supported."
        }
    }
}
