import CatalogusDomain
import CatalogusServices
import JSON

/// A figure's explanation (`…/explain`): the figure, its value and method, and its sources.
extension OpenAPIDocument {
    package static let explanationSchemas: [(String, JSONValue)] = [
        ("FigureExplanation", closedObject([
            ("figure", ["type": "string", "examples": ["members_total", "programme.geletterdheid.participants"]]),
            ("label", ["type": "string"]),
            ("year", schemaRef("Year")),
            ("unit", figureUnit),
            ("value", ["type": ["number", "null"], "description": "Exactly the report's value; null while an input was never recorded."]),
            ("method", enumeration(Vocabulary.explanationMethodTerms.codes)),
            ("terms", closedObject([("numerator", explanationTerm), ("denominator", explanationTerm)],
                                   description: "A ratio's two figures (only for `ratio`), each explainable in turn.")),
            ("items", ["type": "array", "items": ["oneOf": [schemaRef("RegistrationSource"), schemaRef("KeyFigureSource"), schemaRef("OrderLineSource")]],
                       "description": "`sum`: the values add up to `value`; `count`: `value` items over all pages; `stored`: the one key figure; `ratio`: none."]),
            ("next_cursor", nullable("string")),
        ], optional: ["terms"])),
        ("RegistrationSource", closedObject([
            ("kind", enumeration(["registration"])),
            ("id", integer(1)),
            ("url", ["type": "string", "examples": ["/api/v1/registrations/500"]]),
            ("value", ["type": "integer", "minimum": 0, "description": "1 for a count, else its participants or sessions."]),
            ("date", date),
            ("activity", schemaRef("ActivityReference")),
            ("location", ["anyOf": [closedObject([("id", integer(1)), ("name", ["type": "string"])]), ["type": "null"]]]),
            ("participants", integer(0)),
            ("sessions", integer(0)),
        ])),
        ("OrderLineSource", closedObject([
            ("kind", enumeration(["order_line"])),
            ("id", ["type": "string", "examples": ["2024-GM1731-0001/3"], "description": "The order's number and the line's."]),
            ("url", ["type": "string", "examples": ["/api/v1/orders/1"]]),
            ("value", ["type": "integer", "description": "The line's net in cents, at its frozen price."]),
            ("order", closedObject([("id", integer(1)), ("number", ["type": "string"])])),
            ("line_no", integer(1)),
            ("activity", schemaRef("ActivityReference")),
            ("quantity", integer(1)),
            ("unit", enumeration(Vocabulary.units)),
            ("unit_price_cents", ["type": "integer"]),
            ("vat_rate", ["type": "integer"]),
            ("inhabitants", nullable("integer")),
        ])),
        ("KeyFigureSource", closedObject([
            ("kind", enumeration(["key_figure"])),
            ("id", ["type": "string", "examples": ["2024/midden-drenthe/members_paying"]]),
            ("url", ["type": "string", "examples": ["/api/v1/figures/2024/midden-drenthe"]]),
            ("value", ["type": "number"]),
            ("code", ["type": "string"]),
            ("label", ["type": "string"]),
            ("entered_by", nullable("string")),
            ("entered_at", nullable("string")),
        ])),
    ]

    private static let explanationTerm = closedObject([("figure", ["type": "string"]), ("value", optionalDecimal)])
}
