import SQLite

/// All SQL of the statistics: the yearly and monthly aggregates of registrations, key
/// figure values, confirmed order lines and the reference data the reports are laid out by.
package struct StatisticsRepository {
    package let db: Connection

    package init(db: Connection) {
        self.db = db
    }

    /// The municipality a report is about: slug, name, CBS code.
    package struct Municipality { package let slug: String; package let name: String; package let cbsCode: String }

    package func municipality(_ slug: String) throws -> Municipality? {
        try db.queryRow("SELECT slug, name, cbs_code FROM municipality WHERE slug = ?", slug)
            .map { Municipality(slug: try $0.column(0), name: try $0.column(1), cbsCode: try $0.column(2)) }
    }

    package func municipalityExists(_ slug: String) throws -> Bool {
        try MunicipalityRepository.exists(slug, in: db)  // the SQL lives with municipalities
    }

    package func programmeExists(_ code: String) throws -> Bool {
        try ProgrammeRepository.exists(code, in: db)
    }

    /// An activity by id (digits) or code.
    package func activityID(_ reference: String) throws -> Int64? {
        let isID = !reference.isEmpty && reference.utf8.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
        if isID { return try db.scalar("SELECT id FROM activity WHERE id = ?", Int64(reference) ?? -1) }
        return try db.scalar("SELECT id FROM activity WHERE code = ?", reference)
    }

    /// Programmes in report order: code and name.
    package func programmes() throws -> [(code: String, name: String)] {
        try ProgrammeRepository.all(in: db).map { ($0.code, $0.name) }
    }

    /// Municipalities by name: slug and name.
    package func municipalities() throws -> [(slug: String, name: String)] {
        try MunicipalityRepository.all(in: db).map { ($0.slug, $0.name) }
    }

    /// Years with key figures or registrations, in no particular order.
    package func dataYears() throws -> [Int64] {
        try db.query("""
            SELECT DISTINCT year FROM figure_value
            UNION SELECT DISTINCT year FROM registration_year
            """).map { try $0.column(0, as: Int64.self) }
    }

    /// The municipality with the most recent key figures (then the most of them), if any has some.
    package func busiestFigureArea() throws -> String? {
        try db.scalar("""
            SELECT area FROM figure_value WHERE area <> 'organisation'
            GROUP BY area ORDER BY max(year) DESC, count(*) DESC, area LIMIT 1
            """)
    }

    package func inhabitants(_ municipality: String, year: Int64) throws -> Int64? {
        try MunicipalityRepository.inhabitants(of: municipality, year: year, in: db)
    }

    package func inhabitantsByMunicipality(year: Int64) throws -> [(municipality: String, count: Int64)] {
        var found: [(String, Int64)] = []
        try db.forEachRow("SELECT municipality, count FROM municipality_inhabitants WHERE year = ?", arguments: [year]) {
            found.append((try $0.column(0), try $0.column(1)))
        }
        return found
    }

    package func activities() throws -> [ActivityYearSums.ActivityInfo] {
        var found: [ActivityYearSums.ActivityInfo] = []
        try db.forEachRow("SELECT id, code, name, programme, format, unit FROM activity", arguments: []) { s in
            found.append(ActivityYearSums.ActivityInfo(id: try s.column(0), code: try s.column(1), name: try s.column(2),
                                                       programme: try s.column(3), format: try s.column(4), unit: try s.column(5)))
        }
        return found
    }

    /// Registrations, participants and sessions of a year: per activity of one municipality
    /// (one row each in the yearly aggregates).
    package func deliveredPerActivity(municipality: String, year: Int64) throws -> [(activityID: Int64, sums: ActivityYearSums.Delivered)] {
        var found: [(Int64, ActivityYearSums.Delivered)] = []
        try db.forEachRow("""
            SELECT activity_id, registrations, participants, sessions FROM registration_year
            WHERE year = ? AND municipality = ?
            """, arguments: [year, municipality]) { s in
            found.append((try s.column(0), ActivityYearSums.Delivered(registrations: try s.column(1), participants: try s.column(2),
                                                                       sessions: try s.column(3), locations: 0)))
        }
        return found
    }

    /// Registrations, participants and sessions of a year: per municipality.
    package func deliveredPerMunicipality(year: Int64) throws -> [(municipality: String, registrations: Int64, participants: Int64, sessions: Int64)] {
        var found: [(String, Int64, Int64, Int64)] = []
        try db.forEachRow("""
            SELECT municipality, sum(registrations), sum(participants), sum(sessions) FROM registration_year
            WHERE year = ? GROUP BY municipality
            """, arguments: [year]) { s in
            found.append((try s.column(0), try s.column(1), try s.column(2), try s.column(3)))
        }
        return found
    }

    /// The distinct places where an activity was held in a year, for per-location units:
    /// one row per place in the yearly aggregates.
    package func distinctLocations(activityID: Int64, municipality: String, year: Int64) throws -> Int64 {
        try db.scalar("""
            SELECT count(*) FROM registration_place_year WHERE year = ? AND municipality = ? AND activity_id = ?
            """, year, municipality, activityID, as: Int64.self) ?? 0
    }

    /// A priced line of a submitted or confirmed order of the year.
    package struct CommittedLine {
        package let confirmed: Bool
        package let activityID: Int64
        package let quantity: Int64
        package let price: Order.FrozenPrice
    }

    package func committedLines(municipality: String, year: Int64) throws -> [CommittedLine] {
        var found: [CommittedLine] = []
        try db.forEachRow("""
            SELECT o.status, l.activity_id, l.quantity, l.unit, l.unit_price_cents, l.vat_rate, l.inhabitants
            FROM order_line l JOIN purchase_order o ON o.id = l.order_id
            WHERE o.municipality = ? AND o.year = ? AND o.status IN ('submitted', 'confirmed') AND l.unit IS NOT NULL
            """, arguments: [municipality, year]) { s in
            found.append(CommittedLine(
                confirmed: try s.column(0, as: String.self) == "confirmed", activityID: try s.column(1), quantity: try s.column(2),
                price: Order.FrozenPrice(unit: try s.column(3), unitPriceCents: try s.column(4), vatRate: try s.column(5),
                                         inhabitants: try s.column(6))))
        }
        return found
    }

    /// Net of a line = quantity × unit price (× inhabitants); VAT does not enter net.
    package func confirmedNetPerMunicipality(year: Int64) throws -> [(municipality: String, netCents: Int64)] {
        var found: [(String, Int64)] = []
        try db.forEachRow("""
            SELECT o.municipality, sum(l.quantity * coalesce(l.inhabitants, 1) * l.unit_price_cents)
            FROM order_line l JOIN purchase_order o ON o.id = l.order_id
            WHERE o.year = ? AND o.status = 'confirmed' GROUP BY o.municipality
            """, arguments: [year]) { found.append((try $0.column(0), try $0.column(1))) }
        return found
    }

    /// The stored figures the overview adds up, per area.
    package func overviewFigureValues(year: Int64) throws -> [(area: String, code: String, value: Int64)] {
        var found: [(String, String, Int64)] = []
        try db.forEachRow("""
            SELECT area, code, value FROM figure_value WHERE year = ? AND code IN
            ('members_paying', 'members_youth', 'members_start', 'members_other', 'loans_books', 'loans_avm', 'loans_magazines', 'visitors_library')
            """, arguments: [year]) { found.append((try $0.column(0), try $0.column(1), try $0.column(2))) }
        return found
    }

    /// Sums of whole months from the monthly aggregates, per month.
    package func monthlySums(_ measure: TimeSeries.Measure, fromMonth: String, toMonth: String,
                     filter: TimeSeries.Filter) throws -> [(month: String, value: Int64)] {
        let column = measure == .activities ? "registrations" : measure.rawValue
        var sql = "SELECT m.month, sum(m.\(column)) FROM registration_month m"
        var conditions = ["m.month BETWEEN ? AND ?"]
        var arguments: [any SQLiteBindable] = [fromMonth, toMonth]
        Self.addFilter(filter, table: "m", into: &sql, &conditions, &arguments)
        sql += " WHERE " + conditions.joined(separator: " AND ") + " GROUP BY m.month"
        var found: [(String, Int64)] = []
        try db.forEachRow(sql, arguments: arguments) { found.append((try $0.column(0), try $0.column(1))) }
        return found
    }

    /// Sums of the registrations of some days (a partial month), per month.
    package func dailySums(_ measure: TimeSeries.Measure, from: String, to: String, filter: TimeSeries.Filter) throws -> [(month: String, value: Int64)] {
        let value = measure == .activities ? "count(*)" : "sum(r.\(measure.rawValue))"
        var sql = "SELECT substr(r.date, 1, 7), \(value) FROM registration r"
        var conditions = ["r.date BETWEEN ? AND ?", Registration.isPublished]
        var arguments: [any SQLiteBindable] = [from, to]
        Self.addFilter(filter, table: "r", into: &sql, &conditions, &arguments)
        sql += " WHERE " + conditions.joined(separator: " AND ") + " GROUP BY 1"
        var found: [(String, Int64)] = []
        try db.forEachRow(sql, arguments: arguments) { found.append((try $0.column(0), try $0.column(1, as: Int64?.self) ?? 0)) }
        return found
    }

    private static func addFilter(_ filter: TimeSeries.Filter, table: String, into sql: inout String, _ conditions: inout [String],
                                  _ arguments: inout [any SQLiteBindable]) {
        if let municipality = filter.municipality { conditions.append("\(table).municipality = ?"); arguments.append(municipality) }
        if let activityID = filter.activityID { conditions.append("\(table).activity_id = ?"); arguments.append(activityID) }
        if let programme = filter.programme {
            sql += " JOIN activity a ON a.id = \(table).activity_id"
            conditions.append("a.programme = ?"); arguments.append(programme)
        }
    }
}
