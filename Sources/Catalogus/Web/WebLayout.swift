/// The frame every page shares: document head, skip link, site header with the main
/// navigation, footer. Scripts are ES modules from /assets (deferred by nature); their
/// imports are preloaded so that the browser fetches them in parallel.
struct WebLayout {
    enum Section { case dashboard, catalogue, report, none }

    var title: String
    var description: String
    var section: Section
    /// Entry module, e.g. "dashboard.js"; nil for pages that need no script.
    var script: String?
    /// Modules the entry imports, preloaded.
    var preload: [String] = []
    var bodyClass: String = ""

    func render(_ main: HTML) -> HTML {
        var scripts: [HTML] = preload.map { (name: String) -> HTML in "<link rel=\"modulepreload\" href=\"/assets/\(name)\">\n" }
        if let script { scripts.append("<script type=\"module\" src=\"/assets/\(script)\"></script>\n") }
        return """
            <!doctype html>
            <html lang="nl">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(title) · Activiteitencatalogus</title>
            <meta name="description" content="\(description)">
            <link rel="icon" href="/assets/icon.svg" type="image/svg+xml">
            <link rel="stylesheet" href="/assets/app.css">
            \(scripts)</head>
            <body class="\(bodyClass)">
            <a class="skip-link" href="#inhoud">Naar de inhoud</a>
            <header class="site-header">
            <div class="wrap site-header-inner">
            <a class="brand" href="/"><span class="brand-name">Activiteitencatalogus</span> <span class="brand-org">Bibliotheken in Drenthe</span></a>
            <nav aria-label="Hoofdmenu">
            <ul class="nav-list">
            <li>\(link("/", "Dashboard", current: section == .dashboard))</li>
            <li>\(link("/catalogue", "Catalogus", current: section == .catalogue))</li>
            </ul>
            </nav>
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

    private func link(_ href: String, _ text: String, current: Bool) -> HTML {
        current ? "<a href=\"\(href)\" aria-current=\"page\">\(text)</a>" : "<a href=\"\(href)\">\(text)</a>"
    }
}

extension HTML {
    static func + (lhs: HTML, rhs: HTML) -> HTML { HTML(trusted: lhs.rendered + rhs.rendered) }
}

/// The page for a path we do not know, or a municipality or activity that does not exist.
enum NotFoundPage {
    static func render(title: String = "Niet gevonden", message: String) -> HTML {
        WebLayout(title: title, description: message, section: .none).render("""
            <h1>\(title)</h1>
            <p>\(message)</p>
            <p><a href="/">Naar het dashboard</a> · <a href="/catalogue">Naar de catalogus</a></p>
            """)
    }
}
