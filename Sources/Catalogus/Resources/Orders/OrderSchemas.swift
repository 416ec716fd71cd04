import JSON

/// Orders (`OrderView`) and their input (`OrderInput`, `OrderChange`).
extension OpenAPIDocument {
    static let orderStatus = enumeration(OrderStatus.allCases.map(\.rawValue))
    static let date: JSONValue = ["type": "string", "format": "date", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"]

    static let orderSchemas: [(String, JSONValue)] = [
        ("Order", closedObject([
            ("id", integer(1)),
            ("number", ["type": "string", "pattern": "^[0-9]{4}-GM[0-9]{4}-[0-9]{4,}$", "examples": ["2026-GM1731-0001"]]),
            ("municipality", ["type": "string"]),
            ("year", schemaRef("Year")),
            ("status", orderStatus),
            ("reference", nullable("string")),
            ("lines", ["type": "array", "items": schemaRef("OrderLine")]),
            ("totals", schemaRef("Totals")),
            ("prices_frozen", ["type": "boolean", "description": "The lines carry the prices frozen at submit."]),
            ("cancel_reason", nullable("string")),
            ("history", ["type": "array", "items": closedObject([
                ("status", orderStatus), ("at", schemaRef("Timestamp")),
                ("by", ["type": "string", "description": "The token's name."]), ("reason", ["type": "string"]),
            ], optional: ["reason"])]),
            ("version", integer(1)),
            ("created_at", schemaRef("Timestamp")),
            ("updated_at", schemaRef("Timestamp")),
        ])),
        // A draft line whose activity has no price that year has nulls for the amounts.
        ("OrderLine", closedObject([
            ("line_no", integer(1)),
            ("activity", schemaRef("ActivityReference")),
            ("quantity", integer(1)),
            ("unit", enumeration(Vocabulary.units)),
            ("unit_price_cents", nullable("integer", [("minimum", 0)])),
            ("vat_rate", ["type": ["integer", "null"], "enum": .array(Vocabulary.vatRates.map { .integer($0) } + [.null])]),
            ("inhabitants", nullable("integer", [("minimum", 0), ("description", "Only for the `inhabitant` unit.")])),
            ("net_cents", nullable("integer")), ("vat_cents", nullable("integer")), ("gross_cents", nullable("integer")),
            ("note", nullable("string")),
        ], optional: ["inhabitants"])),
        ("OrderInput", closedObject([
            ("municipality", ["type": "string", "minLength": 1, "maxLength": .integer(Int64(OrderInput.maxMunicipalityLength))]),
            ("year", schemaRef("Year")),
            ("reference", nullable("string", [("minLength", 1), ("maxLength", .integer(Int64(OrderInput.maxReferenceLength))), ("pattern", "\\S")])),
            ("lines", orderLinesInput),
        ], optional: ["reference"], examples: [[
            "municipality": "midden-drenthe", "year": 2026, "reference": "Inkoop 2026-14",
            "lines": [["activity": "biebfabriek", "quantity": 4], ["activity": 1, "quantity": 1, "note": "Boekenweek"]],
        ]])),
        ("OrderChange", closedObject([
            ("reference", nullable("string", [("minLength", 1), ("maxLength", .integer(Int64(OrderInput.maxReferenceLength))), ("pattern", "\\S")])),
            ("lines", orderLinesInput),
        ], optional: ["reference", "lines"], examples: [["reference": "Inkoop 2026-15"]])),
    ]

    /// `lines` replaces all lines of an order; a line names an activity by id or code.
    static let orderLinesInput: JSONValue = [
        "type": "array", "minItems": 1, "maxItems": .integer(Int64(LinePricing.maxLines)),
        "items": closedObject([
            ("activity", activityReferenceInput),
            ("quantity", integer(1, LinePricing.maxQuantity)),
            ("note", nullable("string", [("minLength", 1), ("maxLength", .integer(Int64(LinePricing.maxNoteLength))), ("pattern", "\\S")])),
        ], optional: ["note"]),
    ]
}
