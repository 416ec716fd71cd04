import CatalogusStorage
import SQLite

/// How long deliveries and events are kept: 30 days, as pretix keeps its webhook log
/// (issue 20; the outbox was never pruned). A delivery is deleted once it is done
/// (succeeded, failed, or pending past its three-day window, as a disabled hook's are)
/// and its event is older than that; an event once it has no delivery left. Deleted in
/// writes of `batch` rows, oldest first, so that the writer is never held long.
package struct WebhookRetention: Sendable, Equatable {
    package var keepMs: Int64 = 30 * 24 * 3600 * 1000
    package var batch: Int = 500
    /// How often the worker prunes (by the monotonic clock); also once when it starts.
    package var everySeconds: Double = 3600

    package init(keepMs: Int64 = 30 * 24 * 3600 * 1000, batch: Int = 500, everySeconds: Double = 3600) {
        self.keepMs = keepMs
        self.batch = batch
        self.everySeconds = everySeconds
    }

    /// Rows deleted, deliveries and events. `now` is wall-clock time (the stored
    /// timestamps are), from the worker's clock.
    @discardableResult
    /// With `reader`, nothing is written when nothing is due.
    package func prune(writer: DatabaseWriter, reader: Connection? = nil, now: WebhookInstant) throws -> (deliveries: Int, events: Int) {
        let cutoff = WebhookInstant(ms: now.ms - keepMs).timestamp
        if let reader, try !WebhookRepository.hasPrunable(before: cutoff, nowMs: now.ms, in: reader) { return (0, 0) }
        var deliveries = 0
        while true {
            let deleted = try writer.write { try WebhookRepository.pruneDeliveries(before: cutoff, nowMs: now.ms, limit: batch, in: $0) }
            deliveries += deleted
            if deleted < batch { break }
        }
        var events = 0
        while true {
            let deleted = try writer.write { try WebhookRepository.pruneEvents(before: cutoff, limit: batch, in: $0) }
            events += deleted
            if deleted < batch { break }
        }
        return (deliveries, events)
    }
}
