import JSON
import SQLite

/// All SQL of registrations: reads by id and by page, writes, and the lookups their
/// checks need.
package struct RegistrationRepository {
    package let db: Connection

    package init(db: Connection) {
        self.db = db
    }

    package func find(_ id: Int64) throws -> Registration? {
        var found: Registration?
        try db.forEachRow(Registration.select + " WHERE r.id = ? AND " + Registration.isPublished, arguments: [id]) {
            found = try Registration(row: Registration.table.row($0))
        }
        return found
    }

    /// A page by (date, id), oldest or newest first; the cursor is the last row's (date, id).
    package func page(_ query: RegistrationListQuery) throws -> Page<Registration> {
        var conditions = [Registration.isPublished]
        var arguments: [any SQLiteBindable] = []
        func add(_ condition: String, _ values: any SQLiteBindable...) {
            conditions.append(condition)
            arguments.append(contentsOf: values)
        }
        if let slug = query.municipality { add("r.municipality = ?", slug) }
        if let own = query.ownMunicipality { add("r.municipality = ?", own) }
        if let id = query.activityID { add("r.activity_id = ?", id) }
        if let programme = query.programme { add("a.programme = ?", programme) }
        if let id = query.locationID { add("r.location_id = ?", id) }
        if let from = query.from { add("r.date >= ?", from) }
        if let to = query.to { add("r.date <= ?", to) }
        if let since = query.modifiedSince { add("r.updated_at >= ?", since) }
        if let after = query.page.after {
            // The next page lies beyond the cursor in the order asked for.
            add(query.newestFirst ? "(r.date < ? OR (r.date = ? AND r.id < ?))" : "(r.date > ? OR (r.date = ? AND r.id > ?))",
                after.key, after.key, after.id)
        }
        var sql = Registration.select + " WHERE " + conditions.joined(separator: " AND ")
        sql += query.newestFirst ? " ORDER BY r.date DESC, r.id DESC LIMIT ?" : " ORDER BY r.date, r.id LIMIT ?"
        arguments.append(query.page.fetchLimit)
        var rows: [Registration] = []
        try db.forEachRow(sql, arguments: arguments) { rows.append(try Registration(row: Registration.table.row($0))) }
        return query.page.page(rows) { PageCursor(key: $0.date, id: $0.id) }
    }

    /// Every column but the id, which SQLite gives.
    private static let insertColumns = Registration.Column.allCases.filter { $0 != .id }
    private static let insertSQL = Registration.table.insert(insertColumns)

    /// The statement is cached by its text.
    package func insert(_ registration: Registration) throws -> Int64 {
        try db.run(Self.insertSQL, arguments: registration.arguments(Self.insertColumns))
        return db.lastInsertRowID
    }

    private static let updateColumns = Registration.Column.allCases.filter { ![.id, .version, .createdAt].contains($0) }
    private static let updateSQL = Registration.table.update(updateColumns) + ", version = version + 1 WHERE id = ? AND version = ?"

    /// False when the registration is no longer at `expectedVersion`. `registration` carries the new `updatedAt`.
    package func update(_ registration: Registration, expectedVersion: Int64) throws -> Bool {
        try db.run(Self.updateSQL, arguments: registration.arguments(Self.updateColumns) + [registration.id, expectedVersion])
        return db.changes == 1
    }

    package func delete(_ id: Int64) throws {
        try db.run("DELETE FROM registration WHERE id = ?", id)
    }

    // MARK: Lookups

    /// Every activity's id, code and default sessions, for checking many rows at once.
    /// An activity by id (digits) or code, with its default session count.
    package func activityReference(_ reference: String) throws -> (id: Int64, sessionsPerUnit: Int64?)? {
        let isID = !reference.isEmpty && reference.utf8.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
        let sql = isID ? "SELECT id, sessions_per_unit FROM activity WHERE id = ?" : "SELECT id, sessions_per_unit FROM activity WHERE code = ?"
        var found: (Int64, Int64?)?
        try db.forEachRow(sql, arguments: [isID ? (Int64(reference) ?? -1) as any SQLiteBindable : reference]) { s in
            found = (try s.column(0), try s.column(1))
        }
        return found
    }

    package func locationMunicipality(_ id: Int64) throws -> String? {
        try db.scalar("SELECT municipality FROM location WHERE id = ?", id)
    }

    package func orderMunicipality(_ id: Int64) throws -> String? {
        try db.scalar("SELECT municipality FROM purchase_order WHERE id = ?", id)
    }

    package func municipalityExists(_ slug: String) throws -> Bool {
        try MunicipalityRepository.exists(slug, in: db)  // the SQL lives with municipalities
    }

    /// An activity by id (digits) or code.
    package func activityID(_ reference: String) throws -> Int64? {
        let isID = !reference.isEmpty && reference.utf8.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
        if isID { return try db.scalar("SELECT id FROM activity WHERE id = ?", Int64(reference) ?? -1) }
        return try db.scalar("SELECT id FROM activity WHERE code = ?", reference)
    }

    package func programmeExists(_ code: String) throws -> Bool {
        try ProgrammeRepository.exists(code, in: db)
    }

    package func locationExists(_ id: Int64) throws -> Bool {
        try LocationRepository.find(id, in: db) != nil
    }
}
