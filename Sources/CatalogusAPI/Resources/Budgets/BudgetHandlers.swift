import CatalogusServices
import CatalogusStorage
import HTTPServer
import JSON

/// `/api/v1/budgets` and `/api/v1/municipalities/{slug}/budgets/{year}`: a yearly budget and order deadline.
package enum BudgetHandlers {
    /// `GET /api/v1/budgets?year=&municipality=`: one item per municipality that has a
    /// budget (none set: not listed, no limit); a single page.
    @Sendable package static func list(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        let year = try BudgetInput.year(request.query["year"])
        var query = QueryDecoder(request)
        let municipality = query.municipality()
        try query.finish()
        let budgets = try BudgetService.list(year: year, municipality: municipality, for: context.caller, in: context.reader)
        return ListRendering.json(request, Page(items: budgets, nextCursor: nil), capacity: 4 * 1024)
    }

    @Sendable package static func get(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        let budget = try BudgetService.get(municipality: context.parameters["slug"] ?? "", year: context.parameters["year"],
                                           for: context.caller, in: context.reader)
        return Representation.plain(budget)
    }

    @Sendable package static func put(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        let year = try BudgetInput.year(context.parameters["year"])
        let input = try BudgetInput.decode(try RequestBody.object(request), municipality: context.parameters["slug"] ?? "", year: year)
        let result = try BudgetService.put(input, actor: context.actor(for: request), writer: context.services.writer)
        return Representation.plain(result.budget, status: result.created ? 201 : 200)
    }
}
