import CatalogusDomain
import SQLite

/// All SQL of hooks, their outbox events and deliveries.
package enum WebhookRepository {
    package static func find(_ id: Int64, in db: Connection) throws -> Webhook? {
        var found: Webhook?
        try db.forEachRow(Webhook.table.select() + " WHERE id = ?", arguments: [id]) { found = try Webhook(Webhook.table.row($0)) }
        return found
    }

    package static func secret(of id: Int64, in db: Connection) throws -> String? {
        try db.scalar("SELECT secret FROM webhook WHERE id = ?", id)
    }

    package static func list(_ page: PageRequest, in db: Connection) throws -> Page<Webhook> {
        var rows: [Webhook] = []
        try db.forEachRow(Webhook.table.select() + " WHERE id > ? ORDER BY id LIMIT ?", arguments: [page.after?.id ?? 0, page.fetchLimit]) {
            rows.append(try Webhook(Webhook.table.row($0)))
        }
        return page.page(rows) { PageCursor(id: $0.id) }
    }

    /// What POST sets, and the times; active and version are the table's defaults.
    private static let insertColumns = RecordInput.writable(Webhook.self).map(\.column)
    /// What a change sets.
    private static let updateColumns = RecordInput.writable(Webhook.self, creating: false).map(\.column)

    package static func insert(_ hook: Webhook, secret: String, now: String, in db: Connection) throws -> Int64 {
        try db.run(Webhook.table.insert(insertColumns + [.createdAt, .updatedAt], extra: ["secret"]),
                   arguments: hook.arguments(insertColumns) + [now, now, secret])
        return db.lastInsertRowID
    }

    package static func update(_ hook: Webhook, now: String, in db: Connection) throws {
        try db.run(Webhook.table.update(updateColumns) + ", version = version + 1, updated_at = ? WHERE id = ?",
                   arguments: hook.arguments(updateColumns) + [now, hook.id])
    }

    package static func setSecret(_ id: Int64, _ secret: String, now: String, in db: Connection) throws {
        try db.run("UPDATE webhook SET secret = ?, version = version + 1, updated_at = ? WHERE id = ?", secret, now, id)
    }

    /// After a 410 from the receiver.
    package static func disable(_ id: Int64, now: String, in db: Connection) throws {
        try db.run("UPDATE webhook SET active = 0, version = version + 1, updated_at = ? WHERE id = ? AND active = 1", now, id)
    }

    package static func delete(_ id: Int64, in db: Connection) throws {
        try db.run("DELETE FROM webhook_delivery WHERE webhook_id = ?", id)
        try db.run("DELETE FROM webhook WHERE id = ?", id)
    }

    // MARK: Outbox

    /// Active hooks that listen to `type`: all municipalities, or this event's one.
    /// The comma-separated list is matched whole-word (`,type,` in `,events,`).
    package static func count(in db: Connection) throws -> Int {
        try db.scalar("SELECT count(*) FROM webhook", as: Int.self) ?? 0
    }

    /// The listening condition shared by the writer's check and the fan-out: active, with
    /// `type` in its comma-separated list (matched whole: `,type,` in `,events,`), and for
    /// all municipalities (unless `limitedOnly`) or this one.
    private static let listening = """
        active = 1 AND instr(',' || events || ',', ?1) > 0 AND (municipality = ?2 OR (municipality IS NULL AND NOT ?3))
        """

    /// The highest id of a hook that listens, or nil when none does: what a change reads
    /// before it records an event (one read of at most 100 rows).
    package static func newestListener(of type: WebhookEventType, municipality: String?, limitedOnly: Bool = false,
                               in db: Connection) throws -> Int64? {
        try db.scalar("SELECT max(id) FROM webhook WHERE \(listening)", "," + type.rawValue + ",", municipality, limitedOnly)
    }

    /// The hooks that listen to `type` now and existed when the event happened (`upto`).
    package static func listeners(of type: WebhookEventType, municipality: String?, limitedOnly: Bool, upto: Int64,
                          in db: Connection) throws -> [Int64] {
        try db.query("SELECT id FROM webhook WHERE \(listening) AND id <= ?4 ORDER BY id",
                     "," + type.rawValue + ",", municipality, limitedOnly, upto).map { try $0.column("id") }
    }

    @discardableResult
    package static func insertEvent(type: String, municipality: String?, body: String, limitedOnly: Bool, hooksUpto: Int64,
                            fannedOut: Bool, at now: WebhookInstant, in db: Connection) throws -> Int64 {
        try db.run("""
            INSERT INTO webhook_event (type, municipality, body, created_at, created_ms, limited_only, hooks_upto, fanned_out)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """, type, municipality, body, now.timestamp, now.ms, limitedOnly ? 1 : 0, hooksUpto, fannedOut ? 1 : 0)
        return db.lastInsertRowID
    }

    /// Due at once; it fails for good three days after its event.
    package static func insertDelivery(hook: Int64, event: Int64, at now: WebhookInstant, eventMs: Int64, in db: Connection) throws {
        try db.run("""
            INSERT INTO webhook_delivery (webhook_id, event_id, next_attempt_ms, give_up_ms, created_at) VALUES (?, ?, ?, ?, ?)
            """, hook, event, now.ms, eventMs + WebhookRetrySchedule.windowMs, WebhookInstant(ms: eventMs).timestamp)
    }

    // MARK: Fan-out

    /// An event the worker has still to fan out.
    package struct PendingEvent: Sendable {
        package let id: Int64
        package let type: String
        package let municipality: String?
        package let limitedOnly: Bool
        package let hooksUpto: Int64
        package let createdMs: Int64
    }

    package static func hasEventsToFanOut(in db: Connection) throws -> Bool {
        try db.scalar("SELECT EXISTS (SELECT 1 FROM webhook_event WHERE fanned_out = 0)", as: Int64.self) == 1
    }

    /// Oldest first: each hook's deliveries are made, and so sent, in event order.
    package static func eventsToFanOut(limit: Int, in db: Connection) throws -> [PendingEvent] {
        try db.query("""
            SELECT id, type, municipality, limited_only, hooks_upto, created_ms FROM webhook_event
             WHERE fanned_out = 0 ORDER BY id LIMIT ?
            """, limit).map { row in
            PendingEvent(id: try row.column("id"), type: try row.column("type"), municipality: try row.column("municipality"),
                         limitedOnly: try row.column("limited_only", as: Int64.self) == 1, hooksUpto: try row.column("hooks_upto"),
                         createdMs: try row.column("created_ms"))
        }
    }

    package static func markFannedOut(_ event: Int64, in db: Connection) throws {
        try db.run("UPDATE webhook_event SET fanned_out = 1 WHERE id = ?", event)
    }

    // MARK: Pruning

    /// Up to `limit` deliveries made before `cutoff` that are done: succeeded, failed, or
    /// pending past their window (a disabled hook's). Oldest first, by the index on created_at.
    /// Whether pruning would delete anything, read before any write: an idle server's
    /// prune then commits nothing (every commit empties the representation cache).
    package static func hasPrunable(before cutoff: String, nowMs: Int64, in db: Connection) throws -> Bool {
        try db.scalar("""
            SELECT EXISTS (SELECT 1 FROM webhook_delivery WHERE created_at < ?1 AND (status <> 'pending' OR give_up_ms < ?2))
                OR EXISTS (SELECT 1 FROM webhook_event e WHERE e.created_at < ?1 AND e.fanned_out = 1
                             AND NOT EXISTS (SELECT 1 FROM webhook_delivery d WHERE d.event_id = e.id))
            """, cutoff, nowMs, as: Int64.self) == 1
    }

    package static func pruneDeliveries(before cutoff: String, nowMs: Int64, limit: Int, in db: Connection) throws -> Int {
        try db.run("""
            DELETE FROM webhook_delivery WHERE id IN (
              SELECT id FROM webhook_delivery WHERE created_at < ?1 AND (status <> 'pending' OR give_up_ms < ?2)
               ORDER BY created_at LIMIT ?3)
            """, cutoff, nowMs, limit)
        return db.changes
    }

    /// Up to `limit` events of before `cutoff` that are fanned out and have no delivery left.
    package static func pruneEvents(before cutoff: String, limit: Int, in db: Connection) throws -> Int {
        try db.run("""
            DELETE FROM webhook_event WHERE id IN (
              SELECT e.id FROM webhook_event e WHERE e.created_at < ?1 AND e.fanned_out = 1
                 AND NOT EXISTS (SELECT 1 FROM webhook_delivery d WHERE d.event_id = e.id)
               ORDER BY e.created_at LIMIT ?2)
            """, cutoff, limit)
        return db.changes
    }

    // MARK: Deliveries

    private static let deliveryColumns = """
        d.id, d.webhook_id, d.event_id, e.type, d.status, d.attempts, d.last_status_code, d.last_error, d.next_attempt_ms, d.created_at
        """

    private static func delivery(from row: Row) throws -> WebhookDelivery {
        WebhookDelivery(id: try row.column("id"), webhookID: try row.column("webhook_id"), eventID: try row.column("event_id"),
                        type: try row.column("type"),
                        status: WebhookDelivery.Status(rawValue: try row.column("status")) ?? .failed,
                        attempts: try row.column("attempts"), lastStatusCode: try row.column("last_status_code"),
                        lastError: try row.column("last_error"), nextAttemptMs: try row.column("next_attempt_ms"),
                        createdAt: try row.column("created_at"))
    }

    /// Newest first: the log a person reads after an outage.
    package static func deliveries(of hook: Int64, _ page: PageRequest, in db: Connection) throws -> Page<WebhookDelivery> {
        let rows = try db.query("""
            SELECT \(deliveryColumns) FROM webhook_delivery d JOIN webhook_event e ON e.id = d.event_id
             WHERE d.webhook_id = ? AND d.id < ? ORDER BY d.id DESC LIMIT ?
            """, hook, page.after?.id ?? Int64.max, page.fetchLimit).map(delivery(from:))
        return page.page(rows) { PageCursor(id: $0.id) }
    }

    package static func findDelivery(_ id: Int64, of hook: Int64, in db: Connection) throws -> WebhookDelivery? {
        try db.queryRow("""
            SELECT \(deliveryColumns) FROM webhook_delivery d JOIN webhook_event e ON e.id = d.event_id
             WHERE d.id = ? AND d.webhook_id = ?
            """, id, hook).map(delivery(from:))
    }

    /// A manual retry: pending again, due now, with a new three-day window.
    package static func retry(_ id: Int64, at now: WebhookInstant, in db: Connection) throws {
        try db.run("UPDATE webhook_delivery SET status = 'pending', next_attempt_ms = ?, give_up_ms = ? WHERE id = ?",
                   now.ms, now.ms + WebhookRetrySchedule.windowMs, id)
    }

    /// What the worker needs to send one delivery.
    package struct Due: Sendable {
        package let delivery: Int64
        package let hook: Int64
        package let eventID: Int64
        package let url: String
        package let secret: String
        package let body: String
        package let attempts: Int64
        package let giveUpMs: Int64
    }

    /// The oldest pending delivery of each active hook, if it is due and its hook is not
    /// busy: a later one waits for it, which keeps each hook's events in order.
    package static func due(at nowMs: Int64, excluding busy: Set<Int64>, limit: Int, in db: Connection) throws -> [Due] {
        var result: [Due] = []
        let rows = try db.query("""
            SELECT d.id, d.webhook_id, d.event_id, d.attempts, d.give_up_ms, d.next_attempt_ms, w.url, w.secret, e.body
              FROM (SELECT webhook_id, min(id) AS id FROM webhook_delivery WHERE status = 'pending' GROUP BY webhook_id) AS head
              JOIN webhook_delivery d ON d.id = head.id
              JOIN webhook w ON w.id = d.webhook_id AND w.active = 1
              JOIN webhook_event e ON e.id = d.event_id
             WHERE d.next_attempt_ms <= ? ORDER BY d.next_attempt_ms, d.id
            """, nowMs)
        for row in rows where result.count < limit {
            let hook: Int64 = try row.column("webhook_id")
            guard !busy.contains(hook) else { continue }
            result.append(Due(delivery: try row.column("id"), hook: hook, eventID: try row.column("event_id"),
                              url: try row.column("url"), secret: try row.column("secret"), body: try row.column("body"),
                              attempts: try row.column("attempts"), giveUpMs: try row.column("give_up_ms")))
        }
        return result
    }

    /// Moves every pending delivery's schedule by `ms` (the wall clock's step), so that a
    /// retry due in 5 s stays due in 5 s (`WallClockSteps`). Returns the rows moved.
    package static func shiftPending(byMs ms: Int64, in db: Connection) throws -> Int {
        try db.run("""
            UPDATE webhook_delivery SET next_attempt_ms = next_attempt_ms + ?1, give_up_ms = give_up_ms + ?1
             WHERE status = 'pending'
            """, ms)
        return db.changes
    }

    package static func recordAttempt(_ id: Int64, status: WebhookDelivery.Status, statusCode: Int?, error: String?, nextAttemptMs: Int64,
                              in db: Connection) throws {
        try db.run("""
            UPDATE webhook_delivery SET status = ?, attempts = attempts + 1, last_status_code = ?, last_error = ?, next_attempt_ms = ?
             WHERE id = ? AND status = 'pending'
            """, status.rawValue, statusCode.map(Int64.init), error.map { String($0.prefix(500)) }, nextAttemptMs, id)
    }

    /// Deliveries still to be made (first attempts and retries), for `/metrics`.
    package static func pendingDeliveries(in db: Connection) throws -> Int {
        try db.scalar("SELECT count(*) FROM webhook_delivery WHERE status = 'pending'", as: Int.self) ?? 0
    }
}
