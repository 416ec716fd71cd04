import JSON

/// Prices per activity and year, the price list, publication, indexation
/// (PriceHandlers) and quotes (QuoteHandlers).
extension OpenAPIDocument {
    static let csv: JSONValue = [
        "type": "string",
        "description": "RFC 4180, UTF-8, header row `activity_id,activity_code,activity_name,programme,unit,unit_price_cents,vat_rate`.",
    ]

    static let pricePaths: [(String, JSONValue)] = [
        ("/api/v1/activities/{id}/prices", ["get": operation(
            "listActivityPrices", tag: "Prices", summary: "An activity's price per year, oldest first.", access: .anyone,
            parameters: [parameterRef("ActivityPath"), parameterRef("IfNoneMatch")],
            responses: [
                ("200", json("Every year's price (one page).", list(of: schemaRef("ActivityPrice")), headers: ["ETag"])),
                ("304", responseRef("NotModified")),
                ("404", responseRef("NotFound")),
                ("422", responseRef("Invalid")),
            ])]),
        ("/api/v1/activities/{id}/prices/{year}", ["put": operation(
            "setActivityPrice", tag: "Prices", summary: "Sets an activity's price of a year.",
            description: "Last write wins; audited. A published year's prices no longer change (409).",
            access: .roles(["admin"]),
            parameters: [parameterRef("ActivityPath"), parameterRef("YearPath")], body: schemaRef("PriceInput"),
            responses: [
                ("200", json("Replaced.", schemaRef("YearPrice"))),
                ("201", json("The first price of that year.", schemaRef("YearPrice"))),
                ("404", responseRef("NotFound")),
                ("409", responseRef("Conflict")),
                ("422", responseRef("Invalid")),
            ])]),
        ("/api/v1/prices", ["get": operation(
            "getPriceList", tag: "Prices", summary: "The price list of a year: active activities with a price, by name.",
            access: .anyone,
            parameters: [
                queryParameter("year", schemaRef("Year"), "The year.", required: true),
                queryParameter("programme", enumeration(programmeCodes), "Only this programme's activities."),
                parameterRef("Limit"), parameterRef("Cursor"), parameterRef("Output"), parameterRef("Separator"),
                parameterRef("IfNoneMatch"),
            ],
            responses: [
                ("200", response("A page of the price list.",
                                 content: [("application/json", schemaRef("PriceList")), ("text/csv", csv)],
                                 headers: ["ETag", "Content-Disposition", "Link"])),
                ("304", responseRef("NotModified")),
                ("422", responseRef("Invalid")),
            ])]),
        ("/api/v1/prices/{year}/publish", ["post": operation(
            "publishPriceList", tag: "Prices", summary: "Publishes a year's price list: its prices become immutable.",
            description: "Orders can be submitted only against a published year.", access: .roles(["admin"]),
            parameters: [parameterRef("YearPath")],
            responses: [
                ("200", json("Published.", schemaRef("Publication"))),
                ("409", responseRef("Conflict")),
                ("422", responseRef("Invalid")),
            ])]),
        ("/api/v1/prices/indexations", ["post": operation(
            "indexPrices", tag: "Prices", summary: "Creates a year's prices from another year's, raised by a percentage.",
            description: "Rounded half away from zero to the cent. Existing prices of `to_year` are replaced only with `overwrite: true` (otherwise 409).",
            access: .roles(["admin"]), parameters: [parameterRef("IdempotencyKey")], body: schemaRef("IndexationInput"),
            responses: [
                ("201", json("Indexed.", schemaRef("Indexation"), headers: ["Location", "Idempotent-Replayed"])),
                ("409", responseRef("Conflict")),
                ("422", responseRef("Invalid")),
            ])]),
        ("/api/v1/quotes", ["post": operation(
            "quote", tag: "Prices", summary: "Prices a basket against a year's price list; stores nothing.",
            description: "`inhabitant` prices multiply by the municipality's inhabitants of that year.", access: .anyone,
            body: schemaRef("QuoteInput"),
            responses: [
                ("200", json("The priced lines and totals.", schemaRef("Quote"))),
                ("422", responseRef("Invalid")),
            ])]),
    ]
}
