import Synchronization

/// What the event loops and handler threads share: counters, the stop signal, the
/// handler queue and the body budget.
final class SharedServerState: Sendable {
    let stopping = Atomic<Bool>(false)
    let metrics: ServerMetrics
    let log: LogSink
    let handlers: HandlerQueue
    let bodies: BodyBudget

    init(metrics: ServerMetrics, log: LogSink, configuration: ServerConfiguration) {
        self.metrics = metrics
        self.log = log
        handlers = HandlerQueue(capacity: configuration.maxQueuedRequests, metrics: metrics)
        bodies = BodyBudget(limit: configuration.maxBufferedBodyBytes, metrics: metrics)
    }
}
