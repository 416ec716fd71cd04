import HTTPServer

/// How every API read may be cached, said in one place (docs/api.md#caching): an answer
/// for a caller with credentials is `private, no-cache` (a browser may keep it but asks
/// again with its ETag, which costs a 304; no shared cache keeps it), an anonymous one
/// `no-cache` (the catalogue changes whenever someone writes, and revalidating by ETag is
/// cheap). A session's answers become `no-store` in `AuthenticationMiddleware`. An answer
/// that says otherwise (assets, pages) keeps its own.
package struct CachePolicyMiddleware: Middleware {
    package init() {}

    package func handle(_ request: HTTPRequest, context: AppContext,
                        next: (HTTPRequest, AppContext) throws -> HTTPResponse) throws -> HTTPResponse {
        var response = try next(request, context)
        guard request.method == "GET" || request.method == "HEAD", request.path.hasPrefix("/api/"),
              response.headers["Cache-Control"] == nil else { return response }
        response.headers.set(name: "Cache-Control", value: context.principal == nil ? "no-cache" : "private, no-cache")
        return response
    }
}
