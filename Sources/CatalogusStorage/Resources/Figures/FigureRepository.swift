import CatalogusDomain
import SQLite

/// All SQL of key figures: definitions, stored values, and the registration sums and
/// inhabitants that computed figures derive from.
package struct FigureRepository {
    package let db: Connection

    package init(db: Connection) {
        self.db = db
    }

    /// In report order.
    package func definitions() throws -> [FigureDefinition] {
        try db.query("SELECT code, label, unit, grp, scope, computed FROM figure_definition ORDER BY position").map { row in
            FigureDefinition(code: try row.column(0), label: try row.column(1),
                             unit: FigureDefinition.Unit(rawValue: try row.column(2)) ?? .count, group: try row.column(3),
                             scope: FigureDefinition.Scope(rawValue: try row.column(4)) ?? .municipality, computed: try row.column(5))
        }
    }

    /// Stored values of a year and area (a municipality slug or `organisation`).
    package func rawValues(year: Int64, area: String) throws -> [String: Int64] {
        var values: [String: Int64] = [:]
        try db.forEachRow("SELECT code, value FROM figure_value WHERE year = ? AND area = ?", arguments: [year, area]) {
            values[try $0.column(0)] = try $0.column(1)
        }
        return values
    }

    /// Stores a value; last write wins.
    package func set(year: Int64, area: String, code: String, value: Int64, now: String) throws {
        try db.run("""
            INSERT INTO figure_value (year, area, code, value, is_example, updated_at) VALUES (?, ?, ?, ?, 0, ?)
            ON CONFLICT (year, area, code) DO UPDATE SET value = excluded.value, is_example = 0, updated_at = excluded.updated_at
            """, year, area, code, value, now)
    }

    package func remove(year: Int64, area: String, code: String) throws {
        try db.run("DELETE FROM figure_value WHERE year = ? AND area = ? AND code = ?", year, area, code)
    }

    package func inhabitants(_ municipality: String, year: Int64) throws -> Int64? {
        try MunicipalityRepository.inhabitants(of: municipality, year: year, in: db)
    }

    package func municipalityExists(_ slug: String) throws -> Bool {
        try MunicipalityRepository.exists(slug, in: db)  // the SQL lives with municipalities
    }

    /// Sums of registrations of a programme (and format) in a year, from the yearly aggregates.
    package func registrationSums(municipality: String, year: Int64, programme: String,
                          format: String? = nil) throws -> (registrations: Int64, participants: Int64, sessions: Int64) {
        var sql = """
            SELECT coalesce(sum(y.registrations), 0), coalesce(sum(y.participants), 0), coalesce(sum(y.sessions), 0)
            FROM registration_year y JOIN activity a ON a.id = y.activity_id
            WHERE y.year = ? AND y.municipality = ? AND a.programme = ?
            """
        var arguments: [any SQLiteBindable] = [year, municipality, programme]
        if let format { sql += " AND a.format = ?"; arguments.append(format) }
        guard let row = try db.queryRow(sql, arguments: arguments) else { return (0, 0, 0) }  // an aggregate always has a row
        return (try row.column(0), try row.column(1), try row.column(2))
    }
}
