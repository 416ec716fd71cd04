import HTTPServer

/// The human-facing pages, served from files compiled into the binary.
enum WebRoutes {
    static func register(into router: inout RouterBuilder<AppContext>) {
        router.get("/", DashboardPage.handle)
        router.get("/report/{slug}/{year}", ReportPage.handle)
        router.get("/catalogue", CataloguePage.handle)
        router.get("/catalogue/{code}", ActivityPage.handle)
        router.get("/assets/{name}", asset)
    }

    /// `GET /assets/{name}`: an embedded file, or 404.
    @Sendable static func asset(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        guard let asset = WebAssets.named(context.parameters["name"] ?? "") else {
            var response = WebResponse.page(request, NotFoundPage.render(message: "Dit bestand bestaat niet."), status: 404)
            response.headers.set(name: "Cache-Control", value: "no-store")
            return response
        }
        return WebResponse.asset(request, asset)
    }
}
