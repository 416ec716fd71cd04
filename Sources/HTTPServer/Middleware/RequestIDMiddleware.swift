/// Takes the client's `X-Request-Id` when it is acceptable, or makes one; the id goes
/// on the request (for logs and handlers) and back on the response.
public struct RequestIDMiddleware<Context: RequestContext>: Middleware {
    private let identifiers = RequestIdentifier()

    public init() {}

    public func handle(_ request: HTTPRequest, context: Context,
                       next: (HTTPRequest, Context) throws -> HTTPResponse) throws -> HTTPResponse {
        var request = request
        if let given = request.headers["X-Request-Id"], RequestIdentifier.isAcceptable(given) {
            request.id = given
        } else {
            request.id = identifiers.next()
        }
        var response = try next(request, context)
        response.headers.set(name: "X-Request-Id", value: request.id)
        return response
    }
}
