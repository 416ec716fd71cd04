import Synchronization

/// What the event loops and handler threads share: counters, the stop signal, the
/// handler queues, the body budget and the unread output.
final class SharedServerState: Sendable {
    let stopping = Atomic<Bool>(false)
    let metrics: ServerMetrics
    let log: LogSink
    /// For requests with safe methods (GET, HEAD, OPTIONS), and for those with unsafe ones.
    let handlers: HandlerQueue
    let writeHandlers: HandlerQueue
    let bodies: BodyBudget
    let connectionsPerClient: ClientConnectionCounts
    let unreadOutput: UnreadOutput

    /// The queue whose threads answer `request`.
    func queue(for request: HTTPRequest) -> HandlerQueue {
        HTTPMethods.isSafe(request.method) ? handlers : writeHandlers
    }

    init(metrics: ServerMetrics, log: LogSink, configuration: ServerConfiguration) {
        self.metrics = metrics
        self.log = log
        handlers = HandlerQueue(capacity: configuration.maxQueuedRequests, metrics: metrics, wording: configuration.problemWording)
        writeHandlers = HandlerQueue(capacity: configuration.maxQueuedRequests, metrics: metrics, wording: configuration.problemWording)
        bodies = BodyBudget(limits: .init(total: configuration.maxBufferedBodyBytes,
                                          perClient: configuration.maxBufferedBodyBytesPerClient,
                                          receiversPerClient: configuration.maxBodiesReceivingPerClient),
                            metrics: metrics)
        connectionsPerClient = ClientConnectionCounts(limit: configuration.maxConnectionsPerClient)
        unreadOutput = UnreadOutput(limits: .init(total: configuration.maxUnreadOutputBytes,
                                                  perClient: configuration.maxUnreadOutputBytesPerClient),
                                    metrics: metrics)
    }
}
