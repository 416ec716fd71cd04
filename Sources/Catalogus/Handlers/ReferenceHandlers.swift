import Foundation
import HTTPParser
import HTTPServer
import JSON
import SQLite

/// Programmes, municipalities (with inhabitants) and locations.
enum ReferenceHandlers {
    /// Single resources take no query parameters; an unknown one is a client mistake.
    static func rejectQuery(_ request: HTTPRequest) throws {
        var errors: [Problem.FieldError] = []
        QueryCheck.rejectUnknown(request.query, allowed: [], errors: &errors)
        guard errors.isEmpty else { throw AppError.validation(errors) }
    }

    @Sendable static func programmes(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        var errors: [Problem.FieldError] = []
        QueryCheck.rejectUnknown(request.query, allowed: ["limit", "cursor"], errors: &errors)
        let page = PageRequest.parse(request.query, errors: &errors)
        guard errors.isEmpty else { throw AppError.validation(errors) }
        var w = JSONWriter()
        w.beginObject()
        w.key("items")
        w.beginArray()
        var count = 0
        var last: Int64?
        var more = false
        try context.reader.forEachRow("SELECT code, name, description, position FROM programme WHERE position > ? ORDER BY position LIMIT ?",
                                      arguments: [page.after?.id ?? Int64.min, page.limit + 1]) { row in
            guard count < page.limit else { more = true; return }
            w.beginObject()
            w.key("code"); w.string(try row.string(0))
            w.key("name"); w.string(try row.string(1))
            w.key("description"); w.string(try row.string(2))
            w.endObject()
            last = try row.int64(3)
            count += 1
        }
        w.endArray()
        w.key("next_cursor")
        if more, let last { w.string(PageRequest.encode(key: "", id: last)) } else { w.null() }
        w.endObject()
        return Conditional.list(request, body: w.bytes)
    }

    @Sendable static func municipalities(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        let query = request.query
        var errors: [Problem.FieldError] = []
        QueryCheck.rejectUnknown(query, allowed: ["limit", "cursor", "modified_since"], errors: &errors)
        let page = PageRequest.parse(query, errors: &errors)
        var since: String?
        if let text = query["modified_since"] {
            if let date = Timestamp.parse(text) { since = Timestamp.format(date) } else {
                errors.append(.init(field: "modified_since", message: "must be an RFC 3339 timestamp"))
            }
        }
        guard errors.isEmpty else { throw AppError.validation(errors) }
        let db = context.reader
        var sql = "SELECT slug FROM municipality WHERE 1 = 1"
        var arguments: [any SQLiteBindable] = []
        if let since { sql += " AND updated_at >= ?"; arguments.append(since) }
        if let after = page.after { sql += " AND slug > ?"; arguments.append(after.key) }
        sql += " ORDER BY slug LIMIT ?"
        arguments.append(page.limit + 1)
        var slugs = try db.query(sql, arguments: arguments).map { try $0.column(0, as: String.self) }
        let more = slugs.count > page.limit
        if more { slugs.removeLast() }
        var w = JSONWriter(capacity: 16 * 1024)
        w.beginObject()
        w.key("items")
        w.beginArray()
        for slug in slugs { try MunicipalityService.write(try MunicipalityService.require(slug, in: db), in: db, to: &w) }
        w.endArray()
        w.key("next_cursor")
        if more, let last = slugs.last { w.string(PageRequest.encode(key: last, id: 0)) } else { w.null() }
        w.endObject()
        return Conditional.list(request, body: w.bytes)
    }

    @Sendable static func municipality(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        try rejectQuery(request)
        let found = try MunicipalityService.require(context.parameters["slug"] ?? "", in: context.reader)
        var w = JSONWriter()
        try MunicipalityService.write(found, in: context.reader, to: &w)
        return Conditional.resource(request, body: w.bytes, version: found.version)
    }

    /// Creates or replaces a municipality (admin). Last write wins; audited.
    @Sendable static func putMunicipality(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        try context.require(.admin)
        let slug = context.parameters["slug"] ?? ""
        let body = try RequestBody.object(request)
        var v = FieldValidator(body)
        v.rejectUnknown(allowed: ["slug", "cbs_code", "name", "inhabitants", "locations", "version", "created_at", "updated_at"])
        if slug.range(of: "^[a-z0-9]+(-[a-z0-9]+)*$", options: .regularExpression) == nil || slug.count > 64 {
            v.fail("slug", "must be lowercase letters and digits separated by single hyphens")
        }
        if let given = body["slug"], given.stringValue != slug { v.fail("slug", "must match the slug in the path") }
        for field in ["inhabitants", "locations", "version", "created_at", "updated_at"] where v.has(field) {
            v.fail(field, "is read-only here (inhabitants and locations have their own endpoints)")
        }
        let cbs = v.string("cbs_code", maxLength: 6)
        if let cbs, cbs.range(of: "^GM[0-9]{4}$", options: .regularExpression) == nil { v.fail("cbs_code", "must look like GM1731") }
        let name = v.string("name", maxLength: 200)
        try v.finish()
        return try context.services.writer.write { db in
            if let other: String = try db.scalar("SELECT slug FROM municipality WHERE cbs_code = ? AND slug != ?", cbs!, slug) {
                throw AppError.conflict("CBS code \(cbs!) belongs to \(other) already.")
            }
            let before = try MunicipalityService.find(slug, in: db)
            let now = Timestamp.now()
            try db.run("""
                INSERT INTO municipality (slug, cbs_code, name, version, created_at, updated_at) VALUES (?, ?, ?, 1, ?, ?)
                ON CONFLICT (slug) DO UPDATE SET cbs_code = excluded.cbs_code, name = excluded.name,
                    version = version + 1, updated_at = excluded.updated_at
                """, slug, cbs!, name!, now, now)
            let after = try MunicipalityService.require(slug, in: db)
            try AuditLog.record(db, actor: context.actor(for: request), action: before == nil ? "create" : "update",
                                entity: "municipality", id: slug, before: try before.map { try MunicipalityService.json($0, in: db) },
                                after: try MunicipalityService.json(after, in: db))
            var w = JSONWriter()
            try MunicipalityService.write(after, in: db, to: &w)
            var headers: HTTPHeaders = [:]
            if before == nil { headers.set(name: "Location", value: "/api/v1/municipalities/\(slug)") }
            return Conditional.resource(request, body: w.bytes, version: after.version, status: before == nil ? 201 : 200, headers: headers)
        }
    }

    /// Sets a year's inhabitants (admin, staff). Last write wins; audited.
    @Sendable static func putInhabitants(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        try context.require(.admin, .staff)
        let year = try PriceHandlers.year(context.parameters["year"])
        let body = try RequestBody.object(request)
        var v = FieldValidator(body)
        v.rejectUnknown(allowed: ["count", "year"])
        let count = v.integer("count", range: 0...100_000_000)
        if let given = body["year"], given.int64Value != year { v.fail("year", "must match the year in the path") }
        try v.finish()
        let slug = context.parameters["slug"] ?? ""
        return try context.services.writer.write { db in
            _ = try MunicipalityService.require(slug, in: db)
            let before: Int64? = try db.scalar("SELECT count FROM municipality_inhabitants WHERE municipality = ? AND year = ?", slug, year)
            try db.run("""
                INSERT INTO municipality_inhabitants (municipality, year, count, is_example, updated_at) VALUES (?, ?, ?, 0, ?)
                ON CONFLICT (municipality, year) DO UPDATE SET count = excluded.count, is_example = 0, updated_at = excluded.updated_at
                """, slug, year, count!, Timestamp.now())
            try db.run("UPDATE municipality SET version = version + 1, updated_at = ? WHERE slug = ?", Timestamp.now(), slug)
            let result: JSONValue = ["municipality": .string(slug), "year": .integer(year), "count": .integer(count!)]
            try AuditLog.record(db, actor: context.actor(for: request), action: before == nil ? "create" : "update",
                                entity: "inhabitants", id: "\(slug)/\(year)",
                                before: before.map { ["count": .integer($0)] }, after: result)
            return HTTPResponse.json(result, status: before == nil ? 201 : 200)
        }
    }

    @Sendable static func locations(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        let query = request.query
        var errors: [Problem.FieldError] = []
        QueryCheck.rejectUnknown(query, allowed: ["municipality", "kind", "limit", "cursor", "modified_since"], errors: &errors)
        let page = PageRequest.parse(query, errors: &errors)
        let db = context.reader
        var sql = "SELECT \(LocationRecord.columns) FROM location WHERE 1 = 1"
        var arguments: [any SQLiteBindable] = []
        if let slug = query["municipality"] {
            if try MunicipalityService.find(slug, in: db) == nil {
                errors.append(.init(field: "municipality", message: "no municipality with slug '\(slug)'"))
            }
            sql += " AND municipality = ?"
            arguments.append(slug)
        }
        if let kind = query["kind"] {
            if !Vocabulary.locationKinds.contains(kind) {
                errors.append(.init(field: "kind", message: "must be one of \(Vocabulary.locationKinds.joined(separator: ", "))"))
            }
            sql += " AND kind = ?"
            arguments.append(kind)
        }
        if let text = query["modified_since"] {
            if let date = Timestamp.parse(text) { sql += " AND updated_at >= ?"; arguments.append(Timestamp.format(date)) } else {
                errors.append(.init(field: "modified_since", message: "must be an RFC 3339 timestamp"))
            }
        }
        guard errors.isEmpty else { throw AppError.validation(errors) }
        if let after = page.after { sql += " AND id > ?"; arguments.append(after.id) }
        sql += " ORDER BY id LIMIT ?"
        arguments.append(page.limit + 1)
        var records: [LocationRecord] = []
        try db.forEachRow(sql, arguments: arguments) { records.append(try LocationRecord(statement: $0)) }
        let more = records.count > page.limit
        if more { records.removeLast() }
        var w = JSONWriter()
        w.beginObject()
        w.key("items")
        w.beginArray()
        for record in records { record.write(to: &w) }
        w.endArray()
        w.key("next_cursor")
        if more, let last = records.last { w.string(PageRequest.encode(key: "", id: last.id)) } else { w.null() }
        w.endObject()
        return Conditional.list(request, body: w.bytes)
    }

    @Sendable static func location(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        try rejectQuery(request)
        guard let id = Int64(context.parameters["id"] ?? ""), let record = try LocationRecord.find(id, in: context.reader) else {
            throw AppError.notFound("No location with id '\(context.parameters["id"] ?? "")'.")
        }
        var w = JSONWriter()
        record.write(to: &w)
        return Conditional.resource(request, body: w.bytes, version: record.version)
    }

    @Sendable static func createLocation(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        try context.require(.admin)
        let body = try RequestBody.object(request)
        return try Idempotency.perform(request, context, body: .object(body)) { db in
            var v = FieldValidator(body)
            v.rejectUnknown(allowed: ["municipality", "name", "kind", "address"])
            let slug = v.string("municipality", maxLength: 64)
            if let slug, try MunicipalityService.find(slug, in: db) == nil { v.fail("municipality", "no municipality with slug '\(slug)'") }
            let name = v.string("name", maxLength: 200)
            let kind = v.oneOf("kind", Vocabulary.locationKinds)
            let address = v.string("address", required: false, maxLength: 500)
            if let slug, let name, try db.scalar("SELECT count(*) FROM location WHERE municipality = ? AND name = ?", slug, name,
                                                 as: Int64.self) ?? 0 > 0 {
                v.fail("name", "a location with this name exists in \(slug) already")
            }
            try v.finish()
            let now = Timestamp.now()
            try db.run("INSERT INTO location (municipality, name, kind, address, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)",
                       slug!, name!, kind!, address, now, now)
            let locationID = db.lastInsertRowID
            try db.run("UPDATE municipality SET version = version + 1, updated_at = ? WHERE slug = ?", now, slug!)
            let record = try LocationRecord.find(locationID, in: db)!
            var w = JSONWriter()
            record.write(to: &w)
            try AuditLog.record(db, actor: context.actor(for: request), action: "create", entity: "location",
                                id: String(record.id), before: nil, after: try JSONParser.parse(w.bytes))
            return Conditional.resource(request, body: w.bytes, version: record.version, status: 201,
                                        headers: ["Location": "/api/v1/locations/\(record.id)"])
        }
    }
}
