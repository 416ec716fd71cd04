import CatalogusDomain
import HTTPParser
import HTTPServer
import JSON

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
            return Problem(status: 422, message, errors: errors.map(Problem.FieldError.init))
        case .unprocessable(let message, let extensions):
            return Problem(status: 422, message, extensions: extensions)
        case .preconditionRequired(let message): return Problem(status: 428, message)
        case .preconditionFailed(let message): return Problem(status: 412, message)
        case .tooManyRequests(let seconds, _):
            return Problem(status: 429, message, headers: ["Retry-After": String(seconds)])
        case .gone(let message): return Problem(status: 410, message)
        case .unavailable(let message, let seconds):
            return Problem(status: 503, message, headers: ["Retry-After": String(seconds)])
        }
    }
}

extension Problem.FieldError {
    /// A field error from the catalogue: code, params and the Dutch detail together.
    package init(field: String, _ message: Message) {
        self.init(field: field, code: message.code.rawValue, detail: message.detail, params: message.params)
    }

    package init(_ error: CatalogusDomain.FieldError) { self.init(field: error.field, error.message) }
}

extension Problem {
    /// A problem whose detail comes from the catalogue.
    package init(status: Int, _ message: Message, errors: [FieldError] = [], extensions: JSONObject = JSONObject(),
         headers: HTTPHeaders = [:]) {
        self.init(status: status, detail: message.detail, code: message.code.rawValue, params: message.params,
                  errors: errors, extensions: extensions, headers: headers)
    }
}

extension Problem {
    /// A problem of the server layer (`ServerProblemCode`) with its detail from the Dutch
    /// catalogue; any other problem as it is. `ServerConfiguration.problemWording`.
    public static let inDutch: ProblemWording = { problem in
        guard let code = problem.code.flatMap(ServerProblemCode.init(rawValue:)) else { return problem }
        var worded = problem
        worded.detail = ServerProblemWording.dutch(code)
        return worded
    }
}

/// The server layer's own problems (`ServerProblemCode`), in Dutch: that layer knows no
/// Dutch, and the domain's catalogue (`DutchMessages`) knows no HTTP; this is the one place
/// that knows both.
package enum ServerProblemWording {
    package static func dutch(_ code: ServerProblemCode) -> String {
        switch code {
        case .badRequest: "De server kon dit verzoek niet lezen: het is niet goed opgebouwd."
        case .notFound: "Op dit adres staat niets."
        case .methodNotAllowed: "Deze handeling kan niet op dit adres."
        case .timeout: "Het verzoek kwam niet op tijd helemaal binnen; probeer het opnieuw."
        case .expectationFailed: "De server kan niet voldoen aan de verwachting (Expect) van dit verzoek."
        case .tooLarge: "Wat u stuurt is te groot."
        case .targetTooLong: "Het adres van dit verzoek is te lang."
        case .tooManyRequests: "Te veel verzoeken tegelijk vanaf uw adres; probeer het over een paar seconden opnieuw."
        case .headersTooLarge: "De kopregels van dit verzoek zijn te groot."
        case .internalError: "De server kon dit verzoek niet afhandelen."
        case .notImplemented: "Deze handeling kent de server niet."
        case .busy: "De server is even te druk; probeer het zo opnieuw."
        case .versionNotSupported: "Deze HTTP-versie ondersteunt de server niet."
        }
    }
}
