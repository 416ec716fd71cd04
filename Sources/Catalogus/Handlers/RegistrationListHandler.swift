import HTTPServer
import JSON
import SQLite

/// `GET /api/v1/registrations`, by date then id (`sort=-date`: newest first, as staff
/// look for what they just recorded), with every filter of API.md; CSV too.
enum RegistrationListHandler {
    static let parameters: Set<String> = Set(["municipality", "activity", "programme", "location", "from", "to", "limit",
                                              "cursor", "modified_since", "sort"]).union(OutputFormat.queryNames)
    static let sortOrders = ["date", "-date"]

    @Sendable static func list(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        let principal = try context.require(.staff, .admin, .viewer, .municipality)
        let query = request.query
        let db = context.reader
        var errors: [Problem.FieldError] = []
        QueryCheck.rejectUnknown(query, allowed: parameters, errors: &errors)
        let format = OutputFormat.negotiate(request, errors: &errors)
        let page = PageRequest.parse(query, errors: &errors)
        let newestFirst = query["sort"] == "-date"
        if let sort = query["sort"], !sortOrders.contains(sort) {
            errors.append(.init(field: "sort", message: "must be one of \(sortOrders.joined(separator: ", "))"))
        }
        var conditions: [String] = []
        var arguments: [any SQLiteBindable] = []
        if let slug = query["municipality"] {
            if try MunicipalityRepository.find(slug, in: db) == nil { errors.append(.init(field: "municipality", message: "no municipality with slug '\(slug)'")) }
            conditions.append("r.municipality = ?"); arguments.append(slug)
        }
        if principal.role == .municipality {
            conditions.append("r.municipality = ?"); arguments.append(principal.municipality ?? "")
        }
        if let reference = query["activity"] {
            if let activity = try ActivityService.find(reference, in: db) {
                conditions.append("r.activity_id = ?"); arguments.append(activity.id)
            } else {
                errors.append(.init(field: "activity", message: "no activity with id or code '\(reference)'"))
            }
        }
        if let programme = query["programme"] {
            if try db.scalar("SELECT count(*) FROM programme WHERE code = ?", programme, as: Int64.self) != 1 {
                errors.append(.init(field: "programme", message: "is not a programme code"))
            }
            conditions.append("a.programme = ?"); arguments.append(programme)
        }
        if let text = query["location"] {
            if let id = Int64(text), try LocationRepository.find(id, in: db) != nil {
                conditions.append("r.location_id = ?"); arguments.append(id)
            } else {
                errors.append(.init(field: "location", message: "no location with id '\(text)'"))
            }
        }
        for (name, op) in [("from", ">="), ("to", "<=")] {
            if let date = query[name] {
                if CalendarDate.isValid(date) { conditions.append("r.date \(op) ?"); arguments.append(date) } else {
                    errors.append(.init(field: name, message: "must be a date YYYY-MM-DD"))
                }
            }
        }
        if let text = query["modified_since"] {
            if let date = Timestamp.parse(text) { conditions.append("r.updated_at >= ?"); arguments.append(Timestamp.format(date)) } else {
                errors.append(.init(field: "modified_since", message: "must be an RFC 3339 timestamp"))
            }
        }
        guard errors.isEmpty else { throw AppError.validation(errors) }
        if let after = page.after {
            // A cursor is the last row's (date, id); the next page lies beyond it in the order asked for.
            conditions.append(newestFirst ? "(r.date < ? OR (r.date = ? AND r.id < ?))" : "(r.date > ? OR (r.date = ? AND r.id > ?))")
            arguments.append(contentsOf: [after.key, after.key, after.id] as [any SQLiteBindable])
        }
        var sql = Registration.select
        if !conditions.isEmpty { sql += " WHERE " + conditions.joined(separator: " AND ") }
        sql += newestFirst ? " ORDER BY r.date DESC, r.id DESC LIMIT ?" : " ORDER BY r.date, r.id LIMIT ?"
        arguments.append(page.limit + 1)
        var rows: [Registration] = []
        try db.forEachRow(sql, arguments: arguments) { rows.append(try Registration(statement: $0)) }
        let more = rows.count > page.limit
        if more { rows.removeLast() }
        let next = more ? rows.last.map { PageRequest.encode(key: $0.date, id: $0.id) } : nil
        switch format {
        case .csv(let separator):
            var csv = CSVWriter(separator: separator)
            csv.header(Registration.csvHeader)
            for row in rows { csv.row(row.csvRow) }
            var response = Conditional.list(request, body: csv.bytes, contentType: OutputFormat.csvContentType)
            if let next { response.headers.set(name: "Link", value: PageRequest.nextLink(request, cursor: next)) }
            return response
        case .json:
            var w = JSONWriter(capacity: rows.count * 400 + 64)
            w.beginObject()
            w.key("items"); w.beginArray(); for row in rows { row.write(to: &w) }; w.endArray()
            w.key("next_cursor"); w.string(next)
            w.endObject()
            return Conditional.list(request, body: w.bytes)
        }
    }
}
