import CatalogusDomain
import JSON

/// The queries of `/api/v1/stats/…`, read and checked with every problem at once.
package enum StatisticsQuery {
    /// `year`, required by the report and the overview.
    package static func year(_ query: inout QueryDecoder) -> Int64? {
        guard query["year"] != nil else { query.fail("year", .fieldRequired); return nil }
        return query.year("year")
    }

    /// `measure`, `interval`, `from`, `to` and the filters of a time series. A
    /// municipality token reads only its own municipality: naming another is 403.
    package static func timeSeries(_ query: QueryDecoder, principal: Principal?, in repository: StatisticsRepository) throws
        -> (TimeSeries.Request, OutputFormat) {
        var query = query
        let format = query.outputFormat()
        let measure = TimeSeries.Measure(rawValue: query["measure"] ?? "activities")
        if measure == nil { query.fail("measure", .fieldNotOneOf, ["allowed": .array(TimeSeries.Measure.allCases.map { .string($0.rawValue) })]) }
        let interval = TimeSeries.Interval(rawValue: query["interval"] ?? "month")
        if interval == nil { query.fail("interval", .fieldNotOneOf, ["allowed": .array(TimeSeries.Interval.allCases.map { .string($0.rawValue) })]) }
        var dates: [String: String] = [:]
        for name in ["from", "to"] {
            guard query[name] != nil else { query.fail(name, .rangeDateRequired); continue }
            dates[name] = query.date(name)
        }
        if let from = dates["from"], let to = dates["to"] {
            if from > to { query.fail("to", .rangeEndBeforeStart) }
            else if let fromYear = Int(from.prefix(4)), let toYear = Int(to.prefix(4)), (toYear - fromYear) * 12 > TimeSeries.maxMonths {
                query.fail("to", .rangeTooLong, ["years": .integer(TimeSeries.maxMonths / 12)])
            }
        }
        var filter = TimeSeries.Filter()
        if let slug = query.municipality() {
            if !(try repository.municipalityExists(slug)) { query.fail("municipality", .municipalityUnknown, ["slug": .string(slug)]) }
            filter.municipality = slug
        }
        if let own = principal?.ownMunicipality {
            if let asked = filter.municipality, asked != own {
                throw AppError.forbidden(.init(.statisticsOwnOnly))
            }
            filter.municipality = own
        }
        if let programme = query["programme"] {
            if !(try repository.programmeExists(programme)) { query.fail("programme", .programmeUnknown) }
            filter.programme = programme
        }
        if let reference = query["activity"] {
            if let id = try repository.activityID(reference) { filter.activityID = id } else {
                query.fail("activity", .activityUnknown, ["reference": .string(reference)])
            }
        }
        try query.finish()
        guard let measure, let interval, let from = dates["from"], let to = dates["to"] else {
            throw FieldValidator.DecodingFault.missingWithoutError
        }
        return (TimeSeries.Request(measure: measure, interval: interval, from: from, to: to, filter: filter), format)
    }
}
