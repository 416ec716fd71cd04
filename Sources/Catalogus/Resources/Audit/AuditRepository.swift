import SQLite

/// Reads the audit log (`AuditLog` writes it, inside each change's transaction).
enum AuditRepository {
    /// Newest first; the cursor is the last id.
    static func list(entity: String?, entityID: String?, page: PageRequest, in db: Connection) throws -> Page<AuditEntry> {
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
}
