import JSON
import SQLite

/// A bulk import in turns (migration 0019): its rows go in a thousand at a time, each turn
/// a transaction of its own so that other writes go between them, and stay invisible (no
/// reads, no sums) until `publish` shows them all in one last turn. Until then they can be
/// taken back whole (`abandon`), also by a server that starts after one stopped mid-import.
/// All SQL of it is here.
package struct RegistrationImportRepository {
    /// Rows per turn: a turn of this many takes ~20 ms of the writer, a 10,000-row import
    /// in one turn ~300 ms, which is what a small write behind it waited (issue 20, item 8).
    package static let rowsPerTurn = 1_000

    package let db: Connection

    package init(db: Connection) {
        self.db = db
    }

    /// An unfinished import: its id, and its rows' ids so far, in the order of the input.
    package struct Staged: Sendable {
        package let id: Int64
        package var ids: [Int64] = []

        package init(id: Int64) { self.id = id }
    }

    package func begin(now: String) throws -> Staged {
        try db.run("INSERT INTO registration_import (started_at) VALUES (?)", now)
        return Staged(id: db.lastInsertRowID)
    }

    /// Inserts `rows` (`rows(_:)`, `count` of them) as the import's, unseen, with one
    /// statement, and adds their ids to `staged`. The ids are consecutive: with the write
    /// lock held, SQLite gives each new row the largest id plus one (checked, not assumed).
    package func insert(_ rows: String, count: Int, into staged: inout Staged, now: String) throws {
        guard count > 0 else { return }
        try db.run(Self.insertSQL, rows, now, staged.id)
        let last = db.lastInsertRowID, inserted = db.changes
        let first = last - Int64(count) + 1
        guard inserted == count,
              try db.scalar("SELECT count(*) FROM registration WHERE id BETWEEN ? AND ? AND import_id = ?",
                            first, last, staged.id, as: Int64.self) == Int64(count) else {
            throw Fault.idsNotConsecutive(first: first, last: last, count: count)
        }
        if staged.ids.isEmpty {
            try db.run("UPDATE registration_import SET first_id = ? WHERE id = ?", first, staged.id)
            guard db.changes == 1 else { throw Fault.importMissing(staged.id) }
        }
        staged.ids.append(contentsOf: first...last)
    }

    /// Shows the import's rows: adds them to the statistics' sums, once per group, and
    /// ends the import. Readers see all of its rows from this commit on, or none before.
    package func publish(_ staged: Staged) throws {
        guard let first = staged.ids.first, let last = staged.ids.last else {
            try end(staged.id)
            return
        }
        try addSums(first: first, last: last, importID: staged.id)
        try end(staged.id)
    }

    /// Adds what the per-row insert triggers would have added for the rows with ids
    /// `first...last` of one import (other writes' rows lie between its turns), or of
    /// none (`SyntheticData`'s, loaded with the triggers set aside).
    package func addSums(first: Int64, last: Int64, importID: Int64?) throws {
        for sql in Self.addSumsSQL { try db.run(sql, first, last, importID) }
    }

    /// Takes an unfinished import back: its rows and its record. Its rows were never in
    /// the sums, and the delete triggers leave them out while the record exists (so it
    /// goes last). An import that is not (or no longer) here is not an error: a turn that
    /// failed may never have committed it. How many rows it had.
    @discardableResult
    package func abandon(_ id: Int64) throws -> Int {
        guard let first = try db.scalar("SELECT first_id FROM registration_import WHERE id = ?", id, as: Int64.self) else {
            try db.run("DELETE FROM registration_import WHERE id = ?", id)
            return 0
        }
        try db.run("DELETE FROM registration WHERE id >= ? AND import_id = ?", first, id)
        let rows = db.changes
        try db.run("DELETE FROM registration_import WHERE id = ?", id)
        return rows
    }

    /// The imports that were still going when the server stopped.
    package func unfinished() throws -> [Int64] {
        try db.query("SELECT id FROM registration_import ORDER BY id").map { try $0.column(0) }
    }

    private func end(_ id: Int64) throws {
        try db.run("DELETE FROM registration_import WHERE id = ?", id)
        guard db.changes == 1 else { throw Fault.importMissing(id) }
    }

    package enum Fault: Error {
        case idsNotConsecutive(first: Int64, last: Int64, count: Int)
        /// The import's record went away while it ran: never by this server's own doing.
        case importMissing(Int64)
    }

    /// `registrations` as `insert` takes them, `rowsPerTurn` to a turn.
    package static func turns(_ registrations: [Registration]) -> [(rows: String, count: Int)] {
        stride(from: 0, to: registrations.count, by: rowsPerTurn).map { start in
            let slice = registrations[start..<min(start + rowsPerTurn, registrations.count)]
            return (rows: rows(slice), count: slice.count)
        }
    }

    /// What an imported row carries: the columns a body sets (the INSERT adds the version,
    /// the times and the import), from the record's declaration.
    private static let bulkColumns = Registration.Column.allCases.filter { Registration.field($0) != nil }

    /// Rows for `insert`, as one JSON array of arrays in the order of `bulkColumns`, each
    /// value as it binds: built before the writer's turn, where nothing is parsed from Swift.
    package static func rows(_ registrations: ArraySlice<Registration>) -> String {
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
    /// from each row's array, then the version, ?2 as both times and ?3 as the import.
    private static let insertSQL = "INSERT INTO registration ("
        + (bulkColumns.map(\.rawValue) + ["version", "created_at", "updated_at", "import_id"]).joined(separator: ", ") + ") SELECT "
        + (bulkColumns.indices.map { "json_extract(value, '$[\($0)]')" } + ["1", "?2", "?2", "?3"]).joined(separator: ", ")
        + " FROM json_each(?1) ORDER BY key"

    /// What the per-row insert triggers of migrations 0004 and 0012 add, for rows ?1...?2 of
    /// import ?3, a group each. (`WHERE` keeps SQLite from reading `ON CONFLICT` as a join
    /// constraint; `IS` matches a NULL import too.)
    private static let addSumsSQL = [
        """
        INSERT INTO registration_month (municipality, activity_id, month, registrations, participants, sessions)
        SELECT municipality, activity_id, substr(date, 1, 7), count(*), sum(participants), sum(sessions)
        FROM registration WHERE id BETWEEN ?1 AND ?2 AND import_id IS ?3 GROUP BY 1, 2, 3
        ON CONFLICT (municipality, month, activity_id) DO UPDATE SET
            registrations = registrations + excluded.registrations,
            participants = participants + excluded.participants,
            sessions = sessions + excluded.sessions
        """,
        """
        INSERT INTO registration_year (year, municipality, activity_id, registrations, participants, sessions)
        SELECT CAST(substr(date, 1, 4) AS INTEGER), municipality, activity_id, count(*), sum(participants), sum(sessions)
        FROM registration WHERE id BETWEEN ?1 AND ?2 AND import_id IS ?3 GROUP BY 1, 2, 3
        ON CONFLICT (year, municipality, activity_id) DO UPDATE SET
            registrations = registrations + excluded.registrations,
            participants = participants + excluded.participants,
            sessions = sessions + excluded.sessions
        """,
        """
        INSERT INTO registration_place_year (year, municipality, activity_id, location_id, registrations)
        SELECT CAST(substr(date, 1, 4) AS INTEGER), municipality, activity_id, location_id, count(*)
        FROM registration WHERE id BETWEEN ?1 AND ?2 AND import_id IS ?3 AND location_id IS NOT NULL GROUP BY 1, 2, 3, 4
        ON CONFLICT (year, municipality, activity_id, location_id) DO UPDATE SET
            registrations = registrations + excluded.registrations
        """,
    ]
}

extension Registration {
    /// Leaves out the rows of an import that has not ended (`RegistrationImportRepository`): every
    /// read and change of registrations by id or by list says `AND` this.
    package static let isPublished = "(r.import_id IS NULL OR r.import_id NOT IN (SELECT id FROM registration_import))"
}
