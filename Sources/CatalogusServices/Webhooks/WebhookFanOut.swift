import CatalogusDomain
import CatalogusStorage
import SQLite

/// Turns outbox events into one delivery per listening hook, after the change that
/// recorded them has committed (issue 20): in writes of its own, each of at most
/// `eventsPerWrite` events (so at most 1,600 delivery rows with the 100 hooks there may
/// be), so no other write waits long behind one. Events are taken oldest first by one
/// thread (the worker's dispatcher), so each hook's deliveries are made, and sent, in
/// event order.
package enum WebhookFanOut {
    package static let eventsPerWrite = 16

    /// Fans out the oldest waiting events; returns how many (fewer than `eventsPerWrite`:
    /// none are left). `reader` spares the writer when there is nothing to do.
    package static func step(writer: DatabaseWriter, reader: Connection, now: WebhookInstant) throws -> Int {
        guard try WebhookRepository.hasEventsToFanOut(in: reader) else { return 0 }
        return try writer.write { db in
            let events = try WebhookRepository.eventsToFanOut(limit: eventsPerWrite, in: db)
            for event in events {
                // The hooks that listen now and existed when it happened; an unknown type
                // (written by a newer program) goes to nobody.
                let hooks = try WebhookEventType(rawValue: event.type).map { type in
                    try WebhookRepository.listeners(of: type.subscription, municipality: event.municipality,
                                                    limitedOnly: event.limitedOnly, upto: event.hooksUpto, in: db)
                } ?? []
                for hook in hooks {
                    try WebhookRepository.insertDelivery(hook: hook, event: event.id, at: now, eventMs: event.createdMs, in: db)
                }
                try WebhookRepository.markFannedOut(event.id, in: db)
            }
            return events.count
        }
    }
}
