import SQLite

/// Registrations over time: whole months come from the monthly aggregates, the partial
/// months at either end from the registrations themselves; empty periods are 0.
struct TimeSeries {
    enum Measure: String, CaseIterable { case activities, participants, sessions }
    enum Interval: String, CaseIterable { case month, quarter, year }

    struct Filter {
        var municipality: String?
        var programme: String?
        var activityID: Int64?
    }

    static let maxMonths = 1200

    let points: [(period: String, value: Int64)]

    init(measure: Measure, interval: Interval, from: String, to: String, filter: Filter, in db: Connection) throws {
        let first = (year: Int(from.prefix(4))!, month: Int(from.dropFirst(5).prefix(2))!)
        let last = (year: Int(to.prefix(4))!, month: Int(to.dropFirst(5).prefix(2))!)
        var months: [String] = []
        var cursor = first
        while (cursor.year, cursor.month) <= (last.year, last.month) {
            months.append("\(cursor.year)-\(String(cursor.month).leftPadded(to: 2))")
            cursor = cursor.month == 12 ? (cursor.year + 1, 1) : (cursor.year, cursor.month + 1)
        }
        var perMonth: [String: Int64] = [:]
        let column = measure == .activities ? "registrations" : measure.rawValue
        let fromIsMonthStart = from.hasSuffix("-01")
        let toIsMonthEnd = CalendarDate.parse(to).map { $0.day == CalendarDate.daysIn(year: $0.year, month: $0.month) } ?? false
        let wholeFrom = fromIsMonthStart ? months.first! : months.count > 1 ? months[1] : nil
        let wholeTo = toIsMonthEnd ? months.last! : months.count > 1 ? months[months.count - 2] : nil

        if let wholeFrom, let wholeTo, wholeFrom <= wholeTo {
            var sql = "SELECT m.month, sum(m.\(column)) FROM registration_month m"
            var conditions = ["m.month BETWEEN ? AND ?"]
            var arguments: [any SQLiteBindable] = [wholeFrom, wholeTo]
            Self.addFilter(filter, table: "m", into: &sql, &conditions, &arguments)
            sql += " WHERE " + conditions.joined(separator: " AND ") + " GROUP BY m.month"
            try db.forEachRow(sql, arguments: arguments) { try perMonth[try $0.column(0), default: 0].add(try $0.column(1)) }
        }
        // Partial months at the edges, counted from the registrations of those days only.
        var edges: [(String, String)] = []
        if !fromIsMonthStart { edges.append((from, min(to, "\(months.first!)-31"))) }
        if !toIsMonthEnd && (months.count > 1 || fromIsMonthStart) { edges.append((max(from, "\(months.last!)-01"), to)) }
        for (start, end) in edges {
            let value = measure == .activities ? "count(*)" : "sum(r.\(measure.rawValue))"
            var sql = "SELECT substr(r.date, 1, 7), \(value) FROM registration r"
            var conditions = ["r.date BETWEEN ? AND ?"]
            var arguments: [any SQLiteBindable] = [start, end]
            Self.addFilter(filter, table: "r", into: &sql, &conditions, &arguments)
            sql += " WHERE " + conditions.joined(separator: " AND ") + " GROUP BY 1"
            try db.forEachRow(sql, arguments: arguments) {
                try perMonth[try $0.column(0), default: 0].add(try $0.column(1, as: Int64?.self) ?? 0)
            }
        }

        var points: [(String, Int64)] = []
        for month in months {
            let period: String
            switch interval {
            case .month: period = month
            case .quarter: period = "\(month.prefix(4))-Q\((Int(month.suffix(2))! - 1) / 3 + 1)"
            case .year: period = String(month.prefix(4))
            }
            if points.last?.0 == period { try points[points.count - 1].1.add(perMonth[month] ?? 0) } else { points.append((period, perMonth[month] ?? 0)) }
        }
        self.points = points
    }

    private static func addFilter(_ filter: Filter, table: String, into sql: inout String, _ conditions: inout [String],
                                  _ arguments: inout [any SQLiteBindable]) {
        if let municipality = filter.municipality { conditions.append("\(table).municipality = ?"); arguments.append(municipality) }
        if let activityID = filter.activityID { conditions.append("\(table).activity_id = ?"); arguments.append(activityID) }
        if let programme = filter.programme {
            sql += " JOIN activity a ON a.id = \(table).activity_id"
            conditions.append("a.programme = ?"); arguments.append(programme)
        }
    }
}
