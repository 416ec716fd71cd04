import CatalogusAPI
import CatalogusDomain
import HTTPServer

/// `GET /report/organisation/{year}`: the organisation's annual report — every figure of
/// "De cijfers" and the chapters for all municipalities side by side with the total, then
/// the figures only the organisation has (e-books, audiobooks, the Online Bibliotheek).
/// Printable on A4 (landscape suits the width). report-organisation.js reads the overview
/// and each municipality's report through the API, whose roles decide who may read them
/// (the overview: those who compare municipalities).
package enum OrganisationReportPage {
    @Sendable package static func handle(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        let yearText = context.parameters["year"] ?? ""
        guard let year = Int64(yearText), Vocabulary.years.contains(year) else {
            return WebResponse.page(request, NotFoundPage.render(
                title: "Jaarbericht niet gevonden", message: "“\(yearText)” is geen jaar van 2000 tot 2200."), status: 404)
        }
        let organisation = Vocabulary.organisationName
        let layout = WebLayout(title: "Jaarbericht \(year) \(organisation)",
                               description: "De cijfers van alle gemeenten van \(organisation) over \(year), naast elkaar.",
                               section: .report, script: "report-organisation.js",
                               preload: ["api.js", "dom.js", "format.js", "figures.js", "explain.js", "vocabulary.js", "access.js"], bodyClass: "page-report")
        let status: HTML = context.viewer != nil ? "<noscript>Het jaarbericht heeft JavaScript nodig om de cijfers op te halen.</noscript>"
            : StatisticsChoices.signInPrompt(returningTo: request.target)
        let main: HTML = """
            <div class="report-tools no-print">
            <a href="/?year=\(year)">← Terug naar het dashboard</a>
            <button type="button" id="afdrukken">Afdrukken</button>
            </div>
            <article class="report report-organisation" id="organisatieverslag" data-year="\(year)" aria-labelledby="jaarbericht-titel">
            <header class="report-cover">
            <p class="eyebrow">Jaarbericht \(year)</p>
            <h1 id="jaarbericht-titel">\(organisation): alle gemeenten</h1>
            <p class="report-intro">De cijfers van de bibliotheken in alle gemeenten van \(organisation) over \(year), naast elkaar en opgeteld. De cijfers zijn berekend op het moment van openen.</p>
            </header>
            <p id="status" class="status" role="status" aria-live="polite">\(status)</p>
            <div id="jaarbericht-inhoud"></div>
            </article>
            """
        return WebResponse.page(request, layout.render(main, for: context.viewer))
    }
}
