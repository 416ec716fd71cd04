import CatalogusDomain
import CatalogusServices
import CatalogusStorage
import HTTPParser
import HTTPServer
import JSON

/// `/api/v1/orders`: creating, reading, listing and changing orders, and their state
/// changes. The roles are checked by the endpoints' declarations (`OrderEndpoints`).
package enum OrderHandlers {
    @Sendable package static func create(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        let body = try RequestBody.object(request)
        let input = try OrderInput.decode(body, in: context.reader)
        try OrderService.checkMayOrder(input, for: context.caller)
        return try Idempotency.perform(request, context, body: .object(body)) { db in
            let order = try OrderService.create(input, for: context.caller, actor: context.actor(for: request), in: db)
            return Representation.resource(request, order, version: order.order.version, status: 201,
                                           location: "/api/v1/orders/\(order.order.id)")
        }
    }

    @Sendable package static func get(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        let format = try OrderFormatQuery.decode(QueryDecoder(request))
        let order = try OrderService.get(context.parameters["id"] ?? "", for: context.caller, in: context.reader)
        switch format {
        case .csv(let separator):
            var table = Table(name: "Bestelling", header: OrderView.csvHeader)
            order.csvRows(into: &table)
            return Conditional.respond(request, body: CSVWriter(separator: separator, table: table).bytes,
                                       etag: Conditional.versionTag(order.order.version),
                                       headers: ["Content-Disposition": "attachment; filename=\"bestelling-\(order.order.number).csv\""],
                                       contentType: OutputFormat.csvContentType)
        case .xlsx:
            var table = Table(name: "Bestelling \(order.order.number)", header: OrderView.csvHeader)
            order.csvRows(into: &table)
            // The order's version is its tag in every representation; the workbook's says so with its own suffix.
            return Conditional.respond(request, body: try Workbook.bytes([table]), etag: "\"\(order.order.version)-xlsx\"",
                                       headers: ["Content-Disposition": "attachment; filename=\"bestelling-\(order.order.number).xlsx\""],
                                       contentType: Workbook.contentType)
        case .json:
            break
        }
        return Representation.resource(request, order, version: order.order.version)
    }

    @Sendable package static func list(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        let query = try OrderListQuery.decode(QueryDecoder(request), in: context.reader)
        switch query.format {
        case .csv, .xlsx:
            return try ListRendering.download(request, context, first: query.page, format: query.format,
                                              Table(name: "Bestellingen", header: OrderView.csvHeader),
                                              download: .init(stem: "bestellingen"), fetch: { page in
                var query = query
                query.page = page
                return try OrderService.list(query, for: context.caller, in: context.reader)
            }) { order, table in order.csvRows(into: &table) }
        case .json:
            return ListRendering.json(request, try OrderService.list(query, for: context.caller, in: context.reader))
        }
    }

    @Sendable package static func update(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        let change = try OrderChange.decode(try RequestBody.object(request))
        let order = try OrderService.update(context.parameters["id"] ?? "", change, ifMatch: request, for: context.caller,
                                            actor: context.actor(for: request))
        return Representation.resource(request, order, version: order.order.version)
    }

    /// `POST /api/v1/orders/{id}/submit|confirm|reopen|cancel` (If-Match required).
    package static func transition(_ action: OrderAction) -> RouteHandler<AppContext> {
        { request, context in
            let input = try OrderTransitionInput.decode(request.body.isEmpty ? nil : try RequestBody.object(request), for: action)
            let order = try OrderService.transition(context.parameters["id"] ?? "", action, input, ifMatch: request, for: context.caller,
                                                    actor: context.actor(for: request))
            return Representation.resource(request, order, version: order.order.version)
        }
    }
}
