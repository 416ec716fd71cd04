import SQLite

/// All SQL of highlights (a jaarbericht's stories) and the registrations they link.
package enum HighlightRepository {
    private static let table = Highlight.table

    package struct Filter {
        package var municipality: String?
        package var year: Int64?
        package var programme: String?
        /// Only the stories of published reports: what a municipality sees.
        package var publishedOnly = false

        package init(municipality: String? = nil, year: Int64? = nil, programme: String? = nil) {
            (self.municipality, self.year, self.programme) = (municipality, year, programme)
        }
    }

    /// A linked registration, with what a story's figures are computed from.
    package struct Source: Sendable, Equatable {
        package let highlight: Int64
        package let registration: Int64
        package let date: String
        package let activity: String
        package let sessions: Int64
        package let participants: Int64
    }

    package static func find(_ id: Int64, in db: Connection) throws -> Highlight? {
        var found: Highlight?
        try db.forEachRow(table.select() + " WHERE h.id = ?", arguments: [id]) { found = try Highlight(table.row($0)) }
        return found
    }

    /// By id; the cursor is the last one's.
    package static func list(_ filter: Filter, page: PageRequest, in db: Connection) throws -> Page<Highlight> {
        var conditions = ["(?1 IS NULL OR h.municipality = ?1)", "(?2 IS NULL OR h.year = ?2)", "(?3 IS NULL OR h.programme = ?3)",
                          "h.id > ?4"]
        if filter.publishedOnly { conditions.append(ReportRepository.publishedCondition) }
        var rows: [Highlight] = []
        try db.forEachRow(table.select() + " WHERE " + conditions.joined(separator: " AND ") + " ORDER BY h.id LIMIT ?5",
                          arguments: [filter.municipality, filter.year, filter.programme, page.after?.id ?? 0, page.fetchLimit]) {
            rows.append(try Highlight(table.row($0)))
        }
        return page.page(rows) { PageCursor(id: $0.id) }
    }

    private static let insertColumns = Highlight.Column.allCases.filter { $0 != .id }
    private static let updateColumns = Highlight.Column.allCases.filter { ![.id, .version, .createdAt].contains($0) }
    private static let updateSQL = table.update(updateColumns) + ", version = version + 1 WHERE id = ? AND version = ?"

    package static func insert(_ highlight: Highlight, in db: Connection) throws -> Int64 {
        try db.run(table.insert(insertColumns), arguments: highlight.arguments(insertColumns))
        return db.lastInsertRowID
    }

    /// False when the story is no longer at `expectedVersion`.
    package static func update(_ highlight: Highlight, expectedVersion: Int64, in db: Connection) throws -> Bool {
        try db.run(updateSQL, arguments: highlight.arguments(updateColumns) + [highlight.id, expectedVersion])
        return db.changes == 1
    }

    /// Its links go with it (ON DELETE CASCADE).
    package static func delete(_ id: Int64, in db: Connection) throws {
        try db.run("DELETE FROM highlight WHERE id = ?", id)
    }

    /// Replaces the story's registrations with `registrations`.
    package static func link(_ id: Int64, to registrations: [Int64], in db: Connection) throws {
        try db.run("DELETE FROM highlight_registration WHERE highlight_id = ?", id)
        try db.run("INSERT INTO highlight_registration (highlight_id, registration_id) SELECT ?, value FROM json_each(?)",
                   id, jsonArray(registrations))
    }

    /// The registrations linked to the stories `ids` that are of the story's municipality
    /// and year (one moved since is left out), by date: the stories' figures.
    package static func sources(of ids: [Int64], in db: Connection) throws -> [Source] {
        try db.query("""
            SELECT hr.highlight_id, r.id, r.date, a.name, r.sessions, r.participants FROM highlight_registration hr
            JOIN highlight h ON h.id = hr.highlight_id JOIN registration r ON r.id = hr.registration_id
            JOIN activity a ON a.id = r.activity_id
            WHERE hr.highlight_id IN (SELECT value FROM json_each(?)) AND r.municipality = h.municipality
            AND r.date >= h.year || '-01-01' AND r.date <= h.year || '-12-31' AND \(Registration.isPublished)
            ORDER BY r.date, r.id
            """, jsonArray(ids)).map {
            Source(highlight: try $0.column(0), registration: try $0.column(1), date: try $0.column(2), activity: try $0.column(3),
                   sessions: try $0.column(4), participants: try $0.column(5))
        }
    }

    /// Where each of `ids` that exists was held: its municipality and date.
    package static func places(of ids: [Int64], in db: Connection) throws -> [Int64: (municipality: String, date: String)] {
        var places: [Int64: (municipality: String, date: String)] = [:]
        try db.forEachRow("SELECT r.id, r.municipality, r.date FROM registration r WHERE r.id IN (SELECT value FROM json_each(?)) AND "
                          + Registration.isPublished, arguments: [jsonArray(ids)]) {
            places[try $0.column(0)] = (try $0.column(1), try $0.column(2))
        }
        return places
    }

    private static func jsonArray(_ ids: [Int64]) -> String { "[" + ids.map(String.init).joined(separator: ",") + "]" }
}
