import CatalogusDomain
import CatalogusServices
import CatalogusStorage
import JSON

/// Prices, the price list, publication, indexation and quotes; limits from the inputs
/// (`YearPrice`'s columns, `PriceInput`, `QuoteInput`, `LinePricing`).
extension OpenAPIDocument {
    package static let vatRate: JSONValue = ["type": "integer", "enum": .array(Vocabulary.vatRates.map { .integer($0) }),
                                     "description": "Percent; the Dutch rates."]
    package static let cents: JSONValue = ["type": "integer", "description": "Euro cents."]

    package static let priceSchemas: [(String, JSONValue)] = [
        ("YearPrice", closedObject(yearPriceMembers())),
        ("ActivityPrice", closedObject(yearPriceMembers(
            [("published", ["type": "boolean", "description": "The year's price list is published."])]))),
        ("PriceInput", closedObject(recordInputFields(YearPrice.self) { special in
            switch special {
            case .vatRate: vatRate
            }
        } + [
            ("unit", ["description": "Ignored (the activity's unit applies); accepted so that a read price can be sent back."]),
        ], optional: recordOptionalOnCreate(YearPrice.self).union(PriceInput.sentBack), examples: [["unit_price_cents": 45000, "vat_rate": 9]],
           description: pathEcho("year"))),
        ("PriceList", closedObject([
            ("year", schemaRef("Year")),
            ("published", ["type": "boolean"]),
            ("items", ["type": "array", "items": schemaRef("PriceListItem")]),
            ("next_cursor", nullable("string")),
        ])),
        ("PriceListItem", closedObject([
            ("activity", schemaRef("ActivityReference")),
            ("programme", enumeration(programmeCodes)),
            ("unit", enumeration(Vocabulary.units)),
            ("unit_price_cents", integer(0)),
            ("vat_rate", vatRate),
        ])),
        ("Publication", closedObject([("year", schemaRef("Year")), ("published", ["const": true]),
                                      ("published_at", schemaRef("Timestamp"))])),
        ("IndexationInput", closedObject([
            ("from_year", schemaRef("Year")),
            ("to_year", schemaRef("Year")),
            ("percent", ["type": "string", "pattern": .string(DecimalPercent.pattern),
                         "description": "A decimal string such as \"3.2\", above -100; not a number, to stay exact."]),
            ("overwrite", ["type": "boolean", "description": "Replace existing prices of `to_year` (otherwise 409)."]),
        ], optional: ["overwrite"], examples: [["from_year": 2026, "to_year": 2027, "percent": "3.2"]])),
        ("Indexation", closedObject([
            ("from_year", schemaRef("Year")), ("to_year", schemaRef("Year")), ("percent", ["type": "string"]),
            ("created", integer(0)), ("replaced", integer(0)),
        ])),
        ("QuoteInput", closedObject([
            ("municipality", municipalitySlug()),
            ("year", schemaRef("Year")),
            ("lines", ["type": "array", "minItems": 1, "maxItems": .integer(Int64(LinePricing.maxLines)),
                       "items": closedObject([("activity", activityReferenceInput),
                                              ("quantity", integer(1, Order.Line.maxQuantity))])]),
        ], examples: [[
            "municipality": "midden-drenthe", "year": 2026,
            "lines": [["activity": "biebfabriek", "quantity": 4], ["activity": 43, "quantity": 1]],
        ]])),
        ("Quote", closedObject([
            ("municipality", ["type": "string"]),
            ("year", schemaRef("Year")),
            ("published", ["type": "boolean", "description": "Whether the year's price list is published."]),
            ("lines", ["type": "array", "items": schemaRef("PricedLine")]),
            ("totals", schemaRef("Totals")),
        ])),
        ("PricedLine", closedObject([
            ("line_no", integer(1)),
            ("activity", schemaRef("ActivityReference")),
            ("quantity", integer(1)),
            ("unit", enumeration(Vocabulary.units)),
            ("unit_price_cents", integer(0)),
            ("vat_rate", vatRate),
            ("inhabitants", ["type": "integer", "minimum": 0, "description": "Only for the `inhabitant` unit."]),
            ("net_cents", cents), ("vat_cents", cents), ("gross_cents", cents),
            ("note", nullable("string")),
        ], optional: ["inhabitants", "note"])),
        ("Totals", closedObject([("net_cents", cents), ("vat_cents", cents), ("gross_cents", cents)])),
    ]

    /// A price as `YearPrice` writes it: its columns, then the activity's unit and `more`.
    package static func yearPriceMembers(_ more: [(String, JSONValue)] = []) -> [(String, JSONValue)] {
        recordSchema(YearPrice.self, own: { column in
            switch column {
            case .year: schemaRef("Year")
            case .vatRate: vatRate
            default: nil
            }
        }, after: { column in column == YearPrice.Column.allCases.last ? [("unit", enumeration(Vocabulary.units))] + more : [] })
    }

    /// docs/api.md#conventions: in request bodies an activity is its id (integer) or its code (string).
    package static let activityReferenceInput: JSONValue = [
        "anyOf": [integer(1, Int64.max), activityReference()],
    ]
}
