import CatalogusAPI
import CatalogusDomain
import CatalogusServices
import HTTPServer

/// `GET /orders/new?year=&municipality=`: the basket of a year (kept in the browser),
/// with a live quote, an optional reference and "Opslaan als concept". order-new.js
/// fills the lines; the server renders the frame and the year's public facts.
package enum NewOrderPage {
    @Sendable package static func handle(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        let db = context.reader
        let municipalities = try StatisticsChoices.municipalities(in: db)
        var year = CatalogueData.currentYear()
        if let text = request.query["year"], let value = Int64(text), Vocabulary.years.contains(value) { year = value }
        let published = try PriceService.isPublished(year, in: db)
        let chosen = request.query["municipality"].flatMap { slug in municipalities.contains { $0.slug == slug } ? slug : nil }
        return try PortalPages.page(request, context, title: "Nieuwe bestelling \(year)",
                                    description: "Het mandje van \(year): activiteiten, aantallen en een offerte.",
                                    script: "order-new.js", preload: ["basket.js", "order-lines.js", "order-budget.js"]) { viewer in
            let chooses = viewer.choosesMunicipality
            let who: HTML = chooses
                ? PortalPages.municipalitySelect(id: "gemeente", label: "Bestellen voor gemeente", selected: chosen,
                                                 municipalities: municipalities, emptyLabel: "Kies een gemeente")
                : "<p class=\"order-for\">Voor de gemeente <strong>\(PortalPages.name(of: viewer.municipality, in: municipalities))</strong></p>"
            let unpublished: HTML = published ? .empty : """
                <p class="notice" role="note">De prijslijst van \(year) is nog niet gepubliceerd. U kunt een concept opslaan; \
                indienen kan pas als de prijzen vastliggen, en tot dan kunnen de prijzen nog veranderen.</p>

                """
            return """
                <p class="breadcrumb"><a href="/orders">Bestellingen</a></p>
                <h1>Nieuwe bestelling \(year)</h1>
                <p class="lede">Het mandje met de activiteiten die u in de <a href="/catalogue?year=\(year)">catalogus van \(year)</a> koos. Pas de aantallen aan; de offerte rekent meteen mee. Alle bedragen in euro; het budget geldt exclusief btw.</p>
                \(unpublished)<form id="bestelling-form" class="order-form" novalidate \(PortalPages.viewerData(viewer)) data-year="\(year)">
                \(who)
                <p id="status" class="status" role="status" aria-live="polite"></p>
                <section class="panel" aria-labelledby="regels-titel">
                <h2 id="regels-titel">Mandje en offerte</h2>
                <div id="regels"><p>Mandje laden…</p></div>
                <div id="toevoegen"></div>
                </section>
                <section class="panel" aria-labelledby="budget-titel">
                <h2 id="budget-titel">Budget \(year)</h2>
                <div id="budget"><p class="hint">Het budget verschijnt zodra de gemeente bekend is.</p></div>
                </section>
                <div class="field field-reference"><label for="kenmerk">Kenmerk (niet verplicht)</label>\
                <input id="kenmerk" name="reference" maxlength="200" autocomplete="off" aria-describedby="kenmerk-uitleg">\
                <p class="hint" id="kenmerk-uitleg">Bijvoorbeeld uw zaaknummer of “Afname \(year)”; het staat op de bestelling.</p></div>
                <div class="form-actions">
                <button type="submit" id="opslaan">Opslaan als concept</button>
                <a href="/catalogue?year=\(year)" class="button-link button-secondary">Verder zoeken in de catalogus</a>
                </div>
                </form>
                <noscript><p class="notice">Het mandje en de offerte hebben JavaScript nodig.</p></noscript>
                """
        }
    }
}
