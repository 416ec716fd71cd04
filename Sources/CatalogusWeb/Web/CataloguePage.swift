import CatalogusAPI
import CatalogusDomain
import CatalogusStorage
import Foundation
import HTTPServer

/// `GET /catalogue?year=&q=&programme=`: the public catalogue of a year with its prices,
/// rendered on the server (public data, so it needs no token and works without script).
package enum CataloguePage {
    @Sendable package static func handle(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        let query = request.query
        let db = context.reader
        let programmes = try CatalogueData.programmes(in: db)
        var year = CatalogueData.currentYear()
        var problems: [String] = []
        if let text = query["year"], !text.isEmpty {
            if let value = Int64(text), Vocabulary.years.contains(value) { year = value } else {
                problems.append("Het jaar “\(text)” bestaat niet in de catalogus; kies een jaar uit de lijst.")
            }
        }
        var programme: String?
        if let code = query["programme"], !code.isEmpty {
            if programmes.contains(where: { $0.code == code }) { programme = code } else {
                problems.append("Er is geen programma “\(code)”.")
            }
        }
        let text = (query["q"] ?? "").trimmingCharacters(in: .whitespaces)
        let search = text.isEmpty ? nil : ActivityRepository.searchQuery(text)
        if !text.isEmpty, search == nil { problems.append("Zoek op een woord met minstens één letter of cijfer.") }

        let years = try CatalogueData.priceYears(current: CatalogueData.currentYear(), in: db)
        let items = problems.isEmpty ? try CatalogueData.items(year: year, search: search, programme: programme, in: db) : []
        let form = Form(year: year, years: years, text: text, programme: programme, programmes: programmes)
        // A municipality or an admin gets the basket: a bar and a form on each priced card.
        let ordering = BasketMarkup.mayOrder(context.viewer) ? context.viewer : nil
        let bar = try ordering.map { BasketMarkup.bar(year: year, viewer: $0, municipalities: try StatisticsChoices.municipalities(in: db)) }
        let layout = WebLayout(title: "Catalogus \(year)", description: "De activiteiten en diensten van de bibliotheken in Drenthe met hun prijzen in \(year).",
                               section: .catalogue, script: ordering == nil ? nil : "catalogue.js", preload: ordering == nil ? [] : ["basket.js"],
                               styles: ordering == nil ? [] : ["portal.css"])
        let html = layout.render(render(form: form, problems: problems, items: items, programmes: programmes, basketBar: bar), for: context.viewer)
        return WebResponse.page(request, html, status: problems.isEmpty ? 200 : 400)
    }

    package struct Form {
        package let year: Int64
        package let years: [Int64]
        package let text: String
        package let programme: String?
        package let programmes: [Programme]
    }

    /// `basketBar` is nil for people who do not order; then the cards have no basket form either.
    package static func render(form: Form, problems: [String], items: [CatalogueData.Item], programmes: [Programme],
                       basketBar: HTML? = nil) -> HTML {
        var sections: [HTML] = []
        for programme in programmes {
            let members = items.filter { $0.programme == programme.code }
            guard !members.isEmpty else { continue }
            sections.append("""
                <section class="programme" aria-labelledby="programma-\(programme.code)">
                <h2 id="programma-\(programme.code)">\(programme.name) <span class="count">(\(members.count))</span></h2>
                <p class="programme-description">\(programme.description)</p>
                <ul class="cards">
                \(members.map { card($0, year: form.year, orderable: basketBar != nil) })</ul>
                </section>

                """)
        }
        let count = items.count == 1 ? "1 activiteit" : "\(items.count) activiteiten"
        let summary: HTML = form.text.isEmpty ? "\(count) in \(form.year)" : "\(count) in \(form.year) voor “\(form.text)”"
        let alert: HTML = problems.isEmpty ? .empty : "<div class=\"notice notice-error\" role=\"alert\">\(problems.map { "<p>\($0)</p>" as HTML })</div>\n"
        let empty: HTML = items.isEmpty && problems.isEmpty
            ? "<p class=\"empty\">Geen activiteiten gevonden. <a href=\"/catalogue?year=\(form.year)\">Toon de hele catalogus van \(form.year)</a>.</p>\n" : .empty
        return """
            <h1>Activiteitencatalogus \(form.year)</h1>
            <p class="lede">Wat de bibliotheken in Drenthe gemeenten aanbieden, met de prijs per eenheid in \(form.year). Prijzen zijn exclusief btw.</p>
            \(filters(form))
            \(basketBar ?? .empty)\(alert)<p class="result-count" role="status">\(summary)</p>
            \(empty)\(sections)
            """
    }

    package static func filters(_ form: Form) -> HTML {
        let years: [HTML] = form.years.map { year in
            year == form.year ? "<option value=\"\(year)\" selected>\(year)</option>" : "<option value=\"\(year)\">\(year)</option>"
        }
        let programmes: [HTML] = form.programmes.map { programme in
            programme.code == form.programme
                ? "<option value=\"\(programme.code)\" selected>\(programme.name)</option>"
                : "<option value=\"\(programme.code)\">\(programme.name)</option>"
        }
        return """
            <form class="filters" method="get" action="/catalogue" role="search" aria-label="Zoeken in de catalogus">
            <div class="field field-grow"><label for="q">Zoeken</label><input id="q" name="q" type="search" value="\(form.text)" placeholder="bijv. breicafé of digi"></div>
            <div class="field"><label for="year">Jaar</label><select id="year" name="year">\(years)</select></div>
            <div class="field"><label for="programme">Programma</label><select id="programme" name="programme"><option value="">Alle programma’s</option>\(programmes)</select></div>
            <div class="field field-button"><button type="submit">Zoeken</button></div>
            </form>
            """
    }

    package static func card(_ item: CatalogueData.Item, year: Int64, orderable: Bool = false) -> HTML {
        let price: HTML
        var basket: HTML = .empty
        if case let (cents, rate)? = item.price {
            if orderable { basket = BasketMarkup.form(code: item.code, name: item.name, unit: item.unit) }
            price = """
                <p class="price"><span class="price-amount">\(DutchText.money(cents: cents))</span> \
                <span class="price-unit">\(DutchText.unit(item.unit))</span> \
                <span class="price-vat">excl. \(rate)% btw</span></p>
                """
        } else {
            price = "<p class=\"price price-none\">Geen prijs voor \(year)</p>"
        }
        return """
            <li class="card">
            <h3 class="card-title"><a href="/catalogue/\(HTML.pathSegment(item.code))?year=\(year)">\(item.name)</a></h3>
            <p class="card-summary">\(item.summary)</p>
            <dl class="card-meta"><div><dt>Vorm</dt><dd>\(DutchText.format(item.format))</dd></div><div><dt>Voor</dt><dd>\(DutchText.audienceList(item.audiences))</dd></div></dl>
            \(price)
            \(basket)</li>

            """
    }
}
