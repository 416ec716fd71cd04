import HTTPServer

/// Sign-in and setting a password. (Skeleton: the area's helper fills it in.)
enum AccountPages {
    static func register(into router: inout RouterBuilder<AppContext>) {
        router.get("/login", login)
    }

    @Sendable static func login(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        let layout = WebLayout(title: "Aanmelden", description: "Aanmelden bij de Activiteitencatalogus.", section: .account)
        return WebResponse.page(request, layout.render("<h1>Aanmelden</h1>", for: context.viewer))
    }
}
