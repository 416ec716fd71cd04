import HTTPServer

/// The pages of this area of work. (Skeleton: the area's helper fills it in.)
enum StaffPages {
    static func register(into router: inout RouterBuilder<AppContext>) {
        router.get("/registrations", start)
    }

    @Sendable static func start(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        let viewer: WebViewer
        switch WebAccess.require([.staff, .admin], request, context) {
        case .allowed(let allowed): viewer = allowed
        case .refused(let response): return response
        }
        let layout = WebLayout(title: "Registraties", description: "Registraties", section: .registrations)
        return WebResponse.page(request, layout.render("<h1>Registraties</h1>", for: viewer))
    }
}
