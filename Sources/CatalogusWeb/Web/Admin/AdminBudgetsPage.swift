import CatalogusAPI
import HTTPServer

/// `GET /admin/budgets?year=`: per municipality the year's budget and order deadline, with
/// what its submitted and confirmed orders commit and what is left. The municipalities
/// are public reference data and rendered here; admin-budgets.js reads and sets the
/// budgets through `/api/v1/budgets?year=` and sets them through
/// `/api/v1/municipalities/{slug}/budgets/{year}`.
package enum AdminBudgetsPage {
    @Sendable package static func handle(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        let year = AdminChoices.year(request.query["year"], fallback: CatalogueData.currentYear() + 1)
        let years = Array(Set(try AdminChoices.priceYears(in: context.reader) + [year])).sorted(by: >)
        let municipalities = try AdminChoices.municipalities(in: context.reader)
        return AdminPages.page(request, context, title: "Budgetten \(year)", description: "Budget en besteldeadline per gemeente.",
                                   script: "admin-budgets.js", preload: ["admin-money.js"]) { _ in
            let yearOptions = AdminChoices.options(years.map { (String($0), String($0)) }, selected: String(year))
            return """
                \(AdminPages.breadcrumb)
                <h1>Budgetten \(year)</h1>
                <p class="lede">Het budget is het netto bedrag (exclusief btw) dat een gemeente in \(year) hoogstens kan bestellen; een bestelling die erboven uitkomt, kan ze niet indienen. Na de besteldeadline kan alleen een beheerder nog indienen. Zonder budget is er geen grens.</p>
                <form class="filters" method="get" action="/admin/budgets" aria-label="Jaar kiezen">
                <div class="field"><label for="year-choice">Jaar</label><select id="year-choice" name="year">\(yearOptions)</select></div>
                <div class="field field-button"><button type="submit">Toon budgetten</button></div>
                </form>
                <p id="status" class="status" role="status" aria-live="polite"></p>
                <ul id="budgets" class="budget-list" data-year="\(year)">
                \(municipalities.map { card($0, year: year) })
                </ul>
                """
        }
    }

    package static func card(_ municipality: (value: String, label: String), year: Int64) -> HTML {
        let id = municipality.value
        return """
            <li class="budget-card panel" data-slug="\(id)">
            <h2 id="budget-\(id)-title">\(municipality.label)</h2>
            <dl class="budget-figures">
            <div><dt>Budget</dt><dd data-value="budget">…</dd></div>
            <div><dt>Vastgelegd</dt><dd data-value="committed">…</dd></div>
            <div><dt>Over</dt><dd data-value="remaining">…</dd></div>
            </dl>
            <form class="budget-form" novalidate aria-labelledby="budget-\(id)-title">
            <div class="field"><label for="budget-\(id)-amount">Budget in euro’s</label><input id="budget-\(id)-amount" name="net_cents" inputmode="decimal" autocomplete="off" aria-describedby="budget-\(id)-hint"></div>
            <div class="field"><label for="budget-\(id)-deadline">Besteldeadline</label><input id="budget-\(id)-deadline" name="order_deadline" type="date"></div>
            <p id="budget-\(id)-hint" class="hint">Exclusief btw, bijv. 125.000 of 125000,00.</p>
            <div class="form-actions"><button type="submit" aria-label="Budget van \(municipality.label) opslaan">Opslaan</button><span class="budget-saved" data-value="saved"></span></div>
            </form>
            </li>

            """
    }
}
