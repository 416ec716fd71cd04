import HTTPServer
import JSON
import SQLite

/// `POST /api/v1/quotes`: a basket priced against a year's price list, stored nowhere.
enum QuoteHandlers {
    @Sendable static func quote(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        let body = try RequestBody.object(request)
        let db = context.reader
        var v = FieldValidator(body)
        v.rejectUnknown(allowed: ["municipality", "year", "lines"])
        let slug = v.string("municipality", maxLength: 64)
        if let slug, try MunicipalityRepository.find(slug, in: db) == nil { v.fail("municipality", "no municipality with slug '\(slug)'") }
        let year = v.integer("year", range: Vocabulary.years)
        let inputs = LinePricing.parseLines(body["lines"], allowNote: false, validator: &v)
        if !v.errors.isEmpty { throw AppError.validation(v.errors + (try LinePricing.referenceErrors(inputs, in: db))) }
        let lines = try LinePricing.price(inputs, municipality: slug!, year: year!, in: db)
        let totals: Totals
        do { totals = try Totals(lines) } catch {
            throw AppError.validation([.init(field: "lines", message: "the total is too large")])
        }
        var w = JSONWriter()
        w.beginObject()
        w.key("municipality"); w.string(slug!)
        w.key("year"); w.int(year!)
        w.key("published"); w.bool(try PriceService.isPublished(year!, in: db))
        w.key("lines")
        w.beginArray()
        for line in lines { line.write(to: &w, includeNote: false) }
        w.endArray()
        w.key("totals"); totals.write(to: &w)
        w.endObject()
        return HTTPResponse.json(bytes: w.bytes)
    }
}
