import CatalogusAPI
import CatalogusDomain
import CatalogusStorage
import HTTPServer

/// Who a page is rendered for: the signed-in person (by session cookie or token), with
/// the CSRF token that the page's scripts send back on every change.
package struct WebViewer: Sendable {
    package let name: String
    package let role: Role
    package let municipality: String?
    /// Empty for token callers: they need none.
    package let csrfToken: String
}

extension WebViewer {
    package func may(_ permission: Permission) -> Bool { role.may(permission) }

    /// Whether the viewer picks the municipality it works for; a role bound to one has exactly one.
    package var choosesMunicipality: Bool { !role.grant.ownMunicipalityOnly }
}

/// The sections of the site behind a permission: the menu, the pages' gates and where a
/// person starts after signing in all read this table.
extension WebLayout.Section {
    /// The gated sections in menu order.
    package static let gated: [WebLayout.Section] = [.orders, .registrations, .admin]
    /// Where a person starts: the first of these their role may open, else the dashboard.
    package static let homes: [WebLayout.Section] = [.admin, .orders, .registrations]

    /// What opens the section's pages (the API checks each change again); nil when open to all.
    package var permission: Permission? {
        switch self {
        case .orders: .ordersWrite
        case .registrations: .registrationsWrite
        case .admin: .catalogueWrite
        case .dashboard, .catalogue, .report, .account, .none: nil
        }
    }

    /// The section's menu entry.
    package var link: (path: String, label: String) {
        switch self {
        case .orders: ("/orders", "Bestellingen")
        case .registrations: ("/registrations", "Registraties")
        case .admin: ("/admin", "Beheer")
        case .catalogue: ("/catalogue", "Catalogus")
        case .account: ("/account", "Mijn account")
        case .dashboard, .report, .none: ("/", "Dashboard")
        }
    }

    /// The gated sections `role` may open, in menu order.
    package static func open(to role: Role?) -> [WebLayout.Section] {
        gated.filter { section in role.map { role in section.permission.map(role.may) ?? true } ?? false }
    }
}

extension AppContext {
    /// The viewer for the page header, or nil when nobody is signed in.
    package var viewer: WebViewer? {
        principal.map { WebViewer(name: $0.name, role: $0.role, municipality: $0.municipality, csrfToken: csrfToken ?? "") }
    }
}

/// The gate of a page for signed-in people: nobody signed in → 303 to /login with the
/// page to come back to; a role without the permission → a 403 page that says who may.
package enum WebAccess {
    package enum Decision {
        case allowed(WebViewer)
        case refused(HTTPResponse)
    }

    package static func require(_ permission: Permission?, _ request: HTTPRequest, _ context: AppContext) -> Decision {
        guard let viewer = context.viewer else {
            var headers = WebResponse.securityHeaders
            headers.set(name: "Location", value: "/login?next=" + QueryEncoding.encode(request.target))
            headers.set(name: "Cache-Control", value: "no-store")
            return .refused(HTTPResponse(status: 303, headers: headers, body: []))
        }
        if let permission, !viewer.may(permission) {
            let roles = Role.holding(permission).map(\.label)
            let page = NotFoundPage.render(title: "Geen toegang",
                                           message: "Deze pagina is voor een \(roles.joined(separator: " of ")); u bent aangemeld als \(viewer.role.label).",
                                           for: viewer)
            return .refused(WebResponse.page(request, page, status: 403))
        }
        return .allowed(viewer)
    }

    /// A page handler behind the gate, for the route table: `handler` runs only for a
    /// viewer whose role holds `permission` (nil: anyone signed in), and gets that viewer.
    package static func gate(_ permission: Permission?, _ handler: @escaping @Sendable (HTTPRequest, AppContext, WebViewer) throws -> HTTPResponse)
        -> RouteHandler<AppContext> {
        { request, context in
            switch require(permission, request, context) {
            case .allowed(let viewer): try handler(request, context, viewer)
            case .refused(let response): response
            }
        }
    }
}
