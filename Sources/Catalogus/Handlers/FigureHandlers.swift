import HTTPServer
import JSON
import SQLite

/// `/api/v1/figure-definitions` and `/api/v1/figures/{year}/{area}`.
enum FigureHandlers {
    @Sendable static func definitions(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        var w = JSONWriter(capacity: 8 * 1024)
        w.beginObject()
        w.key("items")
        w.beginArray()
        for d in try FigureService.definitions(in: context.reader) {
            w.beginObject()
            w.key("code"); w.string(d.code)
            w.key("label"); w.string(d.label)
            w.key("unit"); w.string(d.unit.rawValue)
            w.key("group"); w.string(d.group)
            w.key("scope"); w.string(d.scope.rawValue)
            w.key("computed"); w.bool(d.computed)
            w.endObject()
        }
        w.endArray()
        w.key("next_cursor"); w.null()
        w.endObject()
        return Conditional.list(request, body: w.bytes)
    }

    /// The area's scope; 404 for an unknown municipality; 404 for another municipality's
    /// figures when a municipality token asks.
    static func scope(of area: String, for context: AppContext, in db: Connection) throws -> FigureDefinition.Scope {
        if area == "organisation" { return .organisation }
        guard try MunicipalityRepository.find(area, in: db) != nil, context.mayActFor(municipality: area) else {
            throw AppError.notFound("No municipality with slug '\(area)' (or 'organisation').")
        }
        return .municipality
    }

    static func document(year: Int64, area: String, scope: FigureDefinition.Scope, in db: Connection) throws -> [UInt8] {
        let figures = try FigureService.allFigures(year: year, area: area, scope: scope, in: db)
        var w = JSONWriter()
        w.beginObject()
        w.key("year"); w.int(year)
        w.key("area"); w.string(area)
        for computed in [false, true] {
            w.key(computed ? "computed" : "values")
            w.beginObject()
            for (definition, value) in figures where definition.computed == computed && (computed || value != nil) {
                w.key(definition.code)
                if let value { value.write(to: &w) } else { w.null() }
            }
            w.endObject()
        }
        w.endObject()
        return w.bytes
    }

    @Sendable static func get(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        try context.require(.staff, .admin, .viewer, .municipality)
        let year = try PriceHandlers.year(context.parameters["year"])
        let area = context.parameters["area"] ?? ""
        let scope = try scope(of: area, for: context, in: context.reader)
        return Conditional.list(request, body: try document(year: year, area: area, scope: scope, in: context.reader))
    }

    /// Merges values (`null` removes one). Totals and ratios are computed: sending one is a 422.
    @Sendable static func put(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        try context.require(.staff, .admin)
        let year = try PriceHandlers.year(context.parameters["year"])
        let area = context.parameters["area"] ?? ""
        let body = try RequestBody.object(request)
        return try context.services.writer.write { db in
            let scope = try scope(of: area, for: context, in: db)
            let definitions = Dictionary(uniqueKeysWithValues: try FigureService.definitions(in: db).map { ($0.code, $0) })
            var errors: [Problem.FieldError] = []
            var changes: [(String, Int64?)] = []
            for (code, value) in body {
                guard let definition = definitions[code] else { errors.append(.init(field: code, message: "is not a figure code (see GET /api/v1/figure-definitions)")); continue }
                if definition.computed { errors.append(.init(field: code, message: "is computed from other figures and cannot be stored")); continue }
                if definition.scope != scope { errors.append(.init(field: code, message: "is a figure of the \(definition.scope.rawValue), not of \(area)")); continue }
                if value.isNull { changes.append((code, nil)); continue }
                guard let number = value.int64Value, (0...1_000_000_000_000).contains(number) else {
                    errors.append(.init(field: code, message: "must be a whole number from 0 to 1000000000000, or null")); continue
                }
                if definition.unit == .percent && number > 100 { errors.append(.init(field: code, message: "is a percentage: 0 to 100")); continue }
                changes.append((code, number))
            }
            if body.count == 0 { errors.append(.init(field: "(body)", message: "names no figure")) }
            if !errors.isEmpty { throw AppError.validation(errors) }
            let before = try FigureService.rawValues(year: year, area: area, in: db)
            let now = Timestamp.now()
            for (code, value) in changes {
                if let value {
                    try db.run("""
                        INSERT INTO figure_value (year, area, code, value, is_example, updated_at) VALUES (?, ?, ?, ?, 0, ?)
                        ON CONFLICT (year, area, code) DO UPDATE SET value = excluded.value, is_example = 0, updated_at = excluded.updated_at
                        """, year, area, code, value, now)
                } else {
                    try db.run("DELETE FROM figure_value WHERE year = ? AND area = ? AND code = ?", year, area, code)
                }
            }
            let after = try FigureService.rawValues(year: year, area: area, in: db)
            func json(_ values: [String: Int64]) -> JSONValue {
                .object(JSONObject(values.sorted { $0.key < $1.key }.map { (key: $0.key, value: JSONValue.integer($0.value)) }))
            }
            try AuditLog.record(db, actor: context.actor(for: request), action: "update", entity: "figures",
                                id: "\(year)/\(area)", before: json(before), after: json(after))
            return HTTPResponse.json(bytes: try document(year: year, area: area, scope: scope, in: db))
        }
    }
}
