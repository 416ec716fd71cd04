import JSON

/// `/api/v1/stats/...` (StatisticsHandlers): dashboards and the annual report, JSON or CSV.
extension OpenAPIDocument {
    static let yearRequired = queryParameter("year", ["$ref": "#/components/schemas/Year", "examples": [2024]], "The year.",
                                             required: true)
    static let csvParameters = [parameterRef("Output"), parameterRef("Separator"), parameterRef("IfNoneMatch")]

    static func statistics(_ description: String, _ schema: String) -> [(String, JSONValue)] {
        [
            ("200", response(description, content: [("application/json", schemaRef(schema)), ("text/csv", statisticsCSV)],
                             headers: ["ETag"])),
            ("304", responseRef("NotModified")),
            ("422", responseRef("Invalid")),
        ]
    }

    static let statisticsPaths: [(String, JSONValue)] = [
        ("/api/v1/stats/municipalities/{slug}", ["get": operation(
            "municipalityReport", tag: "Statistics", summary: "A municipality's annual report.",
            description: """
                Figures (raw and computed), registrations per programme, orders per activity with delivery rates, \
                cost per participant, figures per 1,000 inhabitants and the change against the previous year. A year \
                without data answers zeros and nulls. A municipality token reads only its own (403).
                """,
            access: .roles(["viewer", "staff", "admin", "municipality"]),
            parameters: [slugParameter, yearRequired] + csvParameters,
            responses: statistics("The report; CSV has one row per number: section, code, name, metric, value.",
                                  "MunicipalityReport") + [("404", responseRef("NotFound"))]),
        ]),
        ("/api/v1/stats/overview", ["get": operation(
            "statisticsOverview", tag: "Statistics", summary: "One row per municipality plus organisation totals.",
            description: "With figures per 1,000 inhabitants, so that municipalities of different size compare.",
            access: .roles(["viewer", "staff", "admin"]),
            parameters: [yearRequired] + csvParameters,
            responses: statistics("The overview; CSV ends with the organisation row.", "Overview")),
        ]),
        ("/api/v1/stats/timeseries", ["get": operation(
            "timeSeries", tag: "Statistics", summary: "A measure of registrations per period; empty periods are 0.",
            description: "A municipality token reads only its own municipality (403 when it names another).",
            access: .roles(["viewer", "staff", "admin", "municipality"]),
            parameters: [
                queryParameter("measure", enumeration(["activities", "participants", "sessions"]),
                               "`activities` (default) counts registrations."),
                queryParameter("interval", enumeration(["month", "quarter", "year"]),
                               "Periods read `2024-01`, `2024-Q1`, `2024` (default month)."),
                queryParameter("from", ["type": "string", "format": "date", "examples": ["2024-01-01"]],
                               "First day, inclusive.", required: true),
                queryParameter("to", ["type": "string", "format": "date", "examples": ["2024-12-31"]],
                               "Last day, inclusive; at most 100 years after `from`.", required: true),
                queryParameter("municipality", ["type": "string"], "A municipality's slug; an unknown one is 422."),
                queryParameter("programme", enumeration(programmeCodes), "A programme code."),
                queryParameter("activity", ["type": "string"], "An activity's id or code; an unknown one is 422."),
            ] + csvParameters,
            responses: statistics("The series; CSV columns `period,value`, as in `items`.", "TimeSeries")),
        ]),
    ]
}
