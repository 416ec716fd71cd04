import HTTPServer

/// The route table: every middleware and endpoint of the API on one screen.
enum Routes {
    static func build(services: AppServices) -> Router<AppContext> {
        var router = RouterBuilder<AppContext>()
        let errors = ErrorMapping(log: services.log)

        // Outermost first: id → log → metrics → CORS → errors → auth → rate limit.
        router.use(RequestIDMiddleware())
        if services.configuration.accessLog { router.use(AccessLogMiddleware(log: services.log)) }
        router.use(MetricsMiddleware(metrics: services.metrics))
        router.use(CORSMiddleware(configuration: .init(allowedOrigins: services.configuration.corsOrigins)))
        router.use(ErrorMiddleware { error, request in errors.problem(for: error, request: request) })
        router.use(AuthenticationMiddleware())
        router.use(RateLimitMiddleware())

        // Operations
        router.get("/healthz", OperationsHandlers.health)
        router.get("/readyz", OperationsHandlers.ready)
        router.get("/metrics", OperationsHandlers.metrics)
        router.get("/openapi.json", OperationsHandlers.openAPI)

        return router.build()
    }
}
