import CatalogusAPI
import HTTPServer

/// The catalogue manager's pages under `/admin` (role admin). Each page is a static
/// frame with labelled forms and empty regions; its `admin-*.js` module reads and
/// changes everything through the public JSON API, like any other client.
package enum AdminPages {
    package static func register(into router: inout RouterBuilder<AppContext>) {
        router.get("/admin", overview)
        router.get("/admin/activities", AdminActivitiesPage.handle)
        router.get("/admin/prices", AdminPricesPage.handle)
        router.get("/admin/orders", AdminOrdersPage.handle)
        router.get("/admin/budgets", AdminBudgetsPage.handle)
        router.get("/admin/users", AdminUsersPage.handle)
        router.get("/admin/mail", AdminMailPage.handle)
    }

    /// Renders `main` for an admin, or the sign-in redirect / 403 page for anyone else.
    package static func page(_ request: HTTPRequest, _ context: AppContext, title: String, description: String,
                     script: String?, preload: [String] = [], main: (WebViewer) throws -> HTML) rethrows -> HTTPResponse {
        let viewer: WebViewer
        switch WebAccess.require(WebLayout.Section.admin.permission, request, context) {
        case .allowed(let allowed): viewer = allowed
        case .refused(let response): return response
        }
        let layout = WebLayout(title: title, description: description, section: .admin, script: script,
                               preload: script == nil ? preload : ["api.js", "dom.js", "forms.js", "format.js", "vocabulary.js"] + preload,
                               bodyClass: "page-admin", styles: ["admin.css"])
        return WebResponse.page(request, layout.render(try main(viewer), for: viewer))
    }

    /// The way back to the overview, above each page's heading.
    package static let breadcrumb: HTML = "<p class=\"breadcrumb\"><a href=\"/admin\">Beheer</a></p>"

    @Sendable package static func overview(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        page(request, context, title: "Beheer", description: "Catalogus, prijzen, bestellingen, budgetten en gebruikers beheren.",
             script: "admin-home.js") { _ in
            """
            <h1>Beheer</h1>
            <p class="lede">Het jaar van de catalogus: activiteiten bijwerken, de prijzen van volgend jaar indexeren en publiceren, bestellingen bevestigen, budgetten zetten en mensen uitnodigen.</p>
            <p id="status" class="status" role="status" aria-live="polite"></p>
            <ul class="admin-tiles">
            \(tile("/admin/orders", "Bestellingen", "Bestellingen die op bevestiging wachten, en alle andere.", count: "orders"))
            \(tile("/admin/activities", "Activiteiten", "Activiteiten toevoegen, wijzigen en archiveren.", count: "activities"))
            \(tile("/admin/prices", "Prijzen", "Prijzen per jaar: wijzigen, indexeren naar volgend jaar, publiceren.", count: "prices"))
            \(tile("/admin/budgets", "Budgetten", "Budget en besteldeadline per gemeente en jaar."))
            \(tile("/admin/users", "Gebruikers", "Mensen uitnodigen, hun rol wijzigen, blokkeren of een nieuwe link sturen.", count: "users"))
            \(tile("/admin/mail", "E-mail", "Wat de server verstuurde, wat nog wacht en wat niet aankwam."))
            </ul>
            """
        }
    }

    /// A section of work; admin-home.js writes what waits there into the `data-count` line.
    private static func tile(_ href: String, _ title: String, _ text: String, count: String? = nil) -> HTML {
        let line: HTML = count.map { "<p class=\"admin-count\" data-count=\"\($0)\" hidden></p>" } ?? .empty
        return """
        <li class="admin-tile"><h2><a href="\(href)">\(title)</a></h2><p>\(text)</p>
        \(line)</li>
        """
    }
}
