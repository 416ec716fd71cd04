/// One line per request on the log sink: method, target, status, body bytes,
/// duration and request id. Place it inside the request-id middleware and outside the
/// error middleware, so that it sees the id and the final status.
public struct AccessLogMiddleware<Context: RequestContext>: Middleware {
    private let log: LogSink

    public init(log: LogSink) { self.log = log }

    public func handle(_ request: HTTPRequest, context: Context,
                       next: (HTTPRequest, Context) throws -> HTTPResponse) throws -> HTTPResponse {
        let start = MonotonicClock.now()
        let response = try next(request, context)
        let micros = (MonotonicClock.now() - start) / 1000
        let milliseconds = "\(micros / 1000).\(String(micros % 1000 + 1000).dropFirst())"
        log.write("\(request.method) \(request.target) \(response.status) \(response.body.count) \(milliseconds)ms \(request.id)\(request.clientRequestID.map { " client-id=" + $0 } ?? "")")
        return response
    }
}
