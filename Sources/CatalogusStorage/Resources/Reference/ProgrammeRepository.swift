import SQLite

/// The five programme areas: fixed reference data of migration 0002.
package enum ProgrammeRepository {
    /// In report order; the cursor is the last position.
    package static func list(page: PageRequest, in db: Connection) throws -> Page<Programme> {
        var rows: [Programme] = []
        try db.forEachRow(Programme.table.select() + " WHERE position > ? ORDER BY position LIMIT ?",
                          arguments: [page.after?.id ?? Int64.min, page.fetchLimit]) { rows.append(try Programme(Programme.table.row($0))) }
        return page.page(rows) { PageCursor(id: $0.position) }
    }

    /// All five, in report order: what the pages and the reports are laid out by.
    package static func all(in db: Connection) throws -> [Programme] {
        var rows: [Programme] = []
        try db.forEachRow(Programme.table.select() + " ORDER BY position", arguments: []) { rows.append(try Programme(Programme.table.row($0))) }
        return rows
    }

    package static func exists(_ code: String, in db: Connection) throws -> Bool {
        try db.scalar("SELECT count(*) FROM programme WHERE code = ?", code, as: Int64.self) == 1
    }

    /// Every code, in report order.
    package static func codes(in db: Connection) throws -> [String] {
        try db.query("SELECT code FROM programme ORDER BY position").map { try $0.column(0) }
    }
}
