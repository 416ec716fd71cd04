import Foundation
import HTTPParser
import HTTPServer
import JSON
import SQLite

/// `/api/v1/orders`: creating, reading, listing and changing draft orders.
enum OrderHandlers {
    @Sendable static func create(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        let principal = try context.require(.municipality, .admin)
        let body = try RequestBody.object(request)
        var v = FieldValidator(body)
        v.rejectUnknown(allowed: ["municipality", "year", "reference", "lines"])
        let slug = v.string("municipality", maxLength: 64)
        let year = v.integer("year", range: Vocabulary.years)
        let reference = v.string("reference", required: false, maxLength: 200)
        let inputs = LinePricing.parseLines(body["lines"], allowNote: true, validator: &v)
        if !v.errors.isEmpty { throw AppError.validation(v.errors + (try LinePricing.referenceErrors(inputs, in: context.reader))) }
        if principal.role == .municipality, principal.municipality != slug {
            throw AppError.forbidden("This token may only order for \(principal.municipality ?? "its own municipality").")
        }
        return try Idempotency.perform(request, context, body: .object(body)) { db in
            guard let municipality = try MunicipalityRepository.find(slug!, in: db) else {
                throw AppError.validation([.init(field: "municipality", message: "no municipality with slug '\(slug!)'")])
            }
            try OrderWorkflow.checkOrderCount(municipality: municipality.slug, year: year!, in: db)
            let lines = try OrderWorkflow.resolveLines(inputs, municipality: municipality.slug, year: year!, in: db)
            let now = Timestamp.now()
            let id = try OrderRepository.insert(municipality: municipality.slug, cbsCode: municipality.cbsCode, year: year!,
                                                reference: reference, now: now, in: db)
            try OrderRepository.replaceLines(id, with: lines, in: db)
            let actor = context.actor(for: request)
            try OrderRepository.appendHistory(id, status: .draft, actor: actor, reason: nil, at: now, in: db)
            let order = try OrderRepository.load(id, in: db)!
            let rendered = try OrderPresenter.render(order, in: db, shownTo: principal.role)
            try AuditLog.record(db, actor: actor, action: "create", entity: "order", id: String(id), before: nil,
                                after: rendered.audit)
            return Conditional.resource(request, body: rendered.body, version: order.version, status: 201,
                                        headers: ["Location": "/api/v1/orders/\(id)"])
        }
    }

    @Sendable static func get(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        try context.require(.municipality, .admin, .staff)
        var errors: [Problem.FieldError] = []
        QueryCheck.rejectUnknown(request.query, allowed: OutputFormat.queryNames, errors: &errors)
        let format = OutputFormat.negotiate(request, errors: &errors)
        guard errors.isEmpty else { throw AppError.validation(errors) }
        let order = try OrderRepository.require(context.parameters["id"] ?? "", for: context, in: context.reader)
        if case .csv(let separator) = format {
            var csv = CSVWriter(separator: separator)
            csv.header(OrderPresenter.csvHeader)
            try OrderPresenter.csvRows(order, in: context.reader, into: &csv)
            return Conditional.respond(request, body: csv.bytes, etag: Conditional.versionTag(order.version),
                                       contentType: OutputFormat.csvContentType)
        }
        var w = JSONWriter()
        try OrderPresenter.write(order, in: context.reader, to: &w, shownTo: context.principal?.role)
        return Conditional.resource(request, body: w.bytes, version: order.version)
    }

    @Sendable static func list(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        let principal = try context.require(.municipality, .admin, .staff)
        let query = request.query
        var errors: [Problem.FieldError] = []
        QueryCheck.rejectUnknown(query, allowed: Set(["municipality", "year", "status", "limit", "cursor", "modified_since"])
            .union(OutputFormat.queryNames), errors: &errors)
        let format = OutputFormat.negotiate(request, errors: &errors)
        let page = PageRequest.parse(query, errors: &errors)
        var conditions: [String] = []
        var arguments: [any SQLiteBindable] = []
        if let slug = query["municipality"] {
            if try MunicipalityRepository.find(slug, in: context.reader) == nil {
                errors.append(.init(field: "municipality", message: "no municipality with slug '\(slug)'"))
            }
            conditions.append("municipality = ?"); arguments.append(slug)
        }
        if principal.role == .municipality {
            // A municipality sees only its own orders, whatever it filters on.
            conditions.append("municipality = ?"); arguments.append(principal.municipality ?? "")
        }
        if let text = query["year"] {
            if let year = Int64(text), Vocabulary.years.contains(year) { conditions.append("year = ?"); arguments.append(year) } else {
                errors.append(.init(field: "year", message: "must be a year from 2000 to 2200"))
            }
        }
        if let status = query["status"] {
            if OrderStatus(rawValue: status) != nil { conditions.append("status = ?"); arguments.append(status) } else {
                errors.append(.init(field: "status", message: "must be one of draft, submitted, confirmed, cancelled"))
            }
        }
        if let text = query["modified_since"] {
            if let date = Timestamp.parse(text) { conditions.append("updated_at >= ?"); arguments.append(Timestamp.format(date)) } else {
                errors.append(.init(field: "modified_since", message: "must be an RFC 3339 timestamp"))
            }
        }
        guard errors.isEmpty else { throw AppError.validation(errors) }
        if let after = page.after { conditions.append("id > ?"); arguments.append(after.id) }
        var sql = "SELECT id FROM purchase_order"
        if !conditions.isEmpty { sql += " WHERE " + conditions.joined(separator: " AND ") }
        sql += " ORDER BY id LIMIT ?"
        arguments.append(page.limit + 1)
        let db = context.reader
        var ids = try db.query(sql, arguments: arguments).map { try $0.column(0, as: Int64.self) }
        let more = ids.count > page.limit
        if more { ids.removeLast() }
        let next = more ? ids.last.map { PageRequest.encode(key: "", id: $0) } : nil
        let orders = try ids.compactMap { try OrderRepository.load($0, in: db) }
        switch format {
        case .csv(let separator):
            var csv = CSVWriter(separator: separator)
            csv.header(OrderPresenter.csvHeader)
            for order in orders { try OrderPresenter.csvRows(order, in: db, into: &csv) }
            var response = Conditional.list(request, body: csv.bytes, contentType: OutputFormat.csvContentType)
            if let next { response.headers.set(name: "Link", value: PageRequest.nextLink(request, cursor: next)) }
            return response
        case .json:
            var w = JSONWriter(capacity: 16 * 1024)
            w.beginObject()
            w.key("items")
            w.beginArray()
            for order in orders { try OrderPresenter.write(order, in: db, to: &w, shownTo: principal.role) }
            w.endArray()
            w.key("next_cursor"); w.string(next)
            w.endObject()
            return Conditional.list(request, body: w.bytes)
        }
    }

    /// Changes reference and/or lines of a draft (`lines` replaces all lines). Audited, not a history entry.
    @Sendable static func update(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        let principal = try context.require(.municipality, .admin)
        let body = try RequestBody.object(request)
        var v = FieldValidator(body)
        v.rejectUnknown(allowed: ["reference", "lines"])
        let reference = v.string("reference", required: false, maxLength: 200)
        let inputs = body["lines"] == nil ? nil : LinePricing.parseLines(body["lines"], allowNote: true, validator: &v)
        try v.finish()
        return try context.services.writer.write { db in
            let order = try OrderRepository.require(context.parameters["id"] ?? "", for: context, in: db)
            try Conditional.requireMatch(request, current: order.version)
            guard order.status == .draft else {
                throw AppError.conflict("Only a draft can be changed; this order is \(order.status.rawValue). An admin can reopen a submitted order.")
            }
            let before = try OrderPresenter.json(order, in: db)
            let now = Timestamp.now()
            if body["reference"] != nil {
                try db.run("UPDATE purchase_order SET reference = ? WHERE id = ?", reference, order.id)
            }
            if let inputs {
                let lines = try OrderWorkflow.resolveLines(inputs, municipality: order.municipality, year: order.year, in: db)
                try OrderRepository.replaceLines(order.id, with: lines, in: db)
            }
            try OrderRepository.touch(order, expectedVersion: order.version, now: now, in: db)
            let updated = try OrderRepository.load(order.id, in: db)!
            let rendered = try OrderPresenter.render(updated, in: db, shownTo: principal.role)
            try AuditLog.record(db, actor: context.actor(for: request), action: "update", entity: "order",
                                id: String(order.id), before: before, after: rendered.audit)
            return Conditional.resource(request, body: rendered.body, version: updated.version)
        }
    }
}
