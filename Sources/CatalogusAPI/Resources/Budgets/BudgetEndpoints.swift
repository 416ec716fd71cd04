import HTTPServer
import JSON

/// The endpoints of budgets (tagged Orders: a budget limits what a municipality orders), in the order of the document.
package enum BudgetEndpoints {
    private typealias Doc = OpenAPIDocument

    package static let all: [Endpoint] = [
        Endpoint(.get, "/api/v1/budgets", id: "listBudgets", tag: .orders,
                 summary: "The budgets set for a year, one per municipality that has one.",
                 description: "A municipality that is not listed has no budget that year: no limit. A municipality token or account reads its own only.",
                 access: .permission(.budgetsRead),
                 parameters: [
                     .query("year", Doc.schemaRef("Year"), "The year.", required: true),
                     .municipalityFilter("Only this municipality's budget."),
                     .ifNoneMatch,
                 ],
                 responses: [
                     ("200", Doc.json("The budgets.", Doc.list(of: Doc.schemaRef("Budget")), headers: ["ETag"])),
                     ("304", Doc.responseRef("NotModified")),
                     ("422", Doc.responseRef("Invalid")),
                 ],
                 handler: BudgetHandlers.list),
        Endpoint(.get, "/api/v1/municipalities/{slug}/budgets/{year}", id: "getBudget", tag: .orders,
                 summary: "A municipality's budget and order deadline of a year.",
                 description: "404 when none is set: then there is no limit.",
                 access: .permission(.budgetsRead),
                 parameters: [slug, .yearPath],
                 responses: [
                     ("200", Doc.json("The budget and what is committed against it.", Doc.schemaRef("Budget"))),
                     ("404", Doc.responseRef("NotFound")),
                     ("422", Doc.responseRef("Invalid")),
                 ],
                 handler: BudgetHandlers.get),
        Endpoint(.put, "/api/v1/municipalities/{slug}/budgets/{year}", id: "putBudget", tag: .orders,
                 summary: "Sets a municipality's budget and order deadline of a year.",
                 description: "Last write wins; audited.", access: .permission(.budgetsWrite),
                 parameters: [slug, .yearPath], body: Doc.schemaRef("BudgetInput"),
                 responses: [
                     ("200", Doc.json("Replaced.", Doc.schemaRef("Budget"))),
                     ("201", Doc.json("Set for the first time.", Doc.schemaRef("Budget"))),
                     ("404", Doc.responseRef("NotFound")),
                     ("422", Doc.responseRef("Invalid")),
                 ],
                 handler: BudgetHandlers.put),
    ]

    private static let slug = Parameter(name: "slug", location: .path, openAPI: Doc.slugParameter)
}
