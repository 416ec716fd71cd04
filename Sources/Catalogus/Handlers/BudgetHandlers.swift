import HTTPServer
import JSON
import SQLite

/// `/api/v1/municipalities/{slug}/budgets/{year}`: a yearly budget and order deadline.
enum BudgetHandlers {
    static func write(slug: String, year: Int64, in db: Connection) throws -> JSONValue? {
        guard let row = try db.queryRow("SELECT net_cents, order_deadline, updated_at FROM budget WHERE municipality = ? AND year = ?",
                                        slug, year) else { return nil }
        let limit: Int64 = try row.column(0)
        let committed = try OrderWorkflow.committedNet(municipality: slug, year: year, excluding: nil, in: db)
        return [
            "municipality": .string(slug), "year": .integer(year), "net_cents": .integer(limit),
            "order_deadline": (try row.column(1, as: String?.self)).map { .string($0) } ?? .null,
            "committed_net_cents": .integer(committed), "remaining_net_cents": .integer(limit - committed),
            "updated_at": .string(try row.column(2)),
        ]
    }

    /// `GET /api/v1/budgets?year=&municipality=`: the budgets set for a year, one item per
    /// municipality that has one (none set: not listed, no limit). A municipality reads its own.
    @Sendable static func list(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        let principal = try context.require(.admin, .staff, .municipality)
        let year = try PriceHandlers.year(request.query["year"])
        var slug = request.query["municipality"]
        if principal.role == .municipality {
            if let slug, slug != principal.municipality {
                throw AppError.forbidden("A municipality may read only its own budgets.")
            }
            slug = principal.municipality
        }
        let slugs: [String] = try context.reader.query("""
            SELECT municipality FROM budget WHERE year = ? AND (?2 IS NULL OR municipality = ?2) ORDER BY municipality
            """, year, slug).map { try $0.column(0) }
        let items = try slugs.compactMap { try write(slug: $0, year: year, in: context.reader) }
        let list: JSONValue = ["items": .array(items), "next_cursor": .null]
        return Conditional.list(request, body: list.serialized)
    }

    @Sendable static func get(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        try context.require(.admin, .staff, .municipality)
        let slug = context.parameters["slug"] ?? ""
        guard context.mayActFor(municipality: slug), try MunicipalityRepository.find(slug, in: context.reader) != nil else {
            throw AppError.notFound("No municipality with slug '\(slug)'.")
        }
        let year = try PriceHandlers.year(context.parameters["year"])
        guard let budget = try write(slug: slug, year: year, in: context.reader) else {
            throw AppError.notFound("No budget is set for \(slug) in \(year): there is no limit.")
        }
        return HTTPResponse.json(budget)
    }

    @Sendable static func put(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        try context.require(.admin)
        let slug = context.parameters["slug"] ?? ""
        let year = try PriceHandlers.year(context.parameters["year"])
        let body = try RequestBody.object(request)
        var v = FieldValidator(body)
        v.rejectUnknown(allowed: ["net_cents", "order_deadline"])
        let cents = v.integer("net_cents", range: 0...100_000_000_000_000)
        let deadline = v.string("order_deadline", required: false, maxLength: 10)
        if let deadline, !CalendarDate.isValid(deadline) { v.fail("order_deadline", "must be a date YYYY-MM-DD") }
        try v.finish()
        return try context.services.writer.write { db in
            _ = try MunicipalityRepository.require(slug, in: db)
            let before = try write(slug: slug, year: year, in: db)
            try db.run("""
                INSERT INTO budget (municipality, year, net_cents, order_deadline, updated_at) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (municipality, year) DO UPDATE SET net_cents = excluded.net_cents,
                    order_deadline = excluded.order_deadline, updated_at = excluded.updated_at
                """, slug, year, cents!, deadline, Timestamp.now())
            let after = try write(slug: slug, year: year, in: db)
            try AuditLog.record(db, actor: context.actor(for: request), action: before == nil ? "create" : "update",
                                entity: "budget", id: "\(slug)/\(year)", before: before, after: after)
            return HTTPResponse.json(after ?? .null, status: before == nil ? 201 : 200)
        }
    }
}
