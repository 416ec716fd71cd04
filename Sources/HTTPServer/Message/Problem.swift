import HTTPParser
import JSON

/// An RFC 9457 problem document. Every error body of this server is one.
public struct Problem: Error, Sendable {
    public struct FieldError: Sendable, Equatable {
        public let field: String
        public let message: String
        public init(field: String, message: String) {
            self.field = field
            self.message = message
        }
    }

    public var status: Int
    public var type: String
    public var title: String
    public var detail: String
    public var errors: [FieldError]
    /// Further members (e.g. `exceeded_by_cents`).
    public var extensions: JSONObject
    /// Headers the response must carry (`Allow`, `Retry-After`, `WWW-Authenticate`).
    public var headers: HTTPHeaders

    public init(status: Int, type: String? = nil, title: String? = nil, detail: String,
                errors: [FieldError] = [], extensions: JSONObject = JSONObject(), headers: HTTPHeaders = [:]) {
        self.status = status
        self.type = type ?? "about:blank"
        self.title = title ?? HTTPStatus.reasonPhrase(status)
        self.detail = detail
        self.errors = errors
        self.extensions = extensions
        self.headers = headers
    }

    public var response: HTTPResponse {
        var writer = JSONWriter()
        writer.beginObject()
        writer.key("type"); writer.string(type)
        writer.key("title"); writer.string(title)
        writer.key("status"); writer.int(status)
        writer.key("detail"); writer.string(detail)
        if !errors.isEmpty {
            writer.key("errors")
            writer.beginArray()
            for error in errors {
                writer.beginObject()
                writer.key("field"); writer.string(error.field)
                writer.key("message"); writer.string(error.message)
                writer.endObject()
            }
            writer.endArray()
        }
        for (name, value) in extensions {
            writer.key(name)
            writer.value(value)
        }
        writer.endObject()
        var headers = self.headers
        headers.set(name: "Content-Type", value: HTTPResponse.problemContentType)
        return HTTPResponse(status: status, headers: headers, body: writer.bytes)
    }
}

/// Errors that know their HTTP rendering. The router renders any other error as a
/// 500 without internals; the application maps its own errors in one place.
public protocol HTTPResponseConvertible: Error {
    var problem: Problem { get }
}

extension Problem: HTTPResponseConvertible {
    public var problem: Problem { self }
}
