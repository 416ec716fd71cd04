import HTTPParser
import JSON

/// An RFC 9457 problem document. Every error body of this server is one. Programs read
/// `code` (stable, dotted) and `params`; people read `detail`, which the application
/// renders from its one message catalogue (in Dutch). This layer only carries them.
public struct Problem: Error, Sendable {
    /// One bad field: where (`field`), what (`code`, `params`) and, for a person, `detail`.
    public struct FieldError: Sendable, Equatable {
        public let field: String
        public let code: String
        public let detail: String
        public let params: JSONObject
        public init(field: String, code: String, detail: String, params: JSONObject = JSONObject()) {
            self.field = field
            self.code = code
            self.detail = detail
            self.params = params
        }
    }

    public var status: Int
    public var type: String
    public var title: String
    public var detail: String
    /// The stable machine code of `detail` (nil only where no catalogue rendered it).
    public var code: String?
    public var params: JSONObject
    public var errors: [FieldError]
    /// Further members (e.g. `exceeded_by_cents`).
    public var extensions: JSONObject
    /// Headers the response must carry (`Allow`, `Retry-After`, `WWW-Authenticate`).
    public var headers: HTTPHeaders

    public init(status: Int, type: String? = nil, title: String? = nil, detail: String, code: String? = nil,
                params: JSONObject = JSONObject(), errors: [FieldError] = [], extensions: JSONObject = JSONObject(),
                headers: HTTPHeaders = [:]) {
        self.status = status
        self.type = type ?? "about:blank"
        self.title = title ?? HTTPStatus.reasonPhrase(status)
        self.detail = detail
        self.code = code
        self.params = params
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
        if let code {
            writer.key("code"); writer.string(code)
            writer.key("params"); writer.value(.object(params))
        }
        if !errors.isEmpty {
            writer.key("errors")
            writer.beginArray()
            for error in errors {
                writer.beginObject()
                writer.key("field"); writer.string(error.field)
                writer.key("code"); writer.string(error.code)
                writer.key("detail"); writer.string(error.detail)
                writer.key("params"); writer.value(.object(error.params))
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
