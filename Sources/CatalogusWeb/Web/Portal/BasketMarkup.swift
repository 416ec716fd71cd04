import CatalogusStorage

/// The "in het mandje" parts of the catalogue pages, for people who may order (a
/// municipality, an admin). They are rendered `hidden`: catalogue.js shows them, because
/// the basket lives in the browser (localStorage, per municipality and year) and so needs
/// script; without it the catalogue reads as before.
package enum BasketMarkup {
    package static func mayOrder(_ viewer: WebViewer?) -> Bool {
        viewer?.may(.ordersWrite) ?? false
    }

    /// The bar above the catalogue: the basket link with its count, and an admin's choice
    /// of municipality.
    package static func bar(year: Int64, viewer: WebViewer, municipalities: [StatisticsChoices.Municipality]) -> HTML {
        let choice: HTML = viewer.choosesMunicipality
            ? PortalPages.municipalitySelect(id: "mandje-gemeente", label: "Bestellen voor gemeente", selected: nil,
                                             municipalities: municipalities, emptyLabel: "Kies een gemeente")
            : "<p class=\"basket-for\">Bestellen voor <strong>\(PortalPages.name(of: viewer.municipality, in: municipalities))</strong></p>"
        return """
            <aside class="basket-bar" id="mandje-balk" aria-label="Mandje" data-year="\(year)" \(PortalPages.viewerData(viewer)) hidden>
            \(choice)
            <p class="basket-link-line"><a id="mandje-link" class="button-link" href="/orders/new?year=\(year)">Mandje \(year): <span id="mandje-aantal">leeg</span></a></p>
            <p id="mandje-status" class="visually-hidden" role="status" aria-live="polite"></p>
            </aside>

            """
    }

    /// The form on a card or on an activity's page: a quantity and "In het mandje".
    package static func form(code: String, name: String, unit: String, idPrefix: String = "aantal") -> HTML {
        let id = "\(idPrefix)-\(code)"
        return """
            <form class="basket-add" data-activity="\(code)" data-name="\(name)" data-unit="\(unit)" hidden>
            <div class="field field-quantity"><label for="\(id)">Aantal<span class="visually-hidden"> \(name)</span></label>\
            <input id="\(id)" name="quantity" type="number" inputmode="numeric" min="1" max="1000000000" step="1" value="1" required></div>
            <button type="submit" class="button-secondary">In het mandje<span class="visually-hidden">: \(name)</span></button>
            <p class="basket-added"></p>
            </form>

            """
    }
}
