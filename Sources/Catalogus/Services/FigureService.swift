import JSON
import SQLite

/// Key figures: stored raw values and the totals and ratios computed from them (and
/// from registrations), never stored.
enum FigureService {
    static func definitions(in db: Connection) throws -> [FigureDefinition] {
        try db.query("SELECT code, label, unit, grp, scope, computed FROM figure_definition ORDER BY position").map { row in
            FigureDefinition(code: try row.column(0), label: try row.column(1),
                             unit: FigureDefinition.Unit(rawValue: try row.column(2)) ?? .count, group: try row.column(3),
                             scope: FigureDefinition.Scope(rawValue: try row.column(4)) ?? .municipality, computed: try row.column(5))
        }
    }

    /// Stored values of a year and area (a municipality slug or `organisation`).
    static func rawValues(year: Int64, area: String, in db: Connection) throws -> [String: Int64] {
        var values: [String: Int64] = [:]
        try db.forEachRow("SELECT code, value FROM figure_value WHERE year = ? AND area = ?", arguments: [year, area]) {
            values[try $0.column(0)] = try $0.column(1)
        }
        return values
    }

    static func number(_ definition: FigureDefinition, raw value: Int64) -> FigureNumber {
        definition.unit == .percent ? .percentTenths(value * 10) : .count(value)
    }

    /// Sums of registrations of a programme (and format) in a year, from the monthly aggregates.
    static func registrationSums(municipality: String, year: Int64, programme: String, format: String? = nil,
                                 in db: Connection) throws -> (registrations: Int64, participants: Int64, sessions: Int64) {
        var sql = """
            SELECT coalesce(sum(m.registrations), 0), coalesce(sum(m.participants), 0), coalesce(sum(m.sessions), 0)
            FROM registration_month m JOIN activity a ON a.id = m.activity_id
            WHERE m.municipality = ? AND m.month BETWEEN ? AND ? AND a.programme = ?
            """
        var arguments: [any SQLiteBindable] = [municipality, "\(year)-01", "\(year)-12", programme]
        if let format { sql += " AND a.format = ?"; arguments.append(format) }
        let row = try db.query(sql, arguments: arguments)[0]
        return (try row.column(0), try row.column(1), try row.column(2))
    }

    /// The computed figures of a year and area; nil where an input was never recorded.
    static func computedValues(year: Int64, area: String, raw: [String: Int64], in db: Connection) throws -> [String: FigureNumber?] {
        func sum(_ codes: [String]) -> Int64? {
            let present = codes.compactMap { raw[$0] }
            return present.isEmpty ? nil : present.reduce(0, +)
        }
        if area == "organisation" {
            return ["loans_online_total": sum(["loans_ebooks", "loans_audiobooks"]).map { .count($0) }]
        }
        let membersTotal = sum(["members_paying", "members_youth", "members_start", "members_other"])
        let inhabitants: Int64? = try db.scalar(
            "SELECT count FROM municipality_inhabitants WHERE municipality = ? AND year = ?", area, year)
        let platform = try registrationSums(municipality: area, year: year, programme: "platform", in: db)
        let courses = try registrationSums(municipality: area, year: year, programme: "digitale-vaardigheden", format: "course", in: db)
        let officeHours = try registrationSums(municipality: area, year: year, programme: "digitale-vaardigheden", format: "office_hours", in: db)
        var participation: FigureNumber?
        if let membersTotal, let inhabitants, let tenths = FigureNumber.ratioTenths(membersTotal, inhabitants, scale: 100) {
            participation = .percentTenths(tenths)
        }
        return [
            "platform_activities": .count(platform.registrations),
            "platform_participants": .count(platform.participants),
            "members_total": membersTotal.map { .count($0) },
            "inhabitants": inhabitants.map { .count($0) },
            "participation_rate": participation,
            "digital_courses": .count(courses.registrations),
            "digital_course_sessions": .count(courses.sessions),
            "ido_office_hours": .count(officeHours.registrations),
            "loans_physical_total": sum(["loans_books", "loans_avm", "loans_magazines"]).map { .count($0) },
        ]
    }

    /// Every figure of the area's scope (raw and computed), in definition order; nil
    /// where never recorded.
    static func allFigures(year: Int64, area: String, scope: FigureDefinition.Scope,
                           in db: Connection) throws -> [(FigureDefinition, FigureNumber?)] {
        let raw = try rawValues(year: year, area: area, in: db)
        let computed = try computedValues(year: year, area: area, raw: raw, in: db)
        return try definitions(in: db).filter { $0.scope == scope }.map { definition in
            if definition.computed { return (definition, computed[definition.code] ?? nil) }
            return (definition, raw[definition.code].map { number(definition, raw: $0) })
        }
    }
}
