import CatalogusAPI
import HTTPServer

/// `GET /orders/{id}`: one order — lines, totals, status and history; a draft can be
/// changed, submitted or cancelled; the year's budget; print and CSV. The order itself is
/// not public, so order.js reads it through the API; the server renders the frame only.
package enum OrderPage {
    @Sendable package static func handle(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        let id = context.parameters["id"] ?? ""
        guard !id.isEmpty, id.utf8.count <= 18, id.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else {
            return WebResponse.page(request, NotFoundPage.render(title: "Bestelling niet gevonden",
                                                                 message: "Er is geen bestelling “\(id)”.", for: context.viewer), status: 404)
        }
        return try PortalPages.page(request, context, title: "Bestelling", description: "Een bestelling: regels, bedragen, status en geschiedenis.",
                                    script: "order.js", preload: ["order-lines.js", "order-budget.js"]) { viewer in
            """
            <p class="breadcrumb no-print"><a href="/orders">Bestellingen</a></p>
            <div id="bestelling" class="order" data-order-id="\(id)" \(PortalPages.viewerData(viewer))>
            <h1 id="bestelling-titel">Bestelling</h1>
            <p id="status" class="status" role="status" aria-live="polite">Bestelling laden…</p>
            <div id="bestelling-inhoud" hidden>
            <dl class="order-facts" id="kenmerken"></dl>
            <div id="meldingen" class="no-print"></div>
            <form id="bestelling-form" class="order-form" novalidate>
            <section class="panel" aria-labelledby="regels-titel">
            <h2 id="regels-titel">Regels en bedragen</h2>
            <div id="regels"></div>
            <div id="toevoegen" class="no-print"></div>
            </section>
            <div class="field field-reference no-print" id="kenmerk-veld" hidden><label for="kenmerk">Kenmerk (niet verplicht)</label>\
            <input id="kenmerk" name="reference" maxlength="200" autocomplete="off"></div>
            <div class="form-actions no-print" id="acties"></div>
            </form>
            <section class="panel" aria-labelledby="budget-titel">
            <h2 id="budget-titel">Budget</h2>
            <div id="budget"></div>
            </section>
            <section class="panel" aria-labelledby="geschiedenis-titel">
            <h2 id="geschiedenis-titel">Geschiedenis</h2>
            <ol id="geschiedenis" class="history"></ol>
            </section>
            <p class="downloads no-print" id="downloads"></p>
            </div>
            </div>
            <dialog id="annuleren-dialoog" class="confirm-dialog" aria-labelledby="annuleren-titel">
            <form method="dialog" id="annuleren-form">
            <h2 id="annuleren-titel">Bestelling annuleren?</h2>
            <p>Een geannuleerde bestelling kunt u niet meer wijzigen of indienen. Wilt u deze bestelling annuleren?</p>
            <div class="field"><label for="annuleren-reden">Reden (niet verplicht)</label><textarea id="annuleren-reden" maxlength="1000" rows="3"></textarea></div>
            <div class="form-actions">
            <button type="submit" value="annuleren" class="button-danger" id="annuleren-ja">Ja, annuleren</button>
            <button type="submit" value="terug" class="button-secondary" id="annuleren-nee">Nee, terug</button>
            </div>
            </form>
            </dialog>
            <noscript><p class="notice">Deze pagina heeft JavaScript nodig om de bestelling te tonen.</p></noscript>
            """
        }
    }
}
