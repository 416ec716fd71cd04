import HTTPServer

/// The route table: every middleware and endpoint group of the API on one screen.
/// Each group is declared in its resource's folder (`Resources/<Resource>/…Endpoints.swift`);
/// the same declarations make `/openapi.json`'s paths.
enum Routes {
    static let endpoints: [Endpoint] = OperationsEndpoints.all + ReferenceEndpoints.all + ActivityEndpoints.all
        + PriceEndpoints.all + OrderEndpoints.all + BudgetEndpoints.all + RegistrationEndpoints.all + FigureEndpoints.all
        + StatisticsEndpoints.all + PeopleEndpoints.all + AuditEndpoints.all

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
        router.use(AuthenticationMiddleware())
        router.use(RateLimitMiddleware())
        router.register(endpoints)

        // Operations
        router.get("/healthz", inline: true, OperationsHandlers.health)  // a fixed answer: on the event loop
        router.get("/readyz", OperationsHandlers.ready)
        router.get("/metrics", OperationsHandlers.metrics)
        router.get("/openapi.json", OperationsHandlers.openAPI)

        // Reference data
        router.get("/api/v1/programmes", ReferenceHandlers.programmes)
        router.get("/api/v1/municipalities", ReferenceHandlers.municipalities)
        router.get("/api/v1/municipalities/{slug}", ReferenceHandlers.municipality)
        router.put("/api/v1/municipalities/{slug}", ReferenceHandlers.putMunicipality)
        router.put("/api/v1/municipalities/{slug}/inhabitants/{year}", ReferenceHandlers.putInhabitants)
        router.get("/api/v1/locations", ReferenceHandlers.locations)
        router.post("/api/v1/locations", ReferenceHandlers.createLocation)
        router.get("/api/v1/locations/{id}", ReferenceHandlers.location)

        // Catalogue
        router.get("/api/v1/activities", ActivityHandlers.list)
        router.post("/api/v1/activities", ActivityHandlers.create)
        router.get("/api/v1/activities/{id}", ActivityHandlers.get)
        router.patch("/api/v1/activities/{id}", ActivityHandlers.update)
        router.delete("/api/v1/activities/{id}", ActivityHandlers.archive)

        // Prices and quotes
        router.get("/api/v1/activities/{id}/prices", PriceHandlers.activityPrices)
        router.put("/api/v1/activities/{id}/prices/{year}", PriceHandlers.setPrice)
        router.get("/api/v1/prices", PriceHandlers.priceList)
        router.post("/api/v1/prices/{year}/publish", PriceHandlers.publish)
        router.post("/api/v1/prices/indexations", PriceHandlers.index)
        router.post("/api/v1/quotes", QuoteHandlers.quote)

        // Registrations, key figures, statistics
        router.post("/api/v1/registrations", RegistrationHandlers.create)
        router.post("/api/v1/registrations/bulk", RegistrationHandlers.bulk)
        router.get("/api/v1/registrations", RegistrationListHandler.list)
        router.get("/api/v1/registrations/{id}", RegistrationHandlers.get)
        router.patch("/api/v1/registrations/{id}", RegistrationHandlers.update)
        router.delete("/api/v1/registrations/{id}", RegistrationHandlers.delete)
        router.get("/api/v1/figure-definitions", FigureHandlers.definitions)
        router.get("/api/v1/figures/{year}/{area}", FigureHandlers.get)
        router.put("/api/v1/figures/{year}/{area}", FigureHandlers.put)
        router.get("/api/v1/stats/municipalities/{slug}", StatisticsHandlers.municipality)
        router.get("/api/v1/stats/overview", StatisticsHandlers.overview)
        router.get("/api/v1/stats/timeseries", StatisticsHandlers.timeSeries)

        // People: sign-in and accounts
        router.post("/api/v1/session", SessionHandlers.create)
        router.get("/api/v1/session", SessionHandlers.get)
        router.delete("/api/v1/session", SessionHandlers.delete)
        router.post("/api/v1/welcome", SessionHandlers.welcome)
        router.get("/api/v1/users", UserHandlers.list)
        router.post("/api/v1/users", UserHandlers.create)
        router.get("/api/v1/users/{id}", UserHandlers.get)
        router.patch("/api/v1/users/{id}", UserHandlers.update)
        router.post("/api/v1/users/{id}/reset", UserHandlers.reset)
        router.get("/api/v1/users/{id}/sessions", UserHandlers.sessions)
        router.delete("/api/v1/users/{id}/sessions/{session}", UserHandlers.revokeSession)

        // Administration
        router.get("/api/v1/audit", AuditHandlers.list)

        // Pages for people: dashboard, printable report, catalogue (Web/)
        WebRoutes.register(into: &router)

        return router.build()
    }
}
