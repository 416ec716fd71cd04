/// How the request body is delimited (RFC 9112 §6.3).
public enum RequestBodyFraming: Sendable, Equatable {
    /// No Content-Length and no Transfer-Encoding: a request has no body.
    case none
    /// Exactly this many bytes follow the head (already checked against `maxBodyLength`).
    case contentLength(Int)
    /// `Transfer-Encoding: chunked`; decode with `ChunkedBodyDecoder`.
    case chunked
}
