import CatalogusAPI
import CatalogusDomain
import HTTPServer

/// `GET /orders?year=&status=&municipality=`: the orders of the person's municipality
/// (an admin: of every municipality, or the one chosen), filtered by year and status.
/// The filters are a plain GET form; orders.js reads the same query and lists the orders.
package enum OrdersListPage {
    package static let statuses: [(code: String, label: String)] = [
        ("draft", "Concept"), ("submitted", "Ingediend"), ("confirmed", "Bevestigd"), ("cancelled", "Geannuleerd"),
    ]

    @Sendable package static func handle(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        let db = context.reader
        let municipalities = try StatisticsChoices.municipalities(in: db)
        let current = CatalogueData.currentYear()
        // Newest first: a new order is usually for the newest price list (next year's, in autumn).
        let years = try CatalogueData.priceYears(current: current, in: db)
        let query = request.query
        var problems: [String] = []
        var year: Int64?
        if let text = query["year"], !text.isEmpty {
            if let value = Int64(text), Vocabulary.years.contains(value) { year = value } else {
                problems.append("Het jaar “\(text)” bestaat niet; kies een jaar uit de lijst.")
            }
        }
        var status: String?
        if let text = query["status"], !text.isEmpty {
            if statuses.contains(where: { $0.code == text }) { status = text } else {
                problems.append("Er is geen status “\(text)”; kies een status uit de lijst.")
            }
        }
        var municipality: String?
        if let text = query["municipality"], !text.isEmpty {
            if municipalities.contains(where: { $0.slug == text }) { municipality = text } else {
                problems.append("Er is geen gemeente “\(text)”.")
            }
        }
        return try PortalPages.page(request, context, title: "Bestellingen",
                                    description: "De bestellingen van uw gemeente: concepten, ingediend, bevestigd.",
                                    script: "orders.js", preload: ["basket.js"], status: problems.isEmpty ? 200 : 400) { viewer in
            let chooses = viewer.choosesMunicipality
            let whose: HTML = chooses ? "van alle gemeenten" : "van \(PortalPages.name(of: viewer.municipality, in: municipalities))"
            let yearOptions: [HTML] = years.map { value in
                value == year ? "<option value=\"\(value)\" selected>\(value)</option>" : "<option value=\"\(value)\">\(value)</option>"
            }
            let statusOptions: [HTML] = statuses.map { entry in
                entry.code == status ? "<option value=\"\(entry.code)\" selected>\(entry.label)</option>"
                    : "<option value=\"\(entry.code)\">\(entry.label)</option>"
            }
            let municipalityField: HTML = chooses
                ? PortalPages.municipalitySelect(id: "filter-gemeente", label: "Gemeente", selected: municipality,
                                                 municipalities: municipalities, emptyLabel: "Alle gemeenten")
                : .empty
            let alert: HTML = problems.isEmpty ? .empty
                : "<div class=\"notice notice-error\" role=\"alert\">\(problems.map { "<p>\($0)</p>" as HTML })</div>\n"
            return """
                <div class="page-head">
                <h1>Bestellingen</h1>
                <p class="page-head-actions"><a class="button-link" href="/catalogue?year=\(years.first ?? current)">Nieuwe bestelling</a></p>
                </div>
                <p class="lede">De bestellingen \(whose). Een nieuwe bestelling stelt u samen in de catalogus: leg activiteiten in het mandje en sla het mandje op als concept.</p>
                <div id="mandjes" class="baskets" aria-live="polite"></div>
                <form class="filters" method="get" action="/orders" aria-label="Bestellingen filteren">
                \(municipalityField)
                <div class="field"><label for="filter-jaar">Jaar</label><select id="filter-jaar" name="year"><option value="">Alle jaren</option>\(yearOptions)</select></div>
                <div class="field"><label for="filter-status">Status</label><select id="filter-status" name="status"><option value="">Alle statussen</option>\(statusOptions)</select></div>
                <div class="field field-button"><button type="submit">Toon</button></div>
                </form>
                \(alert)<div id="bestellingen" class="orders-list" \(PortalPages.viewerData(viewer)) data-problems="\(problems.isEmpty ? "" : "1")">
                <p id="status" class="status" role="status" aria-live="polite">Bestellingen laden…</p>
                <div id="bestellingen-tabel"></div>
                <p id="bestellingen-csv" class="downloads" hidden></p>
                </div>
                <noscript><p class="notice">Deze pagina heeft JavaScript nodig om de bestellingen te tonen.</p></noscript>
                """
        }
    }
}
