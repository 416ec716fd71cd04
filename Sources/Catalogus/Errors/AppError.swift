import HTTPServer
import JSON

/// The application's typed errors. `ErrorMapping` turns them (and database errors)
/// into HTTP problems in one place.
public enum AppError: Error, Sendable {
    case unauthorized(String)
    case forbidden(String)
    case notFound(String)
    case conflict(String)
    case malformed(String)
    case unsupportedMediaType(String)
    case validation([Problem.FieldError])
    /// 422 for a rule of the domain rather than a field (e.g. over budget), with extra members.
    case unprocessable(String, extensions: JSONObject)
    case preconditionRequired(String)
    case preconditionFailed(String)
    case tooManyRequests(retryAfterSeconds: Int, detail: String? = nil)
    /// 410: something that existed once and will not again (a used or expired one-time link).
    case gone(String)
    case unavailable(String, retryAfterSeconds: Int)
}

/// Each case's status, detail and headers: the whole vocabulary of the application's
/// errors, rendered as RFC 9457 problem details.
extension AppError: HTTPResponseConvertible {
    public var problem: Problem {
        switch self {
        case .unauthorized(let detail):
            return Problem(status: 401, detail: detail, headers: ["WWW-Authenticate": "Bearer realm=\"catalogus\""])
        case .forbidden(let detail): return Problem(status: 403, detail: detail)
        case .notFound(let detail): return Problem(status: 404, detail: detail)
        case .conflict(let detail): return Problem(status: 409, detail: detail)
        case .malformed(let detail): return Problem(status: 400, detail: detail)
        case .unsupportedMediaType(let detail): return Problem(status: 415, detail: detail)
        case .validation(let errors):
            return Problem(status: 422, detail: "The request has \(errors.count) invalid field\(errors.count == 1 ? "" : "s").", errors: errors)
        case .unprocessable(let detail, let extensions):
            return Problem(status: 422, detail: detail, extensions: extensions)
        case .preconditionRequired(let detail): return Problem(status: 428, detail: detail)
        case .preconditionFailed(let detail): return Problem(status: 412, detail: detail)
        case .tooManyRequests(let seconds, let detail):
            return Problem(status: 429, detail: detail ?? "Too many requests for this token; retry after \(seconds) s.",
                           headers: ["Retry-After": String(seconds)])
        case .gone(let detail): return Problem(status: 410, detail: detail)
        case .unavailable(let detail, let seconds):
            return Problem(status: 503, detail: detail, headers: ["Retry-After": String(seconds)])
        }
    }
}
