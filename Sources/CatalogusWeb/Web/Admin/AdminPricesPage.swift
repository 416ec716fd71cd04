import CatalogusAPI
import HTTPServer

/// `GET /admin/prices?year=`: a year's price list — edited while it is not published,
/// indexed into another year with a preview of every new price, and published behind a
/// deliberate confirmation. admin-prices.js does the work through the prices API.
package enum AdminPricesPage {
    @Sendable package static func handle(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        let year = AdminChoices.year(request.query["year"], fallback: CatalogueData.currentYear())
        let years = Array(Set(try AdminChoices.priceYears(in: context.reader) + [year])).sorted(by: >)
        return AdminPages.page(request, context, title: "Prijzen \(year)", description: "De prijslijst van een jaar wijzigen, indexeren en publiceren.",
                                   script: "admin-prices.js", preload: ["admin-labels.js", "admin-money.js"]) { _ in
            render(year: year, years: years)
        }
    }

    package static func render(year: Int64, years: [Int64]) -> HTML {
        let yearOptions = AdminChoices.options(years.map { (String($0), String($0)) }, selected: String(year))
        return """
            \(AdminPages.breadcrumb)
            <h1>Prijzen \(year)</h1>
            <form class="filters" method="get" action="/admin/prices" aria-label="Jaar kiezen">
            <div class="field"><label for="year-choice">Jaar</label><select id="year-choice" name="year">\(yearOptions)</select></div>
            <div class="field field-button"><button type="submit">Toon prijzen</button></div>
            </form>
            <div id="prices" data-year="\(year)">
            <p id="price-state" class="admin-state"></p>
            <p id="status" class="status" role="status" aria-live="polite"></p>
            <section id="index-panel" class="panel" aria-labelledby="index-title">
            <h2 id="index-title">Indexeren naar een ander jaar</h2>
            <p>Maakt de prijzen van een jaar uit die van een eerder jaar, verhoogd met een percentage en afgerond op de cent. U ziet eerst elke nieuwe prijs; pas als u op “Indexering opslaan” klikt, wordt er iets bewaard. Daarna kunt u de nieuwe prijzen nog wijzigen tot u ze publiceert.</p>
            <form id="index-form" class="admin-inline-form" novalidate>
            <div class="field"><label for="index-from">Van jaar</label><select id="index-from" name="from_year">\(AdminChoices.options(years.map { (String($0), String($0)) }))</select></div>
            <div class="field"><label for="index-to">Naar jaar</label><input id="index-to" name="to_year" type="number" inputmode="numeric" min="2000" max="2200" step="1" required></div>
            <div class="field"><label for="index-percent">Percentage</label><input id="index-percent" name="percent" inputmode="decimal" autocomplete="off" required aria-describedby="index-percent-hint">
            <p id="index-percent-hint" class="hint">Bijv. 3,2 (hoogstens vier decimalen; negatief mag).</p></div>
            <div class="field field-button"><button type="submit" id="index-preview-button">Bekijk de nieuwe prijzen</button></div>
            </form>
            <div id="index-preview" hidden>
            <h3 id="index-preview-title" tabindex="-1"></h3>
            <div id="index-preview-table"></div>
            <form id="index-save-form" novalidate>
            <div class="field check-field" id="overwrite-field" hidden>
            <label class="check" for="index-overwrite"><input type="checkbox" id="index-overwrite" name="overwrite"> <span id="overwrite-label"></span></label>
            </div>
            <div class="form-actions">
            <button type="submit" id="index-save">Indexering opslaan</button>
            <button type="button" id="index-cancel" class="button-secondary">Niet indexeren</button>
            </div>
            </form>
            </div>
            </section>

            <form id="price-form" novalidate>
            <div id="price-table"></div>
            <div class="form-actions" id="price-actions" hidden>
            <button type="submit" id="save-prices">Wijzigingen opslaan</button>
            <p class="hint">Bedragen in euro’s exclusief btw, met een komma: <span lang="nl">12,50</span>. Alleen gewijzigde prijzen worden opgeslagen.</p>
            </div>
            </form>

            <section id="publish-panel" class="panel admin-publish" aria-labelledby="publish-title" hidden>
            <h2 id="publish-title">Prijslijst \(year) publiceren</h2>
            <p>Na publicatie liggen de prijzen van \(year) vast: niemand kan ze daarna nog wijzigen, ook u niet. Gemeenten kunnen pas bestellingen voor \(year) indienen als de prijslijst gepubliceerd is.</p>
            <form id="publish-form" novalidate>
            <div class="field check-field"><label class="check" for="publish-understood"><input type="checkbox" id="publish-understood" name="understood"> Ik begrijp dat dit niet ongedaan kan worden</label></div>
            <div class="form-actions"><button type="submit" id="publish-button" class="button-danger" disabled>Publiceer prijslijst \(year)</button></div>
            </form>
            </section>
            </div>
            """
    }
}
