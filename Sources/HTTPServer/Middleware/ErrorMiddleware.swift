/// Renders every error thrown below it as a problem response, through the one mapping
/// function the application gives — the single place where errors become HTTP.
public struct ErrorMiddleware<Context: RequestContext>: Middleware {
    public typealias Mapping = @Sendable (any Error, HTTPRequest) -> Problem
    private let map: Mapping

    public init(map: @escaping Mapping) { self.map = map }

    public func handle(_ request: HTTPRequest, context: Context,
                       next: (HTTPRequest, Context) throws -> HTTPResponse) throws -> HTTPResponse {
        do {
            return try next(request, context)
        } catch {
            return map(error, request).response
        }
    }
}
