import HTTPParser
import JSON

/// The stable codes of the problems this layer answers by itself (a malformed request,
/// a timeout, a full queue, no route). Their English `detail` is for the log; the
/// application words them for people through `ServerConfiguration.problemWording`, so
/// that this layer knows nothing of the application's language.
public enum ServerProblemCode: String, Sendable, CaseIterable {
    case badRequest = "http.bad_request"
    case notFound = "http.not_found"
    case methodNotAllowed = "http.method_not_allowed"
    case timeout = "http.timeout"
    case expectationFailed = "http.expectation_failed"
    case tooLarge = "http.too_large"
    case targetTooLong = "http.target_too_long"
    case tooManyRequests = "http.too_many_requests"
    case headersTooLarge = "http.headers_too_large"
    case internalError = "http.internal_error"
    case notImplemented = "http.not_implemented"
    case busy = "http.busy"
    case versionNotSupported = "http.version_not_supported"

    /// The code of a status this layer answers; 400 for any other client error, 500 else.
    public init(status: Int) {
        switch status {
        case 404: self = .notFound
        case 405: self = .methodNotAllowed
        case 408: self = .timeout
        case 413: self = .tooLarge
        case 414: self = .targetTooLong
        case 417: self = .expectationFailed
        case 429: self = .tooManyRequests
        case 431: self = .headersTooLarge
        case 501: self = .notImplemented
        case 503: self = .busy
        case 505: self = .versionNotSupported
        case 400..<500: self = .badRequest
        default: self = .internalError
        }
    }
}

extension Problem {
    /// One of this layer's own problems: its code by status, the English reason as
    /// `detail` (and in `params`) until the application words it.
    public static func server(status: Int, reason: String, headers: HTTPHeaders = [:]) -> Problem {
        var params = JSONObject()
        params["reason"] = .string(reason)
        return Problem(status: status, detail: reason, code: ServerProblemCode(status: status).rawValue, params: params,
                       headers: headers)
    }
}

/// How the application words a problem for people (identity by default).
public typealias ProblemWording = @Sendable (Problem) -> Problem
