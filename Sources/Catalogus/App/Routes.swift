import HTTPServer

/// The route table: every middleware and endpoint group of the API on one screen.
/// Each group is declared in its resource's folder (`Resources/<Resource>/…Endpoints.swift`);
/// the same declarations make `/openapi.json`'s paths.
enum Routes {
    static let endpoints: [Endpoint] = OperationsEndpoints.all + ReferenceEndpoints.all + ActivityEndpoints.all
        + PriceEndpoints.all + OrderEndpoints.all + BudgetEndpoints.all + RegistrationEndpoints.all + FigureEndpoints.all
        + StatisticsEndpoints.all + PeopleEndpoints.all + AuditEndpoints.all + WebhookEndpoints.all

    static func build(services: AppServices) -> Router<AppContext> {
        var router = RouterBuilder<AppContext>()
        let errors = ErrorMapping(log: services.log)

        // Outermost first: id → log → metrics → CORS → errors → query → auth → rate limit.
        router.use(RequestIDMiddleware())
        if services.configuration.accessLog { router.use(AccessLogMiddleware(log: services.log)) }
        router.use(MetricsMiddleware(metrics: services.metrics))
        router.use(CORSMiddleware(configuration: .init(allowedOrigins: services.configuration.corsOrigins)))
        router.use(ErrorMiddleware { error, request in errors.problem(for: error, request: request) })
        router.use(QueryStrictnessMiddleware())
        router.use(AuthenticationMiddleware(endpoints: endpoints))
        router.use(RateLimitMiddleware())
        router.register(endpoints)

        // Pages for people: dashboard, printable report, catalogue (Web/)
        WebRoutes.register(into: &router)

        return router.build()
    }
}
