import CatalogusAPI
import CatalogusDomain
import CatalogusStorage
import HTTPServer

/// `GET /report/{slug}/{year}`: the annual report of a municipality, printable on A4.
///
/// The server sends only the frame (the municipality's name is public); report.js
/// fetches `/api/v1/stats/municipalities/{slug}?year=` with the person's session
/// cookie, so the API's own roles decide what may be read (a municipality's account
/// its own municipality only). Nobody signed in: the page offers to sign in and come back.
package enum ReportPage {
    @Sendable package static func handle(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        let slug = context.parameters["slug"] ?? ""
        let yearText = context.parameters["year"] ?? ""
        guard let year = Int64(yearText), Vocabulary.years.contains(year) else {
            return WebResponse.page(request, NotFoundPage.render(
                title: "Jaarbericht niet gevonden", message: "“\(yearText)” is geen jaar van 2000 tot 2200."), status: 404)
        }
        guard let municipality = try MunicipalityRepository.find(slug, in: context.reader) else {
            return WebResponse.page(request, NotFoundPage.render(
                title: "Jaarbericht niet gevonden", message: "Er is geen gemeente “\(slug)”."), status: 404)
        }
        let layout = WebLayout(title: "Jaarbericht \(year) \(municipality.name)",
                               description: "De cijfers van de bibliotheken in \(municipality.name) over \(year).",
                               section: .report, script: "report.js",
                               preload: ["api.js", "dom.js", "format.js", "charts.js", "figures.js", "explain.js", "vocabulary.js", "access.js"], bodyClass: "page-report")
        let main = render(slug: municipality.slug, name: municipality.name, year: year, signedIn: context.viewer != nil, target: request.target)
        return WebResponse.page(request, layout.render(main, for: context.viewer))
    }

    package static func render(slug: String, name: String, year: Int64, signedIn: Bool, target: String) -> HTML {
        let status: HTML = signedIn ? "<noscript>Het jaarbericht heeft JavaScript nodig om de cijfers op te halen.</noscript>"
            : StatisticsChoices.signInPrompt(returningTo: target)
        return """
        <div class="report-tools no-print">
        <a href="/?municipality=\(HTML.pathSegment(slug))&amp;year=\(year)">← Terug naar het dashboard</a>
        <button type="button" id="afdrukken">Afdrukken</button>
        </div>
        <article class="report" id="jaarbericht" data-municipality="\(slug)" data-year="\(year)" aria-labelledby="jaarbericht-titel">
        <header class="report-cover">
        <p class="eyebrow">Jaarbericht \(year)</p>
        <h1 id="jaarbericht-titel">Bibliotheken \(name)</h1>
        <p class="report-intro">De maatschappelijke verantwoording van wat de bibliotheken in de gemeente \(name), onderdeel van Biblionet Drenthe, in \(year) hebben bijgedragen. De cijfers zijn berekend op het moment van openen.</p>
        </header>
        <p id="status" class="status" role="status" aria-live="polite">\(status)</p>
        <div id="jaarbericht-inhoud"></div>
        </article>
        """
    }
}
