import CatalogusServices
import CatalogusStorage
import Foundation
import HTTPParser
import HTTPServer
import JSON

/// Prices per activity and year, the yearly price list, publication and indexation.
package enum PriceHandlers {
    /// A year in a path; kept here for the handlers of other resources that read one.
    package static func year(_ text: String?, field: String = "year") throws -> Int64 { try PricePath.year(text, field: field) }

    @Sendable package static func activityPrices(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        var query = QueryDecoder(request)
        let page = query.page()
        try query.finish()
        let prices = try PriceService.activityPrices(context.parameters["id"] ?? "", page: page, in: context.reader)
        return ListRendering.json(request, prices, capacity: 1024)
    }

    @Sendable package static func setPrice(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        let year = try PricePath.year(context.parameters["year"])
        let input = try PriceInput.decode(try RequestBody.object(request), year: year)
        let (price, created) = try PriceService.set(input, activity: context.parameters["id"] ?? "",
                                                    actor: context.actor(for: request), writer: context.services.writer)
        return Representation.plain(price, status: created ? 201 : 200)
    }

    @Sendable package static func priceList(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        let query = try PriceListQuery.decode(QueryDecoder(request), context.caller)
        switch query.format {
        case .csv, .xlsx:
            return try ListRendering.download(request, context, first: query.page, format: query.format,
                                              PriceListItem.table(year: query.year),
                                              download: .init(stem: "prijslijst-\(query.year)", csv: "prices-\(query.year).csv"), fetch: { page in
                try PriceRepository.priceList(year: query.year, programme: query.programme, modifiedSince: query.modifiedSince,
                                              page: page, in: context.reader)
            }) { item, table in item.writeRow(to: &table) }
        case .json:
            let list = try PriceService.priceList(query, in: context.reader)
            // The page's envelope carries the year and its publication beside the items.
            return ListRendering.json(request, list.page, leading: { w in
                w.key("year"); w.int(list.year)
                w.key("published"); w.bool(list.published)
            })
        }
    }

    @Sendable package static func publish(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        let year = try PricePath.year(context.parameters["year"])
        let publication = try PriceService.publish(year: year, actor: context.actor(for: request), writer: context.services.writer)
        return Representation.plain(publication)
    }

    @Sendable package static func index(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        let body = try RequestBody.object(request)
        let input = try IndexationInput.decode(body)
        return try Idempotency.perform(request, context, body: .object(body)) { db in
            let indexation = try PriceService.index(input, actor: context.actor(for: request), in: db)
            var response = Representation.plain(indexation, status: 201)
            response.headers.set(name: "Location", value: "/api/v1/prices?year=\(indexation.toYear)")
            return response
        }
    }
}
