import HTTPServer

/// `GET /report/{slug}/{year}`: the annual report of a municipality, printable on A4.
///
/// The server sends only the frame (the municipality's name is public); report.js
/// fetches `/api/v1/stats/municipalities/{slug}?year=` with the person's token, from
/// the tab's sessionStorage or a `#token=` fragment. So this URL is no new way into
/// the statistics: a token never travels in a URL sent to the server (fragments stay
/// in the browser, and the script removes it), no cookie exists that another site
/// could make a browser send, and the API's own roles decide what may be read.
enum ReportPage {
    @Sendable static func handle(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        let slug = context.parameters["slug"] ?? ""
        let yearText = context.parameters["year"] ?? ""
        guard let year = Int64(yearText), Vocabulary.years.contains(year) else {
            return WebResponse.page(request, NotFoundPage.render(
                title: "Jaarbericht niet gevonden", message: "“\(yearText)” is geen jaar van 2000 tot 2200."), status: 404)
        }
        guard let municipality = try MunicipalityService.find(slug, in: context.reader) else {
            return WebResponse.page(request, NotFoundPage.render(
                title: "Jaarbericht niet gevonden", message: "Er is geen gemeente “\(slug)”."), status: 404)
        }
        let layout = WebLayout(title: "Jaarbericht \(year) \(municipality.name)",
                               description: "De cijfers van de bibliotheken in \(municipality.name) over \(year).",
                               section: .report, script: "report.js",
                               preload: ["api.js", "dom.js", "format.js", "charts.js", "figures.js"], bodyClass: "page-report")
        return WebResponse.page(request, layout.render(render(slug: municipality.slug, name: municipality.name, year: year), for: context.viewer))
    }

    static func render(slug: String, name: String, year: Int64) -> HTML {
        """
        <div class="report-tools no-print">
        <a href="/?municipality=\(HTML.pathSegment(slug))&amp;year=\(year)">← Terug naar het dashboard</a>
        <button type="button" id="afdrukken">Afdrukken</button>
        </div>
        <form id="token-formulier" class="filters no-print" hidden>
        \(StatisticsChoices.tokenField())
        <div class="field field-button"><button type="submit">Toon jaarbericht</button></div>
        </form>
        <article class="report" id="jaarbericht" data-municipality="\(slug)" data-year="\(year)" aria-labelledby="jaarbericht-titel">
        <header class="report-cover">
        <p class="eyebrow">Jaarbericht \(year)</p>
        <h1 id="jaarbericht-titel">Bibliotheken \(name)</h1>
        <p class="report-intro">De maatschappelijke verantwoording van wat de bibliotheken in de gemeente \(name), onderdeel van Biblionet Drenthe, in \(year) hebben bijgedragen. De cijfers zijn berekend op het moment van openen.</p>
        </header>
        <p id="status" class="status" role="status" aria-live="polite"><noscript>Het jaarbericht heeft JavaScript nodig om de cijfers op te halen.</noscript></p>
        <div id="jaarbericht-inhoud"></div>
        </article>
        """
    }
}
