import HTTPServer

/// The pages of this area of work. (Skeleton: the area's helper fills it in.)
enum AdminPages {
    static func register(into router: inout RouterBuilder<AppContext>) {
        router.get("/admin", start)
    }

    @Sendable static func start(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        let viewer: WebViewer
        switch WebAccess.require([.admin], request, context) {
        case .allowed(let allowed): viewer = allowed
        case .refused(let response): return response
        }
        let layout = WebLayout(title: "Beheer", description: "Beheer", section: .admin)
        return WebResponse.page(request, layout.render("<h1>Beheer</h1>", for: viewer))
    }
}
