/// The two protocol versions this server speaks (RFC 9112 §2.3).
/// Any other well-formed `HTTP/x.y` is answered with 505 (`HTTPParseError.unsupportedVersion`).
public enum HTTPVersion: Sendable, Equatable {
    case http1_0
    case http1_1

    /// The version as it appears on the wire, e.g. in a status line.
    public var text: String {
        switch self {
        case .http1_0: "HTTP/1.0"
        case .http1_1: "HTTP/1.1"
        }
    }
}
