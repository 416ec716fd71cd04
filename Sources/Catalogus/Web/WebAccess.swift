import HTTPServer

/// Who a page is rendered for: the signed-in person (by session cookie or token), with
/// the CSRF token that the page's scripts send back on every change.
struct WebViewer: Sendable {
    let name: String
    let role: Role
    let municipality: String?
    /// Empty for token callers: they need none.
    let csrfToken: String
}

extension AppContext {
    /// The viewer for the page header, or nil when nobody is signed in.
    var viewer: WebViewer? {
        principal.map { WebViewer(name: $0.name, role: $0.role, municipality: $0.municipality, csrfToken: csrfToken ?? "") }
    }
}

/// The gate of a page for signed-in people: nobody signed in → 303 to /login with the
/// page to come back to; the wrong role → a 403 page that says what is needed.
enum WebAccess {
    enum Decision {
        case allowed(WebViewer)
        case refused(HTTPResponse)
    }

    static func require(_ roles: [Role], _ request: HTTPRequest, _ context: AppContext) -> Decision {
        guard let viewer = context.viewer else {
            var headers = WebResponse.securityHeaders
            headers.set(name: "Location", value: "/login?next=" + QueryEncoding.encode(request.target))
            headers.set(name: "Cache-Control", value: "no-store")
            return .refused(HTTPResponse(status: 303, headers: headers, body: []))
        }
        guard roles.contains(viewer.role) else {
            let page = NotFoundPage.render(title: "Geen toegang",
                                           message: "Deze pagina is voor een \(roles.map(\.label).joined(separator: " of ")); u bent aangemeld als \(viewer.role.label).",
                                           for: viewer)
            return .refused(WebResponse.page(request, page, status: 403))
        }
        return .allowed(viewer)
    }

    /// A page handler behind the gate, for the route table: `handler` runs only for a
    /// viewer of one of `roles`, and gets that viewer.
    static func gate(_ roles: [Role], _ handler: @escaping @Sendable (HTTPRequest, AppContext, WebViewer) throws -> HTTPResponse)
        -> RouteHandler<AppContext> {
        { request, context in
            switch require(roles, request, context) {
            case .allowed(let viewer): try handler(request, context, viewer)
            case .refused(let response): response
            }
        }
    }
}
