import HTTPServer

/// The pages of this area of work. (Skeleton: the area's helper fills it in.)
enum PortalPages {
    static func register(into router: inout RouterBuilder<AppContext>) {
        router.get("/orders", start)
    }

    @Sendable static func start(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        let viewer: WebViewer
        switch WebAccess.require([.municipality, .admin], request, context) {
        case .allowed(let allowed): viewer = allowed
        case .refused(let response): return response
        }
        let layout = WebLayout(title: "Bestellingen", description: "Bestellingen", section: .orders)
        return WebResponse.page(request, layout.render("<h1>Bestellingen</h1>", for: viewer))
    }
}
