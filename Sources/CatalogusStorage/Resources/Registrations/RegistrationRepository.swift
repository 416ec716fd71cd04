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
        try db.forEachRow(Registration.select + " WHERE r.id = ?", arguments: [id]) {
            found = try Registration(row: Registration.table.row($0))
        }
        return found
    }

    /// A page by (date, id), oldest or newest first; the cursor is the last row's (date, id).
    package func page(_ query: RegistrationListQuery) throws -> Page<Registration> {
        var conditions: [String] = []
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
        var sql = Registration.select
        if !conditions.isEmpty { sql += " WHERE " + conditions.joined(separator: " AND ") }
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

    /// What a bulk import's row carries: the columns a body sets (`insertAll` adds the version and times).
    private static let bulkColumns = Registration.Column.allCases.filter { Registration.field($0) != nil }

    /// Rows for `insertAll`, as one JSON array of arrays in the order of `bulkColumns`, each
    /// value as it binds: built before the writer's turn.
    package static func rowsForInsertAll(_ registrations: [Registration]) -> String {
        var rows = RecordSQLRows(capacity: registrations.count * 96 + 2)
        rows.writer.beginArray()
        for registration in registrations {
            rows.writer.beginArray()
            for column in bulkColumns { registration.value(column, into: &rows) }
            rows.writer.endArray()
        }
        rows.writer.endArray()
        return String(decoding: rows.writer.bytes, as: UTF8.self)
    }

    /// `INSERT … SELECT json_extract(value, '$[0]'), … FROM json_each(?1)`: the bulk columns
    /// from each row's array, then the version and ?2 as both times.
    private static let insertAllSQL = "INSERT INTO registration (" + (bulkColumns.map(\.rawValue) + ["version", "created_at", "updated_at"])
        .joined(separator: ", ") + ") SELECT "
        + (bulkColumns.indices.map { "json_extract(value, '$[\($0)]')" } + ["1", "?2", "?2"]).joined(separator: ", ")
        + " FROM json_each(?1) ORDER BY key"

    /// Inserts every row of `rows` (`rowsForInsertAll`) with one statement, in order, and
    /// returns their ids. In a bulk import's turn on the writer, binding and stepping an
    /// INSERT per row from Swift cost several times what SQLite's own work did.
    /// The ids are consecutive: with the write lock held, SQLite gives each new row the
    /// largest id plus one (checked, not assumed).
    /// The statistics' sums are added once per group of rows (`addSums`), not by the
    /// per-row triggers, which stand aside while `registration_bulk_insert` holds its row
    /// (migration 0016): half the INSERT's time, all of it in the writer's turn.
    package func insertAll(_ rows: String, count: Int, now: String) throws -> [Int64] {
        guard count > 0 else { return [] }
        try db.run("INSERT INTO registration_bulk_insert (id) VALUES (1)")
        try db.run(Self.insertAllSQL, rows, now)
        let last = db.lastInsertRowID, inserted = db.changes
        let first = last - Int64(count) + 1
        guard inserted == count,
              try db.scalar("SELECT count(*) FROM registration WHERE id BETWEEN ? AND ?", first, last, as: Int64.self) == Int64(count) else {
            throw InsertAllFault.idsNotConsecutive(first: first, last: last, count: count)
        }
        for sql in Self.addSumsSQL { try db.run(sql, first, last) }
        try db.run("DELETE FROM registration_bulk_insert")
        // Left behind, the row would switch the sum triggers off for every later write.
        guard db.changes == 1 else { throw InsertAllFault.bulkMarkerMissing }
        return Array(first...last)
    }

    package enum InsertAllFault: Error {
        case idsNotConsecutive(first: Int64, last: Int64, count: Int)
        case bulkMarkerMissing
    }

    /// What the per-row insert triggers of migrations 0004 and 0012 add, for the rows with
    /// ids ?1...?2 at once, a group each.
    private static let addSumsSQL = [
        """
        INSERT INTO registration_month (municipality, activity_id, month, registrations, participants, sessions)
        SELECT municipality, activity_id, substr(date, 1, 7), count(*), sum(participants), sum(sessions)
        FROM registration WHERE id BETWEEN ?1 AND ?2 GROUP BY 1, 2, 3
        ON CONFLICT (municipality, month, activity_id) DO UPDATE SET
            registrations = registrations + excluded.registrations,
            participants = participants + excluded.participants,
            sessions = sessions + excluded.sessions
        """,
        """
        INSERT INTO registration_year (year, municipality, activity_id, registrations, participants, sessions)
        SELECT CAST(substr(date, 1, 4) AS INTEGER), municipality, activity_id, count(*), sum(participants), sum(sessions)
        FROM registration WHERE id BETWEEN ?1 AND ?2 GROUP BY 1, 2, 3
        ON CONFLICT (year, municipality, activity_id) DO UPDATE SET
            registrations = registrations + excluded.registrations,
            participants = participants + excluded.participants,
            sessions = sessions + excluded.sessions
        """,
        """
        INSERT INTO registration_place_year (year, municipality, activity_id, location_id, registrations)
        SELECT CAST(substr(date, 1, 4) AS INTEGER), municipality, activity_id, location_id, count(*)
        FROM registration WHERE id BETWEEN ?1 AND ?2 AND location_id IS NOT NULL GROUP BY 1, 2, 3, 4
        ON CONFLICT (year, municipality, activity_id, location_id) DO UPDATE SET
            registrations = registrations + excluded.registrations
        """,
    ]

    /// What a correction sets: every column but the id and what only the insert sets; the version goes up by one.
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
