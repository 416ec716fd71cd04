/// Counts requests by method, route pattern and status, and their latency.
public struct MetricsMiddleware<Context: RequestContext>: Middleware {
    private let metrics: ServerMetrics

    public init(metrics: ServerMetrics) { self.metrics = metrics }

    public func handle(_ request: HTTPRequest, context: Context,
                       next: (HTTPRequest, Context) throws -> HTTPResponse) throws -> HTTPResponse {
        let start = MonotonicClock.now()
        let response = try next(request, context)
        let seconds = Double(MonotonicClock.now() - start) / 1e9
        let method = HTTPMethods.known.contains(request.method) ? request.method : "OTHER"
        metrics.recordRequest(method: method, route: context.route ?? "unmatched", status: response.status, seconds: seconds)
        return response
    }
}
