import HTTPServer

/// What a cached answer depends on besides the data: the request's method, path and
/// query, the representation it negotiated, and what its caller may see.
struct RepresentationKey: Hashable, Sendable {
    /// HEAD shares GET's entry: the server drops the body of a HEAD answer itself.
    let method: String
    /// As sent (percent-encoded), as the handlers and the `Link` of a page read it.
    let path: String
    /// The decoded names and values in the order sent: `%35` and `5` meet, but the order
    /// stays part of the key because a page's `Link` repeats the query in that order.
    let query: [String]
    let representation: OutputFormat
    let visibility: Visibility

    init(_ request: HTTPRequest, visibility: Visibility) {
        method = request.method == "HEAD" ? "GET" : request.method
        path = String(request.path)
        query = request.queryString.isEmpty ? [] : request.query.flatMap { [$0.name, $0.value] }
        // A query the negotiation refuses answers 422, which is never stored.
        var ignored: [Problem.FieldError] = []
        representation = OutputFormat.negotiate(request, errors: &ignored)
        self.visibility = visibility
    }
}

/// The class of callers who are shown the same answer by the cacheable reads. Each role
/// is its own class although viewer, staff and admin are shown the same today (only the
/// municipality role narrows what a read shows), so that a read that one day tells them
/// apart cannot leak through the cache; a municipality is a class of its own.
struct Visibility: Hashable, Sendable {
    let role: Role?
    let municipality: String?

    static let anonymous = Visibility(role: nil, municipality: nil)

    init(role: Role?, municipality: String?) {
        self.role = role
        self.municipality = municipality
    }

    init(_ principal: Principal?) {
        self.init(role: principal?.role, municipality: principal?.municipality)
    }
}
