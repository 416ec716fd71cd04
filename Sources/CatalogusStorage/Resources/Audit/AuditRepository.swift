import SQLite

/// The SQL of the audit log; `AuditLog.record` writes through it, inside each change's transaction.
package enum AuditRepository {
    /// Newest first; the cursor is the last id.
    package static func list(entity: String?, entityID: String?, page: PageRequest, in db: Connection) throws -> Page<AuditEntry> {
        var sql = AuditEntry.table.select() + " WHERE 1 = 1"
        var arguments: [any SQLiteBindable] = []
        if let entity { sql += " AND entity = ?"; arguments.append(entity) }
        if let entityID { sql += " AND entity_id = ?"; arguments.append(entityID) }
        if let after = page.after { sql += " AND id < ?"; arguments.append(after.id) }
        sql += " ORDER BY id DESC LIMIT ?"
        arguments.append(page.fetchLimit)
        var rows: [AuditEntry] = []
        try db.forEachRow(sql, arguments: arguments) { rows.append(try AuditEntry(AuditEntry.table.row($0))) }
        return page.page(rows) { PageCursor(id: $0.id) }
    }

    package static func insert(at: String, actor: AuditLog.Actor, action: String, entity: String, id: String,
                       beforeJSON: String?, afterJSON: String?, in db: Connection) throws {
        try db.run("""
            INSERT INTO audit_log (at, token_id, user_id, token_name, action, entity, entity_id, before_json, after_json,
                                   request_id, client_request_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, at, actor.tokenID, actor.userID, actor.name, action, entity, id, beforeJSON, afterJSON,
            actor.requestID, actor.clientRequestID)
    }
}
