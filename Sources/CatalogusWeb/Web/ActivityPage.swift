import CatalogusAPI
import CatalogusDomain
import CatalogusStorage
import HTTPServer

/// `GET /catalogue/{code}?year=`: one activity with its prices in every year.
package enum ActivityPage {
    @Sendable package static func handle(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        let db = context.reader
        let code = context.parameters["code"] ?? ""
        // Only codes: an id would give a second URL for the same page.
        guard !code.isEmpty, !code.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }),
              let activity = try ActivityRepository.find(code, in: db) else {
            return WebResponse.page(request, NotFoundPage.render(
                title: "Activiteit niet gevonden", message: "De catalogus heeft geen activiteit met de code “\(code)”."), status: 404)
        }
        var year = CatalogueData.currentYear()
        if let text = request.query["year"], let value = Int64(text), Vocabulary.years.contains(value) { year = value }
        let programme = try CatalogueData.programmes(in: db).first { $0.code == activity.programme }
        var prices: [(price: YearPrice, published: Bool)] = []
        let published = try PriceRepository.publishedYears(in: db)
        for price in try PriceRepository.prices(of: activity, in: db) { prices.append((price, published.contains(price.year))) }
        // A municipality or an admin can put the activity in the basket of the year shown, if it has a price then.
        var basket: HTML?
        if let viewer = context.viewer, BasketMarkup.mayOrder(viewer), activity.active, prices.contains(where: { $0.price.year == year }) {
            basket = orderBox(activity, year: year, bar: BasketMarkup.bar(year: year, viewer: viewer, municipalities: try StatisticsChoices.municipalities(in: db)))
        }
        let layout = WebLayout(title: activity.name, description: activity.summary, section: .catalogue,
                               script: basket == nil ? nil : "catalogue.js", preload: basket == nil ? [] : ["basket.js"],
                               styles: basket == nil ? [] : ["portal.css"])
        let html = layout.render(render(activity, programmeName: programme?.name ?? activity.programme, prices: prices, year: year, basket: basket),
                                 for: context.viewer)
        return WebResponse.page(request, html)
    }

    /// "Bestellen": the basket bar and the quantity form for `year`.
    package static func orderBox(_ activity: Activity, year: Int64, bar: HTML) -> HTML {
        """
        <section class="order-box" aria-labelledby="bestellen">
        <h2 id="bestellen">Bestellen voor \(year)</h2>
        \(bar)\(BasketMarkup.form(code: activity.code, name: activity.name, unit: activity.unit))</section>
        """
    }

    package static func render(_ activity: Activity, programmeName: String, prices: [(price: YearPrice, published: Bool)], year: Int64,
                       basket: HTML? = nil) -> HTML {
        let paragraphs: [HTML] = activity.description.split(separator: "\n").map { line in "<p>\(String(line))</p>\n" }
        var facts: [HTML] = [
            fact("Programma", programmeName),
            fact("Vorm", DutchText.format(activity.format)),
            fact("Voor", DutchText.audienceList(activity.audiences)),
            fact("Prijseenheid", DutchText.unit(activity.unit)),
        ]
        if let sessions = activity.sessionsPerUnit { facts.append(fact("Dagdelen per eenheid", DutchText.integer(sessions))) }
        if let maximum = activity.maxParticipants { facts.append(fact("Maximaal aantal deelnemers", DutchText.integer(maximum))) }
        facts.append(fact("Code", activity.code))
        let archived: HTML = activity.active ? .empty
            : "<p class=\"notice\" role=\"note\">Deze activiteit is gearchiveerd: gemeenten kunnen haar niet meer afnemen.</p>\n"
        return """
            <nav class="breadcrumb" aria-label="Kruimelpad"><a href="/catalogue?year=\(year)">Catalogus \(year)</a> <span aria-hidden="true">›</span> \(programmeName)</nav>
            <h1>\(activity.name)</h1>
            \(archived)<p class="lede">\(activity.summary)</p>
            <div class="detail-grid">
            <section class="prose" aria-labelledby="beschrijving"><h2 id="beschrijving">Beschrijving</h2>
            \(paragraphs)</section>
            \(basket == nil ? .empty : "<div class=\"detail-side\">" as HTML)<section class="facts-box" aria-labelledby="kenmerken"><h2 id="kenmerken">Kenmerken</h2>
            <dl class="facts">\(facts)</dl>
            </section>
            \(basket.map { $0 + "</div>" } ?? .empty)</div>
            <section aria-labelledby="prijzen"><h2 id="prijzen">Prijzen</h2>
            \(priceTable(prices, unit: activity.unit, selected: year))
            </section>
            """
    }

    private static func fact(_ term: String, _ value: String) -> HTML {
        "<div><dt>\(term)</dt><dd>\(value)</dd></div>"
    }

    package static func priceTable(_ prices: [(price: YearPrice, published: Bool)], unit: String, selected: Int64) -> HTML {
        guard !prices.isEmpty else { return "<p>Voor deze activiteit zijn nog geen prijzen vastgesteld.</p>" }
        let rows: [HTML] = prices.map { entry in
            let price = entry.price
            let gross = DutchText.grossCents(net: price.unitPriceCents, vatRate: price.vatRate)
            let marker: HTML = price.year == selected ? " class=\"selected\" aria-current=\"true\"" : .empty
            // A price list is published once; until then its prices may still change.
            let draft: HTML = entry.published ? .empty : " <span class=\"price-status\">(concept)</span>"
            return """
                <tr\(marker)><th scope="row">\(price.year)\(draft)</th>\
                <td class="num">\(DutchText.money(cents: price.unitPriceCents))</td>\
                <td class="num">\(price.vatRate)%</td>\
                <td class="num">\(DutchText.money(cents: gross))</td></tr>

                """
        }
        return """
            <div class="table-scroll" tabindex="0" role="region" aria-label="Prijzen per jaar">
            <table class="data">
            <caption>Prijs \(DutchText.unit(unit)), per jaar</caption>
            <thead><tr><th scope="col">Jaar</th><th scope="col" class="num">Excl. btw</th><th scope="col" class="num">Btw</th><th scope="col" class="num">Incl. btw</th></tr></thead>
            <tbody>
            \(rows)</tbody>
            </table>
            </div>
            """
    }
}
