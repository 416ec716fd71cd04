import HTTPServer
import JSON

/// The application's typed errors. Each carries a `Message` (a code and its facts), never
/// free text; `ErrorMapping` turns them (and database errors) into HTTP problems in one place.
public enum AppError: Error, Sendable {
    case unauthorized(Message)
    case forbidden(Message)
    case notFound(Message)
    case conflict(Message)
    case malformed(Message)
    case unsupportedMediaType(Message)
    case validation([Problem.FieldError])
    /// 422 for a rule of the domain rather than a field (e.g. over budget), with extra members.
    case unprocessable(Message, extensions: JSONObject)
    case preconditionRequired(Message)
    case preconditionFailed(Message)
    case tooManyRequests(retryAfterSeconds: Int, message: Message? = nil)
    /// 410: something that existed once and will not again (a used or expired one-time link).
    case gone(Message)
    case unavailable(Message, retryAfterSeconds: Int)
}

/// Each case's status and headers: the whole vocabulary of the application's errors,
/// rendered as RFC 9457 problem details with the message's code and Dutch detail.
extension AppError: HTTPResponseConvertible {
    public var problem: Problem {
        switch self {
        case .unauthorized(let message):
            return Problem(status: 401, message, headers: ["WWW-Authenticate": "Bearer realm=\"catalogus\""])
        case .forbidden(let message): return Problem(status: 403, message)
        case .notFound(let message): return Problem(status: 404, message)
        case .conflict(let message): return Problem(status: 409, message)
        case .malformed(let message): return Problem(status: 400, message)
        case .unsupportedMediaType(let message): return Problem(status: 415, message)
        case .validation(let errors):
            return Problem(status: 422, Message(.requestInvalidFields, ["count": .integer(errors.count)]), errors: errors)
        case .unprocessable(let message, let extensions):
            return Problem(status: 422, message, extensions: extensions)
        case .preconditionRequired(let message): return Problem(status: 428, message)
        case .preconditionFailed(let message): return Problem(status: 412, message)
        case .tooManyRequests(let seconds, let message):
            return Problem(status: 429, message ?? Message(.authTooManyRequests, ["seconds": .integer(seconds)]),
                           headers: ["Retry-After": String(seconds)])
        case .gone(let message): return Problem(status: 410, message)
        case .unavailable(let message, let seconds):
            return Problem(status: 503, message, headers: ["Retry-After": String(seconds)])
        }
    }
}
