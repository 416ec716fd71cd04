import CatalogusDomain
import JSON

/// The annual report of a municipality, the overview and time series (Statistics/).
extension OpenAPIDocument {
    /// A number with one decimal where it is a ratio (`per_1000_inhabitants`, percentages).
    package static let decimal: JSONValue = ["type": "number"]
    package static let optionalDecimal: JSONValue = ["type": ["number", "null"]]
    package static let counts = closedObject([("activities", integer(0)), ("participants", integer(0)), ("sessions", integer(0))])

    package static let statisticsSchemas: [(String, JSONValue)] = [
        ("Change", closedObject([
            ("previous", decimal), ("current", decimal),
            ("delta", ["type": "number", "description": "In percentage points for percentages."]),
            ("percent", ["type": ["number", "null"], "description": "Relative change, one decimal; null when previous is 0."]),
        ])),
        ("ReportFigure", closedObject([
            ("value", optionalDecimal), ("unit", figureUnit), ("scope", figureScope),
            ("label", ["type": "string"]), ("group", ["type": "string"]),
            ("per_1000_inhabitants", optionalDecimal),
        ], optional: ["per_1000_inhabitants"])),
        ("MunicipalityReport", closedObject([
            ("municipality", closedObject([("slug", ["type": "string"]), ("name", ["type": "string"]),
                                           ("cbs_code", ["type": "string"])])),
            ("year", schemaRef("Year")),
            ("inhabitants", nullable("integer", [("minimum", 0)])),
            ("figures", ["type": "object", "additionalProperties": schemaRef("ReportFigure"),
                         "description": "Raw and computed figures by code; value null when never recorded."]),
            ("programmes", ["type": "array", "items": schemaRef("ProgrammeStatistics")]),
            ("orders", schemaRef("OrderStatistics")),
            ("change", ["type": "object", "additionalProperties": schemaRef("Change"),
                        "description": "Against the previous year, for every figure that exists in both."]),
        ])),
        ("ProgrammeStatistics", closedObject([
            ("code", enumeration(programmeCodes)),
            ("name", ["type": "string"]),
            ("activities", ["type": "integer", "minimum": 0, "description": "The number of registrations."]),
            ("participants", integer(0)),
            ("sessions", integer(0)),
            ("formats", ["type": "object", "additionalProperties": counts, "propertyNames": enumeration(Vocabulary.formats)]),
            ("confirmed_net_cents", ["type": "integer"]),
            ("cost_per_participant_cents", nullable("integer")),
            ("per_1000_inhabitants", closedObject([("activities", optionalDecimal), ("participants", optionalDecimal)])),
            ("change", ["type": "object", "additionalProperties": schemaRef("Change"),
                        "propertyNames": enumeration(["activities", "participants", "sessions"])]),
        ])),
        ("OrderStatistics", closedObject([
            ("net_cents", ["type": "integer", "description": "Submitted and confirmed orders."]),
            ("gross_cents", ["type": "integer"]),
            ("confirmed_net_cents", ["type": "integer"]),
            ("confirmed_gross_cents", ["type": "integer"]),
            ("activities", ["type": "array", "items": closedObject([
                ("activity", schemaRef("ActivityReference")),
                ("programme", enumeration(programmeCodes)),
                ("unit", enumeration(Vocabulary.units)),
                ("ordered_quantity", integer(0)),
                ("delivered_quantity", nullable("integer", [("minimum", 0)])),
                ("delivery_rate", ["type": ["number", "null"], "description": "Delivered ÷ ordered, three decimals."]),
                ("under_delivered", ["type": ["boolean", "null"]]),
                ("participants", integer(0)),
                ("confirmed_net_cents", ["type": "integer"]),
                ("cost_per_participant_cents", nullable("integer")),
            ])]),
        ])),
        ("OverviewRow", closedObject([
            ("municipality", closedObject([("slug", ["type": "string"]), ("name", ["type": "string"])])),
            ("inhabitants", nullable("integer", [("minimum", 0)])),
            ("activities", integer(0)), ("participants", integer(0)), ("sessions", integer(0)),
            ("members_total", nullable("integer", [("minimum", 0)])),
            ("participation_rate", ["type": ["number", "null"], "description": "Members per 100 inhabitants, one decimal."]),
            ("loans_physical_total", nullable("integer", [("minimum", 0)])),
            ("visitors_library", nullable("integer", [("minimum", 0)])),
            ("confirmed_net_cents", ["type": "integer"]),
            ("per_1000_inhabitants", closedObject(["activities", "participants", "members_total", "loans_physical_total",
                                                   "visitors_library"].map { ($0, optionalDecimal) })),
        ])),
        ("Overview", closedObject([
            ("year", schemaRef("Year")),
            ("items", ["type": "array", "items": schemaRef("OverviewRow")]),
            ("organisation", schemaRef("OverviewRow")),
            ("organisation_figures", ["type": "object", "additionalProperties": closedObject([
                ("value", optionalDecimal), ("unit", figureUnit), ("scope", figureScope),
            ])]),
            ("next_cursor", ["type": "null"]),
        ])),
        ("TimeSeries", closedObject([
            ("measure", enumeration(["activities", "participants", "sessions"])),
            ("interval", enumeration(["month", "quarter", "year"])),
            ("items", ["type": "array", "items": closedObject([
                ("period", ["type": "string", "pattern": "^[0-9]{4}(-[0-9]{2}|-Q[1-4])?$", "examples": ["2024-01", "2024-Q1", "2024"]]),
                ("value", integer(0)),
            ])]),
            ("next_cursor", ["type": "null"]),
        ])),
    ]

    package static let statisticsCSV: JSONValue = ["type": "string", "description": "RFC 4180 with a header row."]
}
