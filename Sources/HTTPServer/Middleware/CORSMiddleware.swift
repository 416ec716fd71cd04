/// CORS for browser dashboards (Fetch standard): allowed origins get
/// `Access-Control-Allow-Origin`; preflight requests are answered here.
public struct CORSMiddleware<Context: RequestContext>: Middleware {
    public struct Configuration: Sendable {
        /// Exact origins (`https://dash.example.nl`), or `*` for any.
        public var allowedOrigins: Set<String>
        public var allowedMethods = "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS"
        public var allowedHeaders = "Authorization, Content-Type, If-Match, If-None-Match, Idempotency-Key, X-Request-Id, Accept"
        /// What a script on another origin may read: a dashboard pages with `Link` and names
        /// downloads from `Content-Disposition`.
        public var exposedHeaders = "ETag, Link, Content-Disposition, Location, X-Request-Id, Idempotent-Replayed, Retry-After"
        public var maxAgeSeconds = 600

        public init(allowedOrigins: Set<String>) { self.allowedOrigins = allowedOrigins }
    }

    private let configuration: Configuration

    public init(configuration: Configuration) { self.configuration = configuration }

    public func handle(_ request: HTTPRequest, context: Context,
                       next: (HTTPRequest, Context) throws -> HTTPResponse) throws -> HTTPResponse {
        guard let origin = request.headers["Origin"], isAllowed(origin) else {
            var response = try next(request, context)
            // The answer depends on Origin whenever CORS is on: a cache must not give this
            // answer (without Access-Control-Allow-Origin) to a request from an allowed origin.
            if !configuration.allowedOrigins.isEmpty { varyOnOrigin(&response) }
            return response
        }
        if request.method == "OPTIONS", request.headers["Access-Control-Request-Method"] != nil {
            var response = HTTPResponse(status: 204)
            addOriginHeaders(&response, origin)
            response.headers.set(name: "Access-Control-Allow-Methods", value: configuration.allowedMethods)
            response.headers.set(name: "Access-Control-Allow-Headers", value: configuration.allowedHeaders)
            response.headers.set(name: "Access-Control-Max-Age", value: String(configuration.maxAgeSeconds))
            return response
        }
        var response = try next(request, context)
        addOriginHeaders(&response, origin)
        response.headers.set(name: "Access-Control-Expose-Headers", value: configuration.exposedHeaders)
        return response
    }

    private func isAllowed(_ origin: String) -> Bool {
        configuration.allowedOrigins.contains("*") || configuration.allowedOrigins.contains(origin)
    }

    private func addOriginHeaders(_ response: inout HTTPResponse, _ origin: String) {
        response.headers.set(name: "Access-Control-Allow-Origin", value: origin)
        varyOnOrigin(&response)
    }

    private func varyOnOrigin(_ response: inout HTTPResponse) { response.headers.vary(on: "Origin") }
}
