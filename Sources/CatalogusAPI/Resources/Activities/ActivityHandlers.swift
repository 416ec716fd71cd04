import CatalogusServices
import CatalogusStorage
import Foundation
import HTTPServer
import JSON

/// `/api/v1/activities`: the catalogue.
package enum ActivityHandlers {
    @Sendable package static func list(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        let (filter, page) = try ActivityListQuery.decode(request, context)
        let listed = try ActivityService.list(filter, page: page, in: context.reader)
        return ListRendering.json(request, listed, capacity: 32 * 1024)
    }

    @Sendable package static func get(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        var query = QueryDecoder(request)
        let year = query.year()
        try query.finish()
        let (activity, priced) = try ActivityService.read(context.parameters["id"] ?? "", year: year, in: context.reader)
        // With a price embedded the representation changes with the price, not only the version.
        if let priced { return Representation.document(request, priced) }
        return Representation.resource(request, activity, version: activity.version)
    }

    @Sendable package static func create(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        let body = try RequestBody.object(request)
        return try Idempotency.perform(request, context, body: .object(body)) { db in
            let created = try ActivityService.create(body, actor: context.actor(for: request), in: db)
            return Representation.resource(request, created, version: created.version, status: 201,
                                           location: "/api/v1/activities/\(created.id)")
        }
    }

    @Sendable package static func update(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        let body = try RequestBody.object(request)
        let updated = try ActivityService.update(context.parameters["id"] ?? "", with: body, actor: context.actor(for: request),
                                                 writer: context.services.writer) { try Conditional.requireMatch(request, current: $0) }
        return Representation.resource(request, updated, version: updated.version)
    }

    @Sendable package static func archive(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        let archived = try ActivityService.archive(context.parameters["id"] ?? "", actor: context.actor(for: request),
                                                   writer: context.services.writer) { try Conditional.requireMatch(request, current: $0) }
        return Representation.resource(request, archived, version: archived.version)
    }
}
