import CatalogusDomain
import JSON
import SQLite

/// All SQL of the mail outbox (migration 0020): queue a mail in the caller's transaction,
/// find what is due, record attempts, prune.
package enum MailRepository {
    /// A queued mail, as the worker sends it.
    package struct Queued: Sendable {
        package let id: Int64
        package let kind: String
        package let messageID: String
        package let recipients: [String]
        package let rendered: String
        package let attempts: Int64
    }

    /// A line of the outbox as admins see it (never the rendered mail: it holds one-time links).
    package struct Entry: Sendable, JSONRepresentable {
        package let id: Int64
        package let kind: String
        package let recipients: [String]
        package let subject: String
        package let status: String
        package let attempts: Int64
        package let lastError: String?
        package let createdAt: String
        package let sentAt: String?

        package func write(to w: inout JSONWriter) {
            w.beginObject()
            w.key("id"); w.int(id)
            w.key("kind"); w.string(kind)
            w.key("recipients"); w.value(.array(recipients.map { .string($0) }))
            w.key("subject"); w.string(subject)
            w.key("status"); w.string(status)
            w.key("attempts"); w.int(attempts)
            w.key("last_error"); if let lastError { w.string(lastError) } else { w.null() }
            w.key("created_at"); w.string(createdAt)
            w.key("sent_at"); if let sentAt { w.string(sentAt) } else { w.null() }
            w.endObject()
        }
    }

    @discardableResult
    package static func queue(_ mail: MailMessage, kind: String, nowMs: Int64, now: String, in db: Connection) throws -> Int64 {
        let recipients = JSONValue.array(mail.to.map { .string($0.address) }).serialized
        try db.run("""
            INSERT INTO mail_outbox (kind, message_id, recipients, subject, rendered, next_attempt_ms, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """, kind, mail.messageID, String(decoding: recipients, as: UTF8.self), String(mail.subject.prefix(500)), mail.rendered,
                   nowMs, now)
        return db.lastInsertRowID
    }

    package static func due(atMs nowMs: Int64, limit: Int, in db: Connection) throws -> [Queued] {
        try db.query("""
            SELECT id, kind, message_id, recipients, rendered, attempts FROM mail_outbox
            WHERE status = 'pending' AND next_attempt_ms <= ? ORDER BY next_attempt_ms, id LIMIT ?
            """, arguments: [nowMs, Int64(limit)]).map { row in
            let recipients = (try? JSONParser.parse(try row.column(3, as: String.self)))?.arrayValue?.compactMap(\.stringValue) ?? []
            return Queued(id: try row.column(0), kind: try row.column(1), messageID: try row.column(2), recipients: recipients,
                          rendered: try row.column(4), attempts: try row.column(5))
        }
    }

    /// The earliest next attempt of a pending mail, for the worker's sleep.
    package static func nextDueMs(in db: Connection) throws -> Int64? {
        try db.scalar("SELECT min(next_attempt_ms) FROM mail_outbox WHERE status = 'pending'", as: Int64.self)
    }

    package static func markSent(_ id: Int64, now: String, in db: Connection) throws {
        try db.run("UPDATE mail_outbox SET status = 'sent', attempts = attempts + 1, sent_at = ?, last_error = NULL WHERE id = ?", now, id)
    }

    /// A failed attempt: tried again at `nextAttemptMs`, or given up when that is nil.
    package static func markFailed(_ id: Int64, error: String, nextAttemptMs: Int64?, in db: Connection) throws {
        try db.run("""
            UPDATE mail_outbox SET attempts = attempts + 1, last_error = ?, status = CASE WHEN ?2 IS NULL THEN 'failed' ELSE status END,
                next_attempt_ms = coalesce(?2, next_attempt_ms) WHERE id = ?3
            """, String(error.prefix(500)), nextAttemptMs, id)
    }

    package static func counts(in db: Connection) throws -> [String: Int64] {
        var counts: [String: Int64] = ["pending": 0, "sent": 0, "failed": 0]
        try db.forEachRow("SELECT status, count(*) FROM mail_outbox GROUP BY status", arguments: []) {
            counts[try $0.column(0, as: String.self)] = try $0.column(1)
        }
        return counts
    }

    /// The statuses of a mail, as the API names them.
    package static let statuses = ["pending", "sent", "failed"]

    /// Newest first, a page at a time by id; only `status` when given.
    package static func list(status: String?, page: PageRequest, in db: Connection) throws -> Page<Entry> {
        var sql = "SELECT id, kind, recipients, subject, status, attempts, last_error, created_at, sent_at FROM mail_outbox WHERE 1 = 1"
        var arguments: [any SQLiteBindable] = []
        if let status { sql += " AND status = ?"; arguments.append(status) }
        if let after = page.after { sql += " AND id < ?"; arguments.append(after.id) }
        sql += " ORDER BY id DESC LIMIT ?"
        arguments.append(page.fetchLimit)
        let rows = try db.query(sql, arguments: arguments).map { row in
            Entry(id: try row.column(0), kind: try row.column(1),
                  recipients: (try? JSONParser.parse(try row.column(2, as: String.self)))?.arrayValue?.compactMap(\.stringValue) ?? [],
                  subject: try row.column(3), status: try row.column(4), attempts: try row.column(5),
                  lastError: try row.column(6), createdAt: try row.column(7), sentAt: try row.column(8))
        }
        return page.page(rows) { PageCursor(id: $0.id) }
    }

    /// Whether `prune` would delete anything: asked on a read connection first, because an
    /// empty write still commits and so empties the representation cache.
    package static func hasPrunable(before cutoff: String, in db: Connection) throws -> Bool {
        try db.scalar("SELECT 1 FROM mail_outbox WHERE created_at < ? AND status IN ('sent', 'failed') LIMIT 1", cutoff, as: Int64.self) != nil
    }

    /// Sent and given-up mail older than `cutoff`, at most `limit` rows per call.
    package static func prune(before cutoff: String, limit: Int, in db: Connection) throws -> Int {
        try db.run("""
            DELETE FROM mail_outbox WHERE id IN (
                SELECT id FROM mail_outbox WHERE created_at < ? AND status IN ('sent', 'failed') ORDER BY created_at LIMIT ?)
            """, cutoff, Int64(limit))
        return db.changes
    }
}
