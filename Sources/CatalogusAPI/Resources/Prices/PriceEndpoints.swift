import CatalogusStorage
import HTTPServer
import JSON

/// The endpoints of Prices, in the order of the document: prices per activity and year,
/// the price list, publication, indexation and quotes.
package enum PriceEndpoints {
    package typealias Doc = OpenAPIDocument

    package static let csv: JSONValue = [
        "type": "string",
        "description": .string("RFC 4180, UTF-8, header row `\(PriceListItem.csvHeader.joined(separator: ","))`."),
    ]

    package static let all: [Endpoint] = [
        Endpoint(.get, "/api/v1/activities/{id}/prices", id: "listActivityPrices", tag: .prices,
                 summary: "An activity's price per year, oldest first.", access: .anyone,
                 parameters: [.activityPath, .limit, .cursor, .ifNoneMatch],
                 responses: [
                    ("200", Doc.json("Every year's price (one page).", Doc.list(of: Doc.schemaRef("ActivityPrice")), headers: ["ETag"])),
                    ("304", Doc.responseRef("NotModified")),
                    ("404", Doc.responseRef("NotFound")),
                    ("422", Doc.responseRef("Invalid")),
                 ],
                 cached: true, handler: PriceHandlers.activityPrices),
        Endpoint(.put, "/api/v1/activities/{id}/prices/{year}", id: "setActivityPrice", tag: .prices,
                 summary: "Sets an activity's price of a year.",
                 description: "Last write wins; audited. A published year's prices no longer change (409).",
                 access: .permission(.pricesWrite), parameters: [.activityPath, .yearPath], body: Doc.schemaRef("PriceInput"),
                 responses: [
                    ("200", Doc.json("Replaced.", Doc.schemaRef("YearPrice"))),
                    ("201", Doc.json("The first price of that year.", Doc.schemaRef("YearPrice"))),
                    ("404", Doc.responseRef("NotFound")),
                    ("409", Doc.responseRef("Conflict")),
                    ("422", Doc.responseRef("Invalid")),
                 ],
                 handler: PriceHandlers.setPrice),
        Endpoint(.get, "/api/v1/prices", id: "getPriceList", tag: .prices,
                 summary: "The price list of a year: active activities with a price, by name.", access: .anyone,
                 parameters: [
                    .query("year", Doc.schemaRef("Year"), "The year.", required: true),
                    .query("programme", Doc.enumeration(Doc.programmeCodes), "Only this programme's activities."),
                    .limit, .cursor, .modifiedSince, .output, .separator, .ifNoneMatch,
                 ],
                 responses: [
                    ("200", Doc.response("A page of the price list.",
                                         content: [("application/json", Doc.schemaRef("PriceList")), ("text/csv", csv), Doc.workbook],
                                         headers: ["ETag", "Content-Disposition", "Link"])),
                    ("304", Doc.responseRef("NotModified")),
                    ("422", Doc.responseRef("Invalid")),
                 ],
                 cached: true, handler: PriceHandlers.priceList),
        Endpoint(.post, "/api/v1/prices/{year}/publish", id: "publishPriceList", tag: .prices,
                 summary: "Publishes a year's price list: its prices become immutable.",
                 description: "Orders can be submitted only against a published year.", access: .permission(.pricesPublish),
                 parameters: [.yearPath],
                 responses: [
                    ("200", Doc.json("Published.", Doc.schemaRef("Publication"))),
                    ("409", Doc.responseRef("Conflict")),
                    ("422", Doc.responseRef("Invalid")),
                 ],
                 handler: PriceHandlers.publish),
        Endpoint(.post, "/api/v1/prices/indexations", id: "indexPrices", tag: .prices,
                 summary: "Creates a year's prices from another year's, raised by a percentage.",
                 description: "Rounded half away from zero to the cent. Existing prices of `to_year` are replaced only with `overwrite: true` (otherwise 409).",
                 access: .permission(.pricesWrite), parameters: [.idempotencyKey], body: Doc.schemaRef("IndexationInput"),
                 responses: [
                    ("201", Doc.json("Indexed.", Doc.schemaRef("Indexation"), headers: ["Location", "Idempotent-Replayed"])),
                    ("409", Doc.responseRef("Conflict")),
                    ("422", Doc.responseRef("Invalid")),
                 ],
                 handler: PriceHandlers.index),
        Endpoint(.post, "/api/v1/quotes", id: "quote", tag: .prices,
                 summary: "Prices a basket against a year's price list; stores nothing.",
                 description: "`inhabitant` prices multiply by the municipality's inhabitants of that year.", access: .anyone,
                 body: Doc.schemaRef("QuoteInput"),
                 responses: [
                    ("200", Doc.json("The priced lines and totals.", Doc.schemaRef("Quote"))),
                    ("422", Doc.responseRef("Invalid")),
                 ],
                 handler: QuoteHandlers.quote),
    ]
}
