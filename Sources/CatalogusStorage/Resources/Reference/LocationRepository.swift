import SQLite

/// The SQL of locations.
package enum LocationRepository {
    package struct Filter {
        package var municipality: String?
        package var kind: String?
        package var modifiedSince: String?

        package init(municipality: String? = nil, kind: String? = nil, modifiedSince: String? = nil) {
            self.municipality = municipality
            self.kind = kind
            self.modifiedSince = modifiedSince
        }
    }

    package static func find(_ id: Int64, in db: Connection) throws -> Location? {
        var found: Location?
        try db.forEachRow(Location.table.select() + " WHERE id = ?", arguments: [id]) { found = try Location(Location.table.row($0)) }
        return found
    }

    /// A municipality's locations by name.
    package static func all(in municipality: String, in db: Connection) throws -> [Location] {
        var locations: [Location] = []
        try db.forEachRow(Location.table.select() + " WHERE municipality = ? ORDER BY name, id", arguments: [municipality]) {
            locations.append(try Location(Location.table.row($0)))
        }
        return locations
    }

    /// Every location with its municipality, by municipality name, then location name.
    package static func allWithMunicipality(in db: Connection) throws -> [(id: Int64, name: String, municipality: String, municipalityName: String)] {
        try db.query("""
            SELECT l.id, l.name, m.slug, m.name FROM location l JOIN municipality m ON m.slug = l.municipality
            ORDER BY m.name, l.name, l.id
            """).map { (try $0.column(0), try $0.column(1), try $0.column(2), try $0.column(3)) }
    }

    /// The first location by municipality slug and id, for an example.
    package static func first(in db: Connection) throws -> (id: Int64, municipality: String)? {
        try db.queryRow("SELECT id, municipality FROM location ORDER BY municipality, id LIMIT 1").map { (try $0.column(0), try $0.column(1)) }
    }

    /// Ordered by id.
    package static func list(_ filter: Filter, page: PageRequest, in db: Connection) throws -> Page<Location> {
        var sql = Location.table.select() + " WHERE 1 = 1"
        var arguments: [any SQLiteBindable] = []
        if let slug = filter.municipality { sql += " AND municipality = ?"; arguments.append(slug) }
        if let kind = filter.kind { sql += " AND kind = ?"; arguments.append(kind) }
        if let since = filter.modifiedSince { sql += " AND updated_at >= ?"; arguments.append(since) }
        if let after = page.after { sql += " AND id > ?"; arguments.append(after.id) }
        sql += " ORDER BY id LIMIT ?"
        arguments.append(page.fetchLimit)
        var rows: [Location] = []
        try db.forEachRow(sql, arguments: arguments) { rows.append(try Location(Location.table.row($0))) }
        return page.page(rows) { PageCursor(id: $0.id) }
    }

    package static func nameIsTaken(_ name: String, in municipality: String, in db: Connection) throws -> Bool {
        try db.scalar("SELECT count(*) FROM location WHERE municipality = ? AND name = ?", municipality, name, as: Int64.self) ?? 0 > 0
    }

    private static let insertColumns = Location.Column.allCases.filter { $0 != .id }

    package static func insert(_ location: Location, in db: Connection) throws -> Int64 {
        try db.run(Location.table.insert(insertColumns), arguments: location.arguments(insertColumns))
        return db.lastInsertRowID
    }
}
