import CatalogusAPI
import CatalogusDomain
import HTTPServer

/// `GET /admin/orders?status=&year=&municipality=`: the orders to confirm (submitted, by
/// default) and any other status, with confirm, reopen and cancel. admin-orders.js lists
/// them through `/api/v1/orders` and changes them with If-Match from each order's version.
package enum AdminOrdersPage {
    /// Submitted first: those wait for the admin.
    package static let statuses: [(value: String, label: String)] =
        [OrderStatus.submitted, .confirmed, .draft, .cancelled].map { ($0.rawValue, DutchText.capitalised($0.label)) } + [("", "Alle statussen")]

    @Sendable package static func handle(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        let query = request.query
        let municipalities = try AdminChoices.municipalities(in: context.reader)
        let years = try AdminChoices.priceYears(in: context.reader)
        let status = statuses.contains { $0.value == query["status"] } ? query["status"]! : "submitted"
        let year = query["year"].flatMap { text in years.contains { String($0) == text } ? text : nil } ?? ""
        let municipality = query["municipality"].flatMap { slug in municipalities.contains { $0.value == slug } ? slug : nil } ?? ""
        return AdminPages.page(request, context, title: "Bestellingen bevestigen", description: "Bestellingen van gemeenten bevestigen, terugzetten of annuleren.",
                                   script: "admin-orders.js", preload: ["admin-labels.js"]) { _ in
            let yearOptions = AdminChoices.options([("", "Alle jaren")] + years.map { (String($0), String($0)) }, selected: year)
            let municipalityOptions = AdminChoices.options([("", "Alle gemeenten")] + municipalities, selected: municipality)
            return """
                \(AdminPages.breadcrumb)
                <h1>Bestellingen</h1>
                <p class="lede">Ingediende bestellingen wachten op uw bevestiging. Een bevestigde bestelling ligt vast; annuleren kan dan alleen met een reden.</p>
                <form id="order-filters" class="filters" method="get" action="/admin/orders" aria-label="Bestellingen filteren">
                <div class="field"><label for="filter-status">Status</label><select id="filter-status" name="status">\(AdminChoices.options(statuses, selected: status))</select></div>
                <div class="field"><label for="filter-year">Jaar</label><select id="filter-year" name="year">\(yearOptions)</select></div>
                <div class="field"><label for="filter-municipality">Gemeente</label><select id="filter-municipality" name="municipality">\(municipalityOptions)</select></div>
                <div class="field field-button"><button type="submit">Toon bestellingen</button></div>
                </form>
                <p id="status" class="status" role="status" aria-live="polite"></p>
                <ul id="order-list" class="order-list" aria-label="Bestellingen"></ul>
                """
        }
    }
}
