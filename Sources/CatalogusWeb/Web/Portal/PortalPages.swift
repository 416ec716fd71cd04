import CatalogusAPI
import CatalogusStorage
import HTTPServer

/// The municipality's pages: its orders (`/orders`), a new order from the basket
/// (`/orders/new`) and one order (`/orders/{id}`). The server renders the frame with
/// labelled forms and empty regions; the `order*.js` modules read and change the orders
/// through the public JSON API. A municipality works for its own municipality only; an
/// admin picks one.
package enum PortalPages {
    package static func register(into router: inout RouterBuilder<AppContext>) {
        router.get("/orders", OrdersListPage.handle)
        router.get("/orders/new", NewOrderPage.handle)
        router.get("/orders/{id}", OrderPage.handle)
    }

    /// The shared modules every portal page imports, preloaded.
    package static let modules = ["api.js", "dom.js", "forms.js", "format.js", "order-labels.js", "vocabulary.js"]

    /// Renders `main` for a municipality or an admin, or the sign-in redirect / 403 page for anyone else.
    package static func page(_ request: HTTPRequest, _ context: AppContext, title: String, description: String, script: String,
                     preload: [String] = [], status: Int = 200, main: (WebViewer) throws -> HTML) rethrows -> HTTPResponse {
        let viewer: WebViewer
        switch WebAccess.require(WebLayout.Section.orders.permission, request, context) {
        case .allowed(let allowed): viewer = allowed
        case .refused(let response): return response
        }
        let layout = WebLayout(title: title, description: description, section: .orders, script: script,
                               preload: modules + preload, bodyClass: "page-portal", styles: ["portal.css"])
        return WebResponse.page(request, layout.render(try main(viewer), for: viewer), status: status)
    }

    /// `data-` attributes that tell the page's script who orders: the viewer's permissions
    /// (codes, space-separated), and the municipality a bound role works for (empty: it chooses one).
    package static func viewerData(_ viewer: WebViewer) -> HTML {
        let permissions = viewer.role.grant.permissions.map(\.rawValue).sorted().joined(separator: " ")
        return "data-permissions=\"\(permissions)\" data-municipality=\"\(viewer.choosesMunicipality ? "" : viewer.municipality ?? "")\""
    }

    /// The municipality select of an admin (a municipality account has exactly one).
    package static func municipalitySelect(id: String, label: String, selected: String?, municipalities: [StatisticsChoices.Municipality],
                                   emptyLabel: String) -> HTML {
        let options: [HTML] = municipalities.map { municipality in
            municipality.slug == selected
                ? "<option value=\"\(municipality.slug)\" selected>\(municipality.name)</option>"
                : "<option value=\"\(municipality.slug)\">\(municipality.name)</option>"
        }
        return """
            <div class="field"><label for="\(id)">\(label)</label>\
            <select id="\(id)" name="municipality"><option value="">\(emptyLabel)</option>\(options)</select></div>
            """
    }

    /// The name of a municipality by slug, for headings; the slug itself when unknown.
    package static func name(of slug: String?, in municipalities: [StatisticsChoices.Municipality]) -> String {
        guard let slug else { return "" }
        return municipalities.first { $0.slug == slug }?.name ?? slug
    }
}
