import HTTPServer
import JSON
import SQLite

/// `/api/v1/stats/...`: the annual report per municipality, the overview, time series.
enum StatisticsHandlers {
    static func yearParameter(_ query: QueryParameters, errors: inout [Problem.FieldError]) -> Int64? {
        guard let text = query["year"] else { errors.append(.init(field: "year", message: "is required")); return nil }
        guard let year = Int64(text), Vocabulary.years.contains(year) else {
            errors.append(.init(field: "year", message: "must be a year from 2000 to 2200")); return nil
        }
        return year
    }

    @Sendable static func municipality(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        let principal = try context.require(.viewer, .staff, .admin, .municipality)
        let slug = context.parameters["slug"] ?? ""
        var errors: [Problem.FieldError] = []
        QueryCheck.rejectUnknown(request.query, allowed: Set(["year"]).union(OutputFormat.queryNames), errors: &errors)
        let format = OutputFormat.negotiate(request, errors: &errors)
        let year = yearParameter(request.query, errors: &errors)
        let db = context.reader
        guard let municipality = try MunicipalityRepository.find(slug, in: db) else {
            throw AppError.notFound("No municipality with slug '\(slug)'.")
        }
        if principal.role == .municipality, principal.municipality != slug {
            throw AppError.forbidden("This token may read the statistics of \(principal.municipality ?? "its own municipality") only.")
        }
        guard errors.isEmpty, let year else { throw AppError.validation(errors) }
        let report = try MunicipalityReport(municipality: municipality, year: year, in: db)
        switch format {
        case .csv(let separator):
            var csv = CSVWriter(separator: separator)
            report.writeCSV(to: &csv)
            return Conditional.list(request, body: csv.bytes, contentType: OutputFormat.csvContentType)
        case .json:
            let previous = try MunicipalityReport(municipality: municipality, year: year - 1, in: db)
            var w = JSONWriter(capacity: 32 * 1024)
            report.write(to: &w, previous: previous)
            return Conditional.list(request, body: w.bytes)
        }
    }

    @Sendable static func overview(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        try context.require(.viewer, .staff, .admin)
        var errors: [Problem.FieldError] = []
        QueryCheck.rejectUnknown(request.query, allowed: Set(["year"]).union(OutputFormat.queryNames), errors: &errors)
        let format = OutputFormat.negotiate(request, errors: &errors)
        let year = yearParameter(request.query, errors: &errors)
        guard errors.isEmpty, let year else { throw AppError.validation(errors) }
        let overview = try Overview(year: year, in: context.reader)
        let totals = try overview.totals()
        switch format {
        case .csv(let separator):
            var csv = CSVWriter(separator: separator)
            csv.header(Overview.csvHeader)
            for row in overview.rows { csv.row(Overview.csvRow(row)) }
            csv.row(Overview.csvRow(totals))
            return Conditional.list(request, body: csv.bytes, contentType: OutputFormat.csvContentType)
        case .json:
            var w = JSONWriter(capacity: 16 * 1024)
            w.beginObject()
            w.key("year"); w.int(year)
            w.key("items"); w.beginArray(); for row in overview.rows { Overview.write(row, to: &w) }; w.endArray()
            w.key("organisation"); Overview.write(totals, to: &w)
            w.key("organisation_figures")
            w.beginObject()
            for (definition, value) in overview.organisationFigures {
                w.key(definition.code)
                w.beginObject()
                w.key("value"); if let value { value.write(to: &w) } else { w.null() }
                w.key("unit"); w.string(definition.unit.rawValue)
                w.key("scope"); w.string(definition.scope.rawValue)
                w.endObject()
            }
            w.endObject()
            w.key("next_cursor"); w.null()
            w.endObject()
            return Conditional.list(request, body: w.bytes)
        }
    }

    @Sendable static func timeSeries(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        let principal = try context.require(.viewer, .staff, .admin, .municipality)
        let query = request.query
        let db = context.reader
        var errors: [Problem.FieldError] = []
        QueryCheck.rejectUnknown(query, allowed: Set(["measure", "interval", "from", "to", "municipality", "programme", "activity"])
            .union(OutputFormat.queryNames), errors: &errors)
        let format = OutputFormat.negotiate(request, errors: &errors)
        let measure = TimeSeries.Measure(rawValue: query["measure"] ?? "activities")
        if measure == nil { errors.append(.init(field: "measure", message: "must be activities, participants or sessions")) }
        let interval = TimeSeries.Interval(rawValue: query["interval"] ?? "month")
        if interval == nil { errors.append(.init(field: "interval", message: "must be month, quarter or year")) }
        var dates: [String: String] = [:]
        for name in ["from", "to"] {
            guard let text = query[name] else { errors.append(.init(field: name, message: "is required (YYYY-MM-DD)")); continue }
            if CalendarDate.isValid(text) { dates[name] = text } else { errors.append(.init(field: name, message: "must be a date YYYY-MM-DD")) }
        }
        if let from = dates["from"], let to = dates["to"] {
            if from > to { errors.append(.init(field: "to", message: "must not be before from")) }
            else if (Int(to.prefix(4))! - Int(from.prefix(4))!) * 12 > TimeSeries.maxMonths {
                errors.append(.init(field: "to", message: "the range may span at most \(TimeSeries.maxMonths / 12) years"))
            }
        }
        var filter = TimeSeries.Filter()
        if let slug = query["municipality"] {
            if try MunicipalityRepository.find(slug, in: db) == nil { errors.append(.init(field: "municipality", message: "no municipality with slug '\(slug)'")) }
            filter.municipality = slug
        }
        if principal.role == .municipality {
            if let asked = filter.municipality, asked != principal.municipality {
                throw AppError.forbidden("This token may read the statistics of \(principal.municipality ?? "its own municipality") only.")
            }
            filter.municipality = principal.municipality
        }
        if let programme = query["programme"] {
            if try db.scalar("SELECT count(*) FROM programme WHERE code = ?", programme, as: Int64.self) != 1 {
                errors.append(.init(field: "programme", message: "is not a programme code"))
            }
            filter.programme = programme
        }
        if let reference = query["activity"] {
            if let activity = try ActivityService.find(reference, in: db) { filter.activityID = activity.id } else {
                errors.append(.init(field: "activity", message: "no activity with id or code '\(reference)'"))
            }
        }
        guard errors.isEmpty, let measure, let interval, let from = dates["from"], let to = dates["to"] else {
            throw AppError.validation(errors)
        }
        let series = try TimeSeries(measure: measure, interval: interval, from: from, to: to, filter: filter, in: db)
        switch format {
        case .csv(let separator):
            var csv = CSVWriter(separator: separator)
            csv.header(["period", "value"])
            for point in series.points { csv.row([.text(point.period), .integer(point.value)]) }
            return Conditional.list(request, body: csv.bytes, contentType: OutputFormat.csvContentType)
        case .json:
            var w = JSONWriter(capacity: series.points.count * 32 + 64)
            w.beginObject()
            w.key("measure"); w.string(measure.rawValue)
            w.key("interval"); w.string(interval.rawValue)
            w.key("items")
            w.beginArray()
            for point in series.points {
                w.beginObject(); w.key("period"); w.string(point.period); w.key("value"); w.int(point.value); w.endObject()
            }
            w.endArray()
            w.key("next_cursor"); w.null()
            w.endObject()
            return Conditional.list(request, body: w.bytes)
        }
    }
}
