/// Gives every request the server's own id, and keeps the client's `X-Request-Id` beside
/// it when acceptable; the response echoes the client's id, or else carries the server's.
public struct RequestIDMiddleware<Context: RequestContext>: Middleware {
    private let identifiers = RequestIdentifier()

    public init() {}

    public func handle(_ request: HTTPRequest, context: Context,
                       next: (HTTPRequest, Context) throws -> HTTPResponse) throws -> HTTPResponse {
        var request = request
        request.id = identifiers.next()
        if let given = request.headers["X-Request-Id"], RequestIdentifier.isAcceptable(given) {
            request.clientRequestID = given
        }
        var response = try next(request, context)
        response.headers.set(name: "X-Request-Id", value: request.clientRequestID ?? request.id)
        return response
    }
}
