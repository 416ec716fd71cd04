import Synchronization

/// The little that the event loops share: counters and the stop signal.
final class SharedServerState: Sendable {
    let stopping = Atomic<Bool>(false)
    let metrics: ServerMetrics
    let log: LogSink

    init(metrics: ServerMetrics, log: LogSink) {
        self.metrics = metrics
        self.log = log
    }
}
