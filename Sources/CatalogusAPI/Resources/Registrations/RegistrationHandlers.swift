import CatalogusDomain
import CatalogusServices
import CatalogusStorage
import HTTPServer
import JSON

/// `/api/v1/registrations`: what was held, registered by library staff. HTTP only: the
/// rules, SQL and audit records are `RegistrationService`'s.
package enum RegistrationHandlers {
    @Sendable package static func create(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        let body = try RequestBody.object(request)
        let actor = context.actor(for: request)
        return try Idempotency.perform(request, context, body: .object(body)) { db in
            let created = try RegistrationService(context: context.caller).create(body, actor: actor, in: db)
            return Representation.resource(request, created, version: created.version, status: 201,
                                           location: "/api/v1/registrations/\(created.id)")
        }
    }

    @Sendable package static func bulk(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        let bulk = try RegistrationBulkInput.decode(request)
        let actor = context.actor(for: request)
        let service = RegistrationService(context: context.caller)
        // Every row is checked before the writer's turn; a bad import never takes one,
        // unless an Idempotency-Key may have a stored answer to replay.
        let plan = try service.plan(bulk)
        if !plan.problems.isEmpty, request.headers["Idempotency-Key"] == nil { throw plan.failure }
        // The rows go in unseen, a thousand to a turn, with other writes between the turns;
        // one last turn (with the idempotency record, audit and webhook event) shows them all.
        let now = Timestamp.now()
        let staged = service.stage(plan, now: now)
        // Published once the last turn ran and committed; not when it failed, nor when an
        // answer stored under the Idempotency-Key was replayed instead: then the staged
        // rows are taken back.
        var ran = false, published = false
        defer { if let staged, !published { service.abandon(staged) } }
        let response = try Idempotency.perform(request, context, body: bulk.body, size: .bulk) { db in
            let created = try service.bulk(bulk, plan: plan, staged: staged, now: now, actor: actor, in: db)
            ran = true
            var w = JSONWriter(capacity: created.ids.count * 8 + 64)
            created.write(to: &w)
            return HTTPResponse.json(bytes: w.bytes, status: 201)
        }
        published = ran
        return response
    }

    @Sendable package static func list(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        let service = RegistrationService(context: context.caller)
        let (query, format) = try service.listQuery(QueryDecoder(request))
        switch format {
        case .csv, .xlsx:
            return try ListRendering.download(request, context, first: query.page, format: format,
                                              Table(name: "Registraties", header: Registration.csvHeader),
                                              download: .init(stem: downloadStem(request)), fetch: { page in
                var query = query
                query.page = page
                return try service.page(query)
            }) { row, table in table.row(row.csvRow) }
        case .json:
            let page = try service.page(query)
            return ListRendering.json(request, page, capacity: page.items.count * 400 + 64)
        }
    }

    /// The download's name says what it holds: `registraties-midden-drenthe-2024` for one
    /// municipality's year, `registraties-2024-05-01-2024-05-31` for a period. The values
    /// were checked by the list's query (a slug, dates), so they are safe in a file name.
    static func downloadStem(_ request: HTTPRequest) -> String {
        var parts = ["registraties"]
        if let slug = request.query["municipality"] { parts.append(slug) }
        let from = request.query["from"], to = request.query["to"]
        if let from, let to, from.prefix(4) == to.prefix(4), from.hasSuffix("-01-01"), to.hasSuffix("-12-31") {
            parts.append(String(from.prefix(4)))
        } else {
            if let from { parts.append("vanaf-" + from) }
            if let to { parts.append("tot-en-met-" + to) }
        }
        return parts.joined(separator: "-")
    }

    @Sendable package static func get(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        let found = try RegistrationService(context: context.caller).get(context.parameters["id"])
        return Representation.resource(request, found, version: found.version)
    }

    /// Corrections: audited; If-Match is honoured when sent.
    @Sendable package static func update(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        let body = try RequestBody.object(request)
        let updated = try RegistrationService(context: context.caller).update(context.parameters["id"], body, actor: context.actor(for: request),
                                                                       checkVersion: ifMatchWhenSent(request))
        return Representation.resource(request, updated, version: updated.version)
    }

    @Sendable package static func delete(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        try RegistrationService(context: context.caller).delete(context.parameters["id"], actor: context.actor(for: request),
                                                         checkVersion: ifMatchWhenSent(request))
        return HTTPResponse.noContent()
    }

    /// If-Match is optional here (docs/api.md#conditional-requests): checked only when the client sends one.
    private static func ifMatchWhenSent(_ request: HTTPRequest) -> (Int64) throws -> Void {
        { version in if request.headers["If-Match"] != nil { try Conditional.requireMatch(request, current: version) } }
    }
}
