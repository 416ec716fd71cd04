import HTTPServer

/// Every endpoint of the API, group by group (the router adds middleware and pages: `RouteTable.swift`).
/// Each group is declared in its resource's folder (`Resources/<Resource>/…Endpoints.swift`);
/// the same declarations make `/openapi.json`'s paths.
package enum Routes {
    package static let endpoints: [Endpoint] = OperationsEndpoints.all + ReferenceEndpoints.all + ActivityEndpoints.all
        + PriceEndpoints.all + OrderEndpoints.all + BudgetEndpoints.all + RegistrationEndpoints.all + FigureEndpoints.all
        + StatisticsEndpoints.all + HighlightEndpoints.all + PeopleEndpoints.all + MailEndpoints.all + AuditEndpoints.all + WebhookEndpoints.all
}
