import JSON

/// The application's typed errors. Each carries a `Message` (a code and its facts), never
/// free text; `ErrorMapping` turns them (and database errors) into HTTP problems in one place
/// (`AppError+Problem.swift` in the API module: this module knows no HTTP).
public enum AppError: Error, Sendable {
    case unauthorized(Message)
    case forbidden(Message)
    case notFound(Message)
    case conflict(Message)
    case malformed(Message)
    case unsupportedMediaType(Message)
    case validation([FieldError])
    /// 422 for a rule of the domain rather than a field (e.g. over budget), with extra members.
    case unprocessable(Message, extensions: JSONObject)
    case preconditionRequired(Message)
    case preconditionFailed(Message)
    case tooManyRequests(retryAfterSeconds: Int, message: Message? = nil)
    /// 410: something that existed once and will not again (a used or expired one-time link).
    case gone(Message)
    case unavailable(Message, retryAfterSeconds: Int)
}

extension AppError {
    /// What the error says (a validation error: how many fields are wrong; each field's
    /// own message is in the list).
    public var message: Message {
        switch self {
        case .unauthorized(let message), .forbidden(let message), .notFound(let message), .conflict(let message),
             .malformed(let message), .unsupportedMediaType(let message), .preconditionRequired(let message),
             .preconditionFailed(let message), .gone(let message), .unprocessable(let message, _),
             .unavailable(let message, _):
            message
        case .validation(let errors): Message(.requestInvalidFields, ["count": .integer(errors.count)])
        case .tooManyRequests(let seconds, let message): message ?? Message(.authTooManyRequests, ["seconds": .integer(seconds)])
        }
    }
}
