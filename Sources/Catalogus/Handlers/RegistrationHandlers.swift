import Foundation
import HTTPServer
import JSON
import SQLite

/// `/api/v1/registrations`: what was held, registered by library staff.
enum RegistrationHandlers {
    static func load(_ id: Int64, in db: Connection) throws -> Registration? {
        var found: Registration?
        try db.forEachRow(Registration.select + " WHERE r.id = ?", arguments: [id]) { found = try Registration(statement: $0) }
        return found
    }

    /// 404 also for another municipality's registration, when a municipality token asks.
    static func require(_ reference: String?, for context: AppContext, in db: Connection) throws -> Registration {
        guard let id = reference.flatMap({ Int64($0) }), let found = try load(id, in: db),
              context.mayActFor(municipality: found.municipality) else {
            throw AppError.notFound("No registration with id '\(reference ?? "")'.")
        }
        return found
    }

    @Sendable static func create(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        try context.require(.staff, .admin)
        let body = try RequestBody.object(request)
        return try Idempotency.perform(request, context, body: .object(body)) { db in
            let rules = try RegistrationRules(db: db)
            let (input, errors) = try rules.validate(body)
            guard let input else { throw AppError.validation(errors) }
            let id = try rules.insert(input, now: Timestamp.now())
            let created = try load(id, in: db)!
            try AuditLog.record(db, actor: context.actor(for: request), action: "create", entity: "registration",
                                id: String(id), before: nil, after: created.json)
            var w = JSONWriter()
            created.write(to: &w)
            return Conditional.resource(request, body: w.bytes, version: created.version, status: 201,
                                        headers: ["Location": "/api/v1/registrations/\(id)"])
        }
    }

    static let maxBulkRows = 10_000

    /// All rows or none; every bad row is reported by number (from 1, header not counted) and field.
    @Sendable static func bulk(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        try context.require(.staff, .admin)
        let (rows, shapeErrors) = try bulkRows(request)
        guard !rows.isEmpty else { throw AppError.validation([.init(field: "(body)", message: "holds no rows")]) }
        guard rows.count <= maxBulkRows else {
            throw AppError.validation([.init(field: "(body)", message: "holds \(rows.count) rows; at most \(maxBulkRows) at once")])
        }
        let bodyValue = JSONValue.array(rows.map { .object($0) })
        return try Idempotency.perform(request, context, body: bodyValue) { db in
            let rules = try RegistrationRules(db: db)
            var inputs: [RegistrationRules.Input] = []
            inputs.reserveCapacity(rows.count)
            var errors = JSONWriter()
            var errorCount = 0
            errors.beginArray()
            for (index, row) in rows.enumerated() {
                if let shape = shapeErrors[index] {
                    errorCount += 1
                    errors.beginObject()
                    errors.key("row"); errors.int(index + 1)
                    errors.key("field"); errors.string("(row)")
                    errors.key("message"); errors.string(shape)
                    errors.endObject()
                    continue
                }
                let (input, problems) = try rules.validate(row)
                if let input { inputs.append(input) }
                for problem in problems {
                    errorCount += 1
                    errors.beginObject()
                    errors.key("row"); errors.int(index + 1)
                    errors.key("field"); errors.string(problem.field)
                    errors.key("message"); errors.string(problem.message)
                    errors.endObject()
                }
            }
            errors.endArray()
            guard errorCount == 0 else {
                var extensions = JSONObject()
                extensions["errors"] = try JSONParser.parse(errors.bytes)
                throw AppError.unprocessable("\(errorCount) problem\(errorCount == 1 ? "" : "s") in \(rows.count) rows; nothing was saved.",
                                             extensions: extensions)
            }
            let now = Timestamp.now()
            var ids: [Int64] = []
            ids.reserveCapacity(inputs.count)
            for input in inputs { ids.append(try rules.insert(input, now: now)) }
            try AuditLog.record(db, actor: context.actor(for: request), action: "bulk_create", entity: "registration",
                                id: ids.isEmpty ? "" : "\(ids.first!)-\(ids.last!)", before: nil,
                                after: ["created": .integer(ids.count)])
            var w = JSONWriter(capacity: ids.count * 8 + 64)
            w.beginObject()
            w.key("created"); w.int(ids.count)
            w.key("ids"); w.beginArray(); for id in ids { w.int(id) }; w.endArray()
            w.endObject()
            return HTTPResponse.json(bytes: w.bytes, status: 201)
        }
    }

    /// A JSON array of objects, or CSV with a header row of the same field names. Rows
    /// that are not even shaped like a registration (a JSON item that is no object, a
    /// CSV row whose cells do not match the header) come back as problems by index.
    private static func bulkRows(_ request: HTTPRequest) throws -> ([JSONObject], [Int: String]) {
        var shapeErrors: [Int: String] = [:]
        let type = request.headers["Content-Type"]?.lowercased() ?? ""
        if type.hasPrefix("text/csv") {
            let table: [[String]]
            do { table = try CSVReader.parse(request.body) } catch {
                throw AppError.malformed("The CSV body is malformed at line \(error.line): \(error.reason).")
            }
            guard let header = table.first else { return ([], [:]) }
            let names = header.map { $0.trimmingCharacters(in: .whitespaces) }
            var problems: [Problem.FieldError] = []
            var seen = Set<String>()
            for name in names {
                if !RegistrationRules.fields.contains(name) {
                    problems.append(.init(field: name, message: "is not a registration field"))
                } else if !seen.insert(name).inserted {
                    // Also bounds the columns to the known fields: a header repeating one
                    // name 100,000 times would otherwise multiply the work of every row.
                    problems.append(.init(field: name, message: "is named twice in the header row"))
                }
                if problems.count >= 20 { break }
            }
            if !problems.isEmpty { throw AppError.validation(problems) }
            let rows = table.dropFirst().enumerated().map { index, cells in
                if cells.count != names.count {
                    shapeErrors[index] = "has \(cells.count) cells where the header names \(names.count); quote cells that hold the separator"
                }
                var object = JSONObject()
                for (index, name) in names.enumerated() {
                    let cell = index < cells.count ? cells[index] : ""
                    object[name] = csvValue(cell, field: name)
                }
                return object
            }
            return (rows, shapeErrors)
        }
        guard let items = try RequestBody.value(request).arrayValue else {
            throw AppError.validation([.init(field: "(body)", message: "must be a JSON array of registrations, or CSV")])
        }
        let rows = items.enumerated().map { index, item in
            if item.objectValue == nil { shapeErrors[index] = "must be an object, not \(item.kindName)" }
            return item.objectValue ?? JSONObject()
        }
        return (rows, shapeErrors)
    }

    /// CSV cells are text; numbers become integers so that one validation serves both.
    private static func csvValue(_ cell: String, field: String) -> JSONValue {
        let text = cell.trimmingCharacters(in: .whitespaces)
        if text.isEmpty { return .null }
        switch field {
        case "activity", "location", "sessions", "participants", "order_id":
            if let number = Int64(text) { return .integer(number) }
            return .string(text)
        case "partners":
            return .array(text.split(separator: "|").map { .string($0.trimmingCharacters(in: .whitespaces)) })
        default:
            return .string(cell)
        }
    }

    @Sendable static func get(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        try context.require(.staff, .admin, .viewer, .municipality)
        let found = try require(context.parameters["id"], for: context, in: context.reader)
        var w = JSONWriter()
        found.write(to: &w)
        return Conditional.resource(request, body: w.bytes, version: found.version)
    }

    /// Corrections: audited; If-Match is honoured when sent.
    @Sendable static func update(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        try context.require(.staff, .admin)
        let body = try RequestBody.object(request)
        return try context.services.writer.write { db in
            let current = try require(context.parameters["id"], for: context, in: db)
            if request.headers["If-Match"] != nil { try Conditional.requireMatch(request, current: current.version) }
            let rules = try RegistrationRules(db: db)
            let (input, errors) = try rules.validate(body, base: RegistrationRules.Input(current))
            guard let input else { throw AppError.validation(errors) }
            try rules.update(current.id, input, expectedVersion: current.version, now: Timestamp.now())
            let updated = try load(current.id, in: db)!
            try AuditLog.record(db, actor: context.actor(for: request), action: "update", entity: "registration",
                                id: String(current.id), before: current.json, after: updated.json)
            var w = JSONWriter()
            updated.write(to: &w)
            return Conditional.resource(request, body: w.bytes, version: updated.version)
        }
    }

    @Sendable static func delete(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        try context.require(.staff, .admin)
        return try context.services.writer.write { db in
            let current = try require(context.parameters["id"], for: context, in: db)
            if request.headers["If-Match"] != nil { try Conditional.requireMatch(request, current: current.version) }
            try db.run("DELETE FROM registration WHERE id = ?", current.id)
            try AuditLog.record(db, actor: context.actor(for: request), action: "delete", entity: "registration",
                                id: String(current.id), before: current.json, after: nil)
            return HTTPResponse.noContent()
        }
    }
}
