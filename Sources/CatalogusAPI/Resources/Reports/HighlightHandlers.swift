import CatalogusDomain
import CatalogusServices
import CatalogusStorage
import HTTPParser
import HTTPServer
import JSON

/// `/api/v1/highlights`, `/api/v1/reports/{slug}/{year}` and `/api/v1/forewords/{year}`. HTTP
/// only: the rules, SQL and audit records are `HighlightService`'s and `ReportService`'s.
package enum HighlightHandlers {
    @Sendable package static func list(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        var query = QueryDecoder(request)
        let filter = HighlightRepository.Filter(municipality: query.municipality(), year: query.year(),
                                                programme: query.oneOf("programme", Vocabulary.programmeCodes))
        let page = query.page()
        try query.finish()
        let found = try HighlightService(context: context.caller).page(filter, page: page)
        return ListRendering.json(request, found, capacity: found.items.count * 2400 + 64)
    }

    @Sendable package static func get(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        respond(request, try HighlightService(context: context.caller).get(context.parameters["id"]))
    }

    @Sendable package static func create(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        let body = try RequestBody.object(request)
        let actor = context.actor(for: request)
        return try Idempotency.perform(request, context, body: .object(body)) { db in
            let created = try HighlightService(context: context.caller).create(body, actor: actor, in: db)
            return respond(request, created, status: 201, location: "/api/v1/highlights/\(created.highlight.id)")
        }
    }

    @Sendable package static func update(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        let body = try RequestBody.object(request)
        let updated = try HighlightService(context: context.caller).update(context.parameters["id"], body, actor: context.actor(for: request),
                                                                           precondition: ifMatch(request))
        return respond(request, updated)
    }

    @Sendable package static func delete(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        try HighlightService(context: context.caller).delete(context.parameters["id"], actor: context.actor(for: request),
                                                             precondition: ifMatch(request))
        return HTTPResponse.noContent()
    }

    @Sendable package static func report(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        let year = try BudgetInput.year(context.parameters["year"])
        return Representation.plain(try ReportService(context: context.caller).report(of: context.parameters["slug"] ?? "", year: year))
    }

    @Sendable package static func publish(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        let year = try BudgetInput.year(context.parameters["year"])
        let body = try RequestBody.object(request)
        return Representation.plain(try ReportService(context: context.caller).publish(body, municipality: context.parameters["slug"] ?? "",
                                                                                       year: year, actor: context.actor(for: request)))
    }

    @Sendable package static func foreword(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        let year = try BudgetInput.year(context.parameters["year"])
        return Representation.plain(try ReportService(context: context.caller).foreword(of: year))
    }

    @Sendable package static func putForeword(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        let year = try BudgetInput.year(context.parameters["year"])
        let body = try RequestBody.object(request)
        let result = try ReportService(context: context.caller).putForeword(body, year: year, actor: context.actor(for: request))
        return Representation.plain(result.foreword, status: result.created ? 201 : 200)
    }

    /// A story's figures change with its registrations, not its version: its strong ETag is
    /// of the whole representation, and If-Match is compared with that.
    private static func respond(_ request: HTTPRequest, _ view: HighlightView, status: Int = 200, location: String? = nil) -> HTTPResponse {
        var headers: HTTPHeaders = [:]
        if let location { headers.set(name: "Location", value: location) }
        let body = view.jsonBytes
        return Conditional.respond(request, body: body, etag: Conditional.contentTag(body), status: status, headers: headers)
    }

    /// If-Match is required (428 without, 412 when stale).
    private static func ifMatch(_ request: HTTPRequest) -> (HighlightView) throws -> Void {
        { current in try Conditional.requireMatch(request, etag: Conditional.contentTag(current.jsonBytes), version: current.highlight.version) }
    }
}
