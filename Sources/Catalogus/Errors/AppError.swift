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
