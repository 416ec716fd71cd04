/// The frame every page shares: document head, skip link, site header with the main
/// navigation and who is signed in, footer. Scripts are ES modules from /assets
/// (deferred by nature); their imports are preloaded so that the browser fetches them
/// in parallel. `session.js` runs on every page: it wires the sign-out button.
package struct WebLayout {
    package enum Section { case dashboard, catalogue, report, orders, registrations, admin, account, none }

    package var title: String
    package var description: String
    package var section: Section
    /// Entry module, e.g. "dashboard.js"; nil for pages that need no script of their own.
    package var script: String?
    /// Modules the entry imports, preloaded.
    package var preload: [String] = []
    package var bodyClass: String = ""
    /// Extra style sheets after app.css, e.g. "portal.css".
    package var styles: [String] = []

    package init(title: String, description: String, section: Section, script: String? = nil, preload: [String] = [], bodyClass: String = "", styles: [String] = []) {
        self.title = title
        self.description = description
        self.section = section
        self.script = script
        self.preload = preload
        self.bodyClass = bodyClass
        self.styles = styles
    }

    /// The page as `viewer` sees it: nil for nobody signed in.
    package func render(_ main: HTML, for viewer: WebViewer?) -> HTML {
        var head: [HTML] = styles.map { (name: String) -> HTML in "<link rel=\"stylesheet\" href=\"/assets/\(name)\">\n" }
        head += preload.map { (name: String) -> HTML in "<link rel=\"modulepreload\" href=\"/assets/\(name)\">\n" }
        // The server's Dutch words for codes, read by vocabulary.js (scripts keep no tables of their own).
        if script != nil { head.append(PageVocabulary.element) }
        head.append("<script type=\"module\" src=\"/assets/session.js\"></script>\n")
        if let script { head.append("<script type=\"module\" src=\"/assets/\(script)\"></script>\n") }
        // The CSRF token is for this origin's scripts only; a page of another site cannot read it.
        let csrf: HTML = viewer.map { "<meta name=\"csrf-token\" content=\"\($0.csrfToken)\">\n" } ?? .empty
        return """
            <!doctype html>
            <html lang="nl">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(title) · Activiteitencatalogus</title>
            <meta name="description" content="\(description)">
            \(csrf)<link rel="icon" href="/assets/icon.svg" type="image/svg+xml">
            <link rel="stylesheet" href="/assets/app.css">
            \(head)</head>
            <body class="\(bodyClass)">
            <a class="skip-link" href="#inhoud">Naar de inhoud</a>
            <header class="site-header">
            <div class="wrap site-header-inner">
            <a class="brand" href="/"><span class="brand-name">Activiteitencatalogus</span> <span class="brand-org">Bibliotheken in Drenthe</span></a>
            <nav aria-label="Hoofdmenu">
            <ul class="nav-list">
            \(navigation(for: viewer))
            </ul>
            </nav>
            \(account(for: viewer))
            </div>
            </header>
            <main id="inhoud" class="wrap" tabindex="-1">
            \(main)
            </main>
            <footer class="site-footer">
            <div class="wrap"><p>Biblionet Drenthe · de cijfers komen live uit de API van de Activiteitencatalogus (<a href="/openapi.json">API-beschrijving</a>).</p></div>
            </footer>
            </body>
            </html>

            """
    }

    /// The sections the viewer's permissions open (`Section.gated`); the pages check again.
    private func navigation(for viewer: WebViewer?) -> HTML {
        let sections: [Section] = [.dashboard, .catalogue] + Section.open(to: viewer?.role)
        let items: [HTML] = sections.map { link($0.link.path, $0.link.label, current: section == $0) }
        return HTML.join(items.map { "<li>\($0)</li>" }, separator: "\n")
    }

    private func account(for viewer: WebViewer?) -> HTML {
        guard let viewer else {
            return section == .account ? .empty : "<p class=\"account\"><a href=\"/login\" class=\"account-link\">Aanmelden</a></p>"
        }
        return """
            <div class="account">
            <p class="account-who"><span class="visually-hidden">Aangemeld als </span><a id="account-name" href="/account" title="Uw account en apparaten">\(viewer.name)</a> <span class="account-role">\(viewer.role.label)</span></p>
            <button type="button" id="afmelden" class="button-secondary button-small">Afmelden</button>
            </div>
            """
    }

    private func link(_ href: String, _ text: String, current: Bool) -> HTML {
        current ? "<a href=\"\(href)\" aria-current=\"page\">\(text)</a>" : "<a href=\"\(href)\">\(text)</a>"
    }
}

extension HTML {
    package static func + (lhs: HTML, rhs: HTML) -> HTML { HTML(trusted: lhs.rendered + rhs.rendered) }
}

/// The page for a path we do not know, or a municipality or activity that does not exist.
package enum NotFoundPage {
    package static func render(title: String = "Niet gevonden", message: String, for viewer: WebViewer? = nil) -> HTML {
        WebLayout(title: title, description: message, section: .none).render("""
            <h1>\(title)</h1>
            <p>\(message)</p>
            <p><a href="/">Naar het dashboard</a> · <a href="/catalogue">Naar de catalogus</a></p>
            """, for: viewer)
    }
}
