import CatalogusDomain
import CatalogusServices
import CatalogusStorage
import HTTPServer
import JSON

/// `/api/v1/figure-definitions` and `/api/v1/figures/{year}/{area}`. HTTP only: the
/// rules, SQL and audit records are `FigureService`'s.
package enum FigureHandlers {
    @Sendable package static func definitions(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        let definitions = try FigureService(context: context.caller).definitions()
        return ListRendering.json(request, Page(items: definitions, nextCursor: nil), capacity: 8 * 1024)
    }

    @Sendable package static func get(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        let year = try pathYear(context)
        let document = try FigureService(context: context.caller).figures(year: year, area: context.parameters["area"] ?? "")
        return Representation.document(request, document)
    }

    /// Merges values (`null` removes one); last write wins.
    @Sendable package static func put(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        let year = try pathYear(context)
        let area = context.parameters["area"] ?? ""
        let body = try RequestBody.object(request)
        return Representation.plain(try FigureService(context: context.caller).put(year: year, area: area, body, actor: context.actor(for: request)))
    }

    /// `{year}` of the path: 422 for one outside the years the API keeps.
    package static func pathYear(_ context: AppContext) throws -> Int64 {
        guard let text = context.parameters["year"], let year = Int64(text), Vocabulary.years.contains(year) else {
            throw AppError.validation([.init(field: "year", QueryDecoder.yearMessage)])
        }
        return year
    }
}
