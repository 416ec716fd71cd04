import CatalogusDomain
import JSON
import SQLite

/// The SQL of municipalities and their inhabitants.
package enum MunicipalityRepository {
    package static func find(_ slug: String, in db: Connection) throws -> Municipality? {
        var found: Municipality?
        try db.forEachRow(Municipality.table.select() + " WHERE slug = ?", arguments: [slug]) {
            found = try Municipality(Municipality.table.row($0))
        }
        return found
    }

    package static func require(_ slug: String, in db: Connection) throws -> Municipality {
        guard let found = try find(slug, in: db) else { throw AppError.notFound(.init(.municipalityUnknown, ["slug": .string(slug)])) }
        return found
    }

    package static func exists(_ slug: String, in db: Connection) throws -> Bool { try find(slug, in: db) != nil }

    /// Every municipality by name (then slug): what the pages and reports offer to choose from.
    package static func all(in db: Connection) throws -> [Municipality] {
        var rows: [Municipality] = []
        try db.forEachRow(Municipality.table.select() + " ORDER BY name, slug", arguments: []) {
            rows.append(try Municipality(Municipality.table.row($0)))
        }
        return rows
    }

    /// Ordered by slug; the cursor's key is the last slug.
    package static func list(modifiedSince: String?, page: PageRequest, in db: Connection) throws -> Page<Municipality> {
        var sql = Municipality.table.select() + " WHERE 1 = 1"
        var arguments: [any SQLiteBindable] = []
        if let modifiedSince { sql += " AND updated_at >= ?"; arguments.append(modifiedSince) }
        if let after = page.after { sql += " AND slug > ?"; arguments.append(after.key) }
        sql += " ORDER BY slug LIMIT ?"
        arguments.append(page.fetchLimit)
        var rows: [Municipality] = []
        try db.forEachRow(sql, arguments: arguments) { rows.append(try Municipality(Municipality.table.row($0))) }
        return page.page(rows) { PageCursor(key: $0.slug, id: 0) }
    }

    /// The municipality with its inhabitants by year and its locations by name.
    package static func detail(of municipality: Municipality, in db: Connection) throws -> MunicipalityDetail {
        var inhabitants: [InhabitantCount] = []
        try db.forEachRow("SELECT year, count, is_example FROM municipality_inhabitants WHERE municipality = ? ORDER BY year",
                          arguments: [municipality.slug]) { row in
            inhabitants.append(InhabitantCount(year: try row.column(0), count: try row.column(1), isExample: try row.column(2)))
        }
        let locations = try LocationRepository.all(in: municipality.slug, in: db)
        return MunicipalityDetail(municipality: municipality, inhabitants: inhabitants, locations: locations)
    }

    package static func detail(_ slug: String, in db: Connection) throws -> MunicipalityDetail {
        try detail(of: try require(slug, in: db), in: db)
    }

    /// The slug of another municipality that has this CBS code, if any.
    package static func slug(withCBSCode code: String, other slug: String, in db: Connection) throws -> String? {
        try db.scalar("SELECT slug FROM municipality WHERE cbs_code = ? AND slug != ?", code, slug)
    }

    /// Creates or replaces what a body sets (`Municipality.field(_:)`); the version counts every change.
    package static func upsert(_ municipality: Municipality, in db: Connection) throws {
        try db.run(upsertSQL, arguments: municipality.arguments(Municipality.Column.allCases))
    }

    private static let upsertSQL = Municipality.table.upsert(
        Municipality.Column.allCases, conflict: [.slug], update: RecordInput.writable(Municipality.self, creating: false).map(\.column)
            + [.updatedAt], also: "version = version + 1")

    /// A change to what a municipality shows (its inhabitants or locations) is a new version of it.
    package static func touch(_ slug: String, now: String, in db: Connection) throws {
        try db.run("UPDATE municipality SET version = version + 1, updated_at = ? WHERE slug = ?", now, slug)
    }

    package static func inhabitants(of slug: String, year: Int64, in db: Connection) throws -> Int64? {
        try db.scalar("SELECT count FROM municipality_inhabitants WHERE municipality = ? AND year = ?", slug, year)
    }

    /// An official count replaces the demo data's example.
    package static func setInhabitants(of slug: String, year: Int64, count: Int64, now: String, in db: Connection) throws {
        try db.run("""
            INSERT INTO municipality_inhabitants (municipality, year, count, is_example, updated_at) VALUES (?, ?, ?, 0, ?)
            ON CONFLICT (municipality, year) DO UPDATE SET count = excluded.count, is_example = 0, updated_at = excluded.updated_at
            """, slug, year, count, now)
    }
}
