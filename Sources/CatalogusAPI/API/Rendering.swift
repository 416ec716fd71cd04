import CatalogusDomain
import CatalogusServices
import HTTPParser
import HTTPServer
import JSON

/// A value to answer with, plus what the answer needs besides the body.
/// Single resources carry their version, which becomes a strong ETag.
package enum Representation {
    /// One resource with a strong ETag of its version; 201 answers also name `location`.
    package static func resource(_ request: HTTPRequest, _ value: some JSONRepresentable, version: Int64, status: Int = 200,
                         location: String? = nil) -> HTTPResponse {
        var headers: HTTPHeaders = [:]
        if let location { headers.set(name: "Location", value: location) }
        return Conditional.resource(request, body: value.jsonBytes, version: version, status: status, headers: headers)
    }

    /// A computed document (statistics, a resource with an embedded price) with a weak
    /// ETag of its bytes.
    package static func document(_ request: HTTPRequest, _ value: some JSONRepresentable) -> HTTPResponse {
        Conditional.list(request, body: value.jsonBytes)
    }

    /// A plain JSON answer without an ETag (results of actions).
    package static func plain(_ value: some JSONRepresentable, status: Int = 200) -> HTTPResponse {
        var response = HTTPResponse(status: status, body: value.jsonBytes)
        response.headers.set(name: "Content-Type", value: HTTPResponse.jsonContentType)
        return response
    }
}
