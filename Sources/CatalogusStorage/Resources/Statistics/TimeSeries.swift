import CatalogusDomain

/// Registrations over time: whole months come from the monthly aggregates, the partial
/// months at either end from the registrations themselves; empty periods are 0.
package struct TimeSeries {
    package enum Measure: String, CaseIterable { case activities, participants, sessions }
    package enum Interval: String, CaseIterable { case month, quarter, year }

    package struct Filter {
        package var municipality: String?
        package var programme: String?
        package var activityID: Int64?
    }

    /// What a request asks for, checked (`StatisticsQuery.timeSeries`).
    package struct Request {
        package let measure: Measure
        package let interval: Interval
        package let from: String
        package let to: String
        package let filter: Filter
    }

    package static let maxMonths = 1200

    package let points: [(period: String, value: Int64)]

    package init(_ request: Request, in repository: StatisticsRepository) throws {
        let (measure, interval, from, to, filter) = (request.measure, request.interval, request.from, request.to, request.filter)
        let first = (year: Int(from.prefix(4))!, month: Int(from.dropFirst(5).prefix(2))!)
        let last = (year: Int(to.prefix(4))!, month: Int(to.dropFirst(5).prefix(2))!)
        var months: [String] = []
        var cursor = first
        while (cursor.year, cursor.month) <= (last.year, last.month) {
            months.append("\(cursor.year)-\(String(cursor.month).leftPadded(to: 2))")
            cursor = cursor.month == 12 ? (cursor.year + 1, 1) : (cursor.year, cursor.month + 1)
        }
        var perMonth: [String: Int64] = [:]
        let fromIsMonthStart = from.hasSuffix("-01")
        let toIsMonthEnd = CalendarDate.parse(to).map { $0.day == CalendarDate.daysIn(year: $0.year, month: $0.month) } ?? false
        let wholeFrom = fromIsMonthStart ? months.first! : months.count > 1 ? months[1] : nil
        let wholeTo = toIsMonthEnd ? months.last! : months.count > 1 ? months[months.count - 2] : nil

        if let wholeFrom, let wholeTo, wholeFrom <= wholeTo {
            for (month, value) in try repository.monthlySums(measure, fromMonth: wholeFrom, toMonth: wholeTo, filter: filter) {
                try perMonth[month, default: 0].add(value)
            }
        }
        // Partial months at the edges, counted from the registrations of those days only.
        var edges: [(String, String)] = []
        if !fromIsMonthStart { edges.append((from, min(to, "\(months.first!)-31"))) }
        if !toIsMonthEnd && (months.count > 1 || fromIsMonthStart) { edges.append((max(from, "\(months.last!)-01"), to)) }
        for (start, end) in edges {
            for (month, value) in try repository.dailySums(measure, from: start, to: end, filter: filter) {
                try perMonth[month, default: 0].add(value)
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
}
