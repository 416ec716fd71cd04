import CatalogusServices
import CatalogusStorage
import HTTPServer
import JSON

/// `POST /api/v1/quotes`: a basket priced against a year's price list, stored nowhere.
package enum QuoteHandlers {
    @Sendable package static func quote(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        let input = try QuoteInput.decode(try RequestBody.object(request), in: context.reader)
        return Representation.plain(try PriceService.quote(input, in: context.reader))
    }
}
