import CatalogusAPI
import CatalogusServices
import CatalogusWeb
import HTTPServer

/// The whole router: the API's middleware and endpoints, then the pages for people.
extension Routes {
    package static func build(services: AppServices) -> Router<AppContext> {
        var router = RouterBuilder<AppContext>()
        let errors = ErrorMapping(log: services.log)

        // Outermost first: id → log → metrics → CORS → errors → query → auth → rate limit → cache policy.
        router.use(RequestIDMiddleware())
        if services.configuration.accessLog { router.use(AccessLogMiddleware(log: services.log)) }
        router.use(MetricsMiddleware(metrics: services.metrics))
        router.use(CORSMiddleware(configuration: .init(allowedOrigins: services.configuration.corsOrigins)))
        router.use(ErrorMiddleware { error, request in errors.problem(for: error, request: request) })
        router.use(QueryStrictnessMiddleware())
        router.use(AuthenticationMiddleware(endpoints: endpoints))
        router.use(RateLimitMiddleware())
        router.use(CachePolicyMiddleware())
        router.register(endpoints)

        // Pages for people: dashboard, printable report, catalogue (Web/)
        WebRoutes.register(into: &router)

        return router.build()
    }
}
