import CatalogusAPI
import CatalogusDomain
import CatalogusStorage
import HTTPServer

/// `GET /?municipality=&year=`: the dashboard. The server renders the frame and the
/// public choices; dashboard.js fetches the statistics with the person's session and
/// draws figures, charts and tables into the empty regions below. A municipality's
/// account reads its own municipality only, so that is the one choice it is offered.
package enum DashboardPage {
    @Sendable package static func handle(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        let db = context.reader
        let current = CatalogueData.currentYear()
        let viewer = context.viewer
        var municipalities = try StatisticsChoices.municipalities(in: db)
        if let own = context.principal?.ownMunicipality {
            municipalities = municipalities.filter { $0.slug == own }
        }
        let dataYears = try StatisticsChoices.dataYears(in: db)
        let years = StatisticsChoices.offeredYears(dataYears, current: current)
        var slug = try StatisticsChoices.defaultMunicipality(municipalities, in: db) ?? ""
        if let asked = request.query["municipality"], municipalities.contains(where: { $0.slug == asked }) { slug = asked }
        var year = StatisticsChoices.defaultYear(dataYears, current: current)
        if let text = request.query["year"], let asked = Int64(text), years.contains(asked) { year = asked }
        let layout = WebLayout(title: "Dashboard", description: "Kerncijfers, deelnemers en afname per gemeente en jaar.",
                               section: .dashboard, script: "dashboard.js",
                               preload: ["api.js", "dom.js", "format.js", "charts.js", "figures.js", "explain.js", "vocabulary.js", "access.js"], bodyClass: "page-dashboard")
        let main = render(municipalities: municipalities, slug: slug, years: years, year: year, signedIn: viewer != nil, target: request.target,
                          comparesAll: viewer?.may(.statsReadAll) ?? false)
        return WebResponse.page(request, layout.render(main, for: viewer))
    }

    package static func render(municipalities: [StatisticsChoices.Municipality], slug: String, years: [Int64], year: Int64,
                       signedIn: Bool, target: String, comparesAll: Bool = false) -> HTML {
        // The organisation's report compares all municipalities: only for those who may read that.
        let organisationLink: HTML = comparesAll
            ? "<a id=\"organisatie-link\" class=\"button-link button-secondary\" href=\"/report/organisation/\(year)\">Alle gemeenten naast elkaar</a>" : .empty
        let municipalityOptions: [HTML] = municipalities.map { m in
            m.slug == slug ? "<option value=\"\(m.slug)\" selected>\(m.name)</option>" : "<option value=\"\(m.slug)\">\(m.name)</option>"
        }
        let yearOptions: [HTML] = years.map { y in
            y == year ? "<option value=\"\(y)\" selected>\(y)</option>" : "<option value=\"\(y)\">\(y)</option>"
        }
        let status: HTML = signedIn ? "<noscript>Het dashboard heeft JavaScript nodig om de cijfers op te halen.</noscript>"
            : StatisticsChoices.signInPrompt(returningTo: target)
        return """
            <h1>Dashboard</h1>
            <p class="lede">De cijfers van het jaarbericht per gemeente: kerncijfers, deelnemers per programma en per maand, en wat er besteld en geleverd is.</p>
            <form id="keuze" class="filters" method="get" action="/">
            <div class="field"><label for="gemeente">Gemeente</label><select id="gemeente" name="municipality">\(municipalityOptions)</select></div>
            <div class="field"><label for="jaar">Jaar</label><select id="jaar" name="year">\(yearOptions)</select></div>
            <div class="field field-button"><button type="submit">Toon cijfers</button></div>
            </form>
            <p id="status" class="status" role="status" aria-live="polite">\(status)</p>
            <div id="dashboard" class="dashboard" hidden>
            <div class="dashboard-head">
            <h2 id="dashboard-titel" class="dashboard-title"></h2>
            <a id="jaarbericht-link" class="button-link" href="/report/\(HTML.pathSegment(slug))/\(year)">Jaarbericht om af te drukken</a>
            \(organisationLink)
            </div>
            <section aria-labelledby="kop-kern"><h2 id="kop-kern" class="visually-hidden">Kerncijfers</h2><ul id="tegels" class="tiles"></ul></section>
            <section aria-labelledby="kop-cijfers" class="panel"><h2 id="kop-cijfers">De cijfers</h2><div id="cijfers"></div></section>
            <section aria-labelledby="kop-programmas" class="panel"><h2 id="kop-programmas">Per programma</h2>
            <div class="chart-grid"><figure id="grafiek-deelnemers" class="chart"></figure><figure id="grafiek-activiteiten" class="chart"></figure></div>
            <div id="programmas"></div></section>
            <section aria-labelledby="kop-maanden" class="panel"><h2 id="kop-maanden">Deelnemers per maand</h2><figure id="grafiek-maanden" class="chart chart-wide"></figure></section>
            <section aria-labelledby="kop-levering" class="panel"><h2 id="kop-levering">Besteld en geleverd</h2><div id="levering"></div></section>
            </div>
            """
    }
}
