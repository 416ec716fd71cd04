import CatalogusServices
import CatalogusStorage
import HTTPServer
import JSON

private typealias Doc = OpenAPIDocument

/// The endpoints of Statistics, in the order of the document.
package enum StatisticsEndpoints {
    package static let all: [Endpoint] = [
        Endpoint(.get, "/api/v1/stats/municipalities/{slug}", id: "municipalityReport", tag: .statistics,
                 summary: "A municipality's annual report.",
                 description: """
                     Figures (raw and computed), registrations per programme, orders per activity with delivery rates, \
                     cost per participant, figures per 1,000 inhabitants and the change against the previous year. A year \
                     without data answers zeros and nulls. A municipality token reads only its own (403).
                     """,
                 access: .permission(.statsReadOwn),
                 parameters: [slugPath, yearRequired] + csvParameters,
                 responses: statistics("The report; CSV has one row per number: section, code, name, metric, value. The workbook is laid out like the annual report: sheet `De cijfers` (the key figures, the year, the year before, the change), a sheet per programme area, and `Afname` (ordered versus delivered, cost per participant).",
                                       "MunicipalityReport") + [("404", Doc.responseRef("NotFound"))],
                 cached: true, handler: StatisticsHandlers.municipality),
        Endpoint(.get, "/api/v1/stats/overview", id: "statisticsOverview", tag: .statistics,
                 summary: "One row per municipality plus organisation totals.",
                 description: "With figures per 1,000 inhabitants, so that municipalities of different size compare.",
                 access: .permission(.statsReadAll),
                 parameters: [yearRequired] + csvParameters,
                 responses: statistics("The overview; CSV ends with the organisation row.", "Overview"),
                 cached: true, handler: StatisticsHandlers.overview),
        Endpoint(.get, "/api/v1/stats/timeseries", id: "timeSeries", tag: .statistics,
                 summary: "A measure of registrations per period; empty periods are 0.",
                 description: "A municipality token reads only its own municipality (403 when it names another).",
                 access: .permission(.statsReadOwn),
                 parameters: [
                     .query("measure", Doc.enumeration(TimeSeries.Measure.allCases.map(\.rawValue)),
                            "`activities` (default) counts registrations."),
                     .query("interval", Doc.enumeration(TimeSeries.Interval.allCases.map(\.rawValue)),
                            "Periods read `2024-01`, `2024-Q1`, `2024` (default month)."),
                     .query("from", ["type": "string", "format": "date", "examples": ["2024-01-01"]], "First day, inclusive.", required: true),
                     .query("to", ["type": "string", "format": "date", "examples": ["2024-12-31"]],
                            "Last day, inclusive; at most \(TimeSeries.maxMonths / 12) years after `from`.", required: true),
                     .municipalityFilter(),
                     .query("programme", Doc.enumeration(Doc.programmeCodes), "A programme code."),
                     .activityFilter,
                 ] + csvParameters,
                 responses: statistics("The series; CSV columns `period,value`, as in `items`.", "TimeSeries"),
                 cached: true, handler: StatisticsHandlers.timeSeries),
        Endpoint(.get, "/api/v1/stats/municipalities/{slug}/explain", id: "explainMunicipalityFigure", tag: .statistics,
                 summary: "Where a figure of a municipality's report comes from.",
                 description: """
                     `figure` is a key of `figures` in the report (`members_total`, `participation_rate`) or \
                     `programme.<code>.<measure>` of its programme table (`programme.geletterdheid.participants`). The value \
                     is exactly the report's; `items` are its sources (registrations or key figures) a page at a time, and a \
                     ratio names its two `terms` instead. Another figure is 422; a municipality token explains only its own \
                     municipality's figures (403), as it reads only its own report.
                     """,
                 access: .permission(.statsReadOwn),
                 parameters: [slugPath, yearRequired, explainedFigure, .limit, .cursor] + csvParameters,
                 responses: explanation + [("404", Doc.responseRef("NotFound"))],
                 cached: true, handler: StatisticsHandlers.explain),
        Endpoint(.get, "/api/v1/stats/organisation/explain", id: "explainOrganisationFigure", tag: .statistics,
                 summary: "Where a figure of the organisation comes from.",
                 description: "As for a municipality, for the organisation's own figures (`loans_online_total`, `loans_ebooks`).",
                 access: .permission(.statsReadOwn),
                 parameters: [yearRequired, explainedFigure, .limit, .cursor] + csvParameters,
                 responses: explanation,
                 cached: true, handler: StatisticsHandlers.explain),
    ]

    /// The figures are the rows of `figure_definition` (data, not a list the schema can hold): a
    /// well-formed key that names none is 422 `statistics.figure_unknown`.
    static let explainedFigure = Parameter.query(
        "figure",
        ["type": "string", "pattern": .string("^([a-z0-9_]{1,64}|programme\\.[a-z-]{1,64}\\.(\(FigureFormula.programmeMeasures.joined(separator: "|"))))$"),
         "examples": ["members_total", "programme.geletterdheid.participants"]],
        "The figure: a key of the report's `figures`, or `programme.<code>.<measure>`; another is 422.", required: true)

    static let explanation: [(String, JSONValue)] = [
        ("200", Doc.response("The figure, its value and method, and a page of its sources; CSV and the workbook have a row per source (a ratio's: its two terms).",
                             content: [("application/json", Doc.schemaRef("FigureExplanation")), ("text/csv", Doc.statisticsCSV), Doc.workbook],
                             headers: ["ETag", "Link", "Content-Disposition"])),
        ("304", Doc.responseRef("NotModified")),
        ("422", Doc.responseRef("Invalid")),
    ]

    package static let slugPath = Parameter.path("slug", ["type": "string", "minLength": 1, "examples": ["midden-drenthe"]],
                                         "The municipality's slug, e.g. `midden-drenthe`.")
    package static let yearRequired = Parameter.query("year", ["$ref": "#/components/schemas/Year", "examples": [2024]], "The year.", required: true)
    package static let csvParameters: [Parameter] = [.output, .separator, .ifNoneMatch]

    package static func statistics(_ description: String, _ schema: String) -> [(String, JSONValue)] {
        [
            ("200", Doc.response(description, content: [("application/json", Doc.schemaRef(schema)), ("text/csv", Doc.statisticsCSV), Doc.workbook],
                                 headers: ["ETag", "Content-Disposition"])),
            ("304", Doc.responseRef("NotModified")),
            ("422", Doc.responseRef("Invalid")),
        ]
    }
}
