import CatalogusDomain
import CatalogusStorage
import HTTPServer

/// What a cached answer depends on besides the data: the request's method, path and
/// query, what it asks for in `Accept`, and what its caller may see.
package struct RepresentationKey: Hashable, Sendable {
    /// HEAD shares GET's entry: the server drops the body of a HEAD answer itself.
    package let method: String
    /// The path as sent (percent-encoded, as the handlers and a page's `Link` read it) and
    /// the query with its decoded names and values in the order sent, written so that
    /// equal texts mean equal queries: `%35` and `5` meet; the order stays part of the key
    /// because a page's `Link` repeats the query in that order.
    package let target: String
    /// What `Accept` adds to the format negotiation (`output` and `sep` are in the query).
    package let acceptWish: OutputFormat.AcceptWish?
    package let visibility: Visibility

    package init(_ request: HTTPRequest, visibility: Visibility) {
        method = request.method == "HEAD" ? "GET" : request.method
        target = Self.canonicalTarget(request)
        acceptWish = OutputFormat.acceptWish(request.headers["Accept"])
        self.visibility = visibility
    }

    /// The target itself when its query has no escapes (it then reads as it decodes: the
    /// common case, without copying), else the path and the decoded pairs escaped again
    /// one way (`QueryEncoding`, which escapes `&`, `=`, `%` and `+`).
    package static func canonicalTarget(_ request: HTTPRequest) -> String {
        let query = request.queryString
        guard query.utf8.contains(where: { $0 == UInt8(ascii: "%") || $0 == UInt8(ascii: "+") }) else { return request.target }
        let pairs = request.query.map { QueryEncoding.encode($0.name) + "=" + QueryEncoding.encode($0.value) }
        return String(request.path) + "?" + pairs.joined(separator: "&")
    }
}

/// The class of callers who are shown the same answer by the cacheable reads. Each role
/// is its own class although viewer, staff and admin are shown the same today (only the
/// municipality role narrows what a read shows), so that a read that one day tells them
/// apart cannot leak through the cache; a municipality is a class of its own.
package struct Visibility: Hashable, Sendable {
    package let role: Role?
    package let municipality: String?

    package static let anonymous = Visibility(role: nil, municipality: nil)

    package init(role: Role?, municipality: String?) {
        self.role = role
        self.municipality = municipality
    }

    package init(_ principal: Principal?) {
        self.init(role: principal?.role, municipality: principal?.municipality)
    }
}
