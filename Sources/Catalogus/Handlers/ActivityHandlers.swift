import Foundation
import HTTPServer
import JSON
import SQLite

/// `/api/v1/activities`: the catalogue.
enum ActivityHandlers {
    static let listParameters: Set<String> = ["programme", "audience", "format", "q", "active", "year", "limit", "cursor", "modified_since"]

    @Sendable static func list(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        let query = request.query
        var errors: [Problem.FieldError] = []
        QueryCheck.rejectUnknown(query, allowed: listParameters, errors: &errors)
        let page = PageRequest.parse(query, errors: &errors)
        var filter = ActivityService.Filter()
        let db = context.reader
        if let programme = query["programme"] {
            if try db.scalar("SELECT count(*) FROM programme WHERE code = ?", programme, as: Int64.self) == 1 {
                filter.programme = programme
            } else {
                errors.append(.init(field: "programme", message: "is not a programme code"))
            }
        }
        if let audience = query["audience"] {
            if Vocabulary.audiences.contains(audience) { filter.audience = audience } else {
                errors.append(.init(field: "audience", message: "must be one of \(Vocabulary.audiences.joined(separator: ", "))"))
            }
        }
        if let format = query["format"] {
            if Vocabulary.formats.contains(format) { filter.format = format } else {
                errors.append(.init(field: "format", message: "must be one of \(Vocabulary.formats.joined(separator: ", "))"))
            }
        }
        switch query["active"] {
        case nil, "true": filter.active = true
        case "false": filter.active = false
        case "all": filter.active = nil
        default: errors.append(.init(field: "active", message: "must be true, false or all"))
        }
        if let q = query["q"] {
            if let search = ActivityService.searchQuery(q) { filter.search = search } else {
                errors.append(.init(field: "q", message: "must contain at least one letter or digit"))
            }
        }
        if let year = query["year"] {
            if let value = Int64(year), Vocabulary.years.contains(value) { filter.year = value } else {
                errors.append(.init(field: "year", message: "must be a year from 2000 to 2200"))
            }
        }
        if let since = query["modified_since"] {
            if let date = Timestamp.parse(since) { filter.modifiedSince = Timestamp.format(date) } else {
                errors.append(.init(field: "modified_since", message: "must be an RFC 3339 timestamp, e.g. 2026-01-31T12:00:00Z"))
            }
        }
        guard errors.isEmpty else { throw AppError.validation(errors) }
        var writer = JSONWriter(capacity: 32 * 1024)
        try ActivityService.writeList(filter, page: page, in: db, to: &writer)
        return Conditional.list(request, body: writer.bytes)
    }

    @Sendable static func get(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        var errors: [Problem.FieldError] = []
        QueryCheck.rejectUnknown(request.query, allowed: ["year"], errors: &errors)
        var year: Int64?
        if let text = request.query["year"] {
            if let value = Int64(text), Vocabulary.years.contains(value) { year = value } else {
                errors.append(.init(field: "year", message: "must be a year from 2000 to 2200"))
            }
        }
        guard errors.isEmpty else { throw AppError.validation(errors) }
        let activity = try ActivityService.require(context.parameters["id"] ?? "", in: context.reader)
        var writer = JSONWriter()
        if let year {
            activity.write(to: &writer, price: .some(try ActivityService.price(of: activity, year: year, in: context.reader)))
            // With a price embedded the representation changes with the price, not only the version.
            return Conditional.list(request, body: writer.bytes)
        }
        activity.write(to: &writer)
        return Conditional.resource(request, body: writer.bytes, version: activity.version)
    }

    @Sendable static func create(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        try context.require(.admin)
        let body = try RequestBody.object(request)
        return try Idempotency.perform(request, context, body: .object(body)) { db in
            let now = Timestamp.now()
            var activity = Activity.placeholder(now: now)
            try ActivityEditor.apply(body, to: &activity, creating: true, in: db)
            let id = try ActivityEditor.insert(activity, in: db)
            let created = try ActivityService.require(String(id), in: db)
            try AuditLog.record(db, actor: context.actor(for: request), action: "create", entity: "activity",
                                id: String(id), before: nil, after: created.json)
            var writer = JSONWriter()
            created.write(to: &writer)
            return Conditional.resource(request, body: writer.bytes, version: created.version, status: 201,
                                        headers: ["Location": "/api/v1/activities/\(id)"])
        }
    }

    @Sendable static func update(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        try context.require(.admin)
        let body = try RequestBody.object(request)
        return try modify(request, context, action: "update") { activity, db in
            try ActivityEditor.apply(body, to: &activity, creating: false, in: db)
        }
    }

    /// Archives: an activity is never removed, since orders and registrations may refer to it.
    @Sendable static func archive(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        try context.require(.admin)
        return try modify(request, context, action: "archive") { activity, _ in activity.active = false }
    }

    /// A change under If-Match, in one write transaction, audited with before and after.
    private static func modify(_ request: HTTPRequest, _ context: AppContext, action: String,
                               change: (inout Activity, Connection) throws -> Void) throws -> HTTPResponse {
        try context.services.writer.write { db in
            let current = try ActivityService.require(context.parameters["id"] ?? "", in: db)
            try Conditional.requireMatch(request, current: current.version)
            var changed = current
            changed.updatedAt = Timestamp.now()
            try change(&changed, db)
            try ActivityEditor.update(changed, expectedVersion: current.version, in: db)
            let updated = try ActivityService.require(String(current.id), in: db)
            try AuditLog.record(db, actor: context.actor(for: request), action: action, entity: "activity",
                                id: String(current.id), before: current.json, after: updated.json)
            var writer = JSONWriter()
            updated.write(to: &writer)
            return Conditional.resource(request, body: writer.bytes, version: updated.version)
        }
    }
}
