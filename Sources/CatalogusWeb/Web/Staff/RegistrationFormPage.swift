import CatalogusAPI
import CatalogusDomain
import CatalogusStorage
import HTTPServer

/// `GET /registrations/new`: record one activity that was held, right after it, on a
/// phone; `GET /registrations/{id}/edit`: correct one. The server renders the form and
/// the municipalities; record.js loads locations, activities and orders from the API
/// as the person chooses, and saves with POST (new) or PATCH (correction).
package enum RegistrationFormPage {
    package static let preload = ["api.js", "dom.js", "forms.js", "format.js", "vocabulary.js", "activity-picker.js", "registration-form.js",
                          "staff-text.js"]

    @Sendable package static func new(_ request: HTTPRequest, _ context: AppContext, _ viewer: WebViewer) throws -> HTTPResponse {
        let municipalities = try StatisticsChoices.municipalities(in: context.reader)
        var selected = viewer.municipality
        if let asked = request.query["municipality"], municipalities.contains(where: { $0.slug == asked }) { selected = asked }
        let main: HTML = """
            <h1>Activiteit registreren</h1>
            <p class="lede">Wat is er gehouden, waar en met hoeveel deelnemers? Alleen aantallen, nooit namen.</p>
            <p id="status" class="visually-hidden" role="status" aria-live="polite"></p>
            <div id="opgeslagen" class="success saved" tabindex="-1" hidden>
            <h2 id="opgeslagen-kop">Opgeslagen</h2>
            <p id="opgeslagen-tekst"></p>
            <div class="form-actions">
            <button type="button" id="nog-een" class="button-large">Nog een registreren</button>
            <a class="button-link button-secondary" href="/registrations">Naar het overzicht</a>
            </div>
            </div>
            \(form(municipalities: municipalities, selected: selected, mode: .create))
            """
        return StaffPages.page(request, viewer: viewer, title: "Activiteit registreren",
                               description: "Registreer een gehouden activiteit: gemeente, locatie, datum en deelnemers.",
                               task: .record, script: "record.js", preload: preload, main: main)
    }

    @Sendable package static func edit(_ request: HTTPRequest, _ context: AppContext, _ viewer: WebViewer) throws -> HTTPResponse {
        guard let text = context.parameters["id"], let id = Int64(text), id > 0 else {
            return WebResponse.page(request, NotFoundPage.render(message: "Deze registratie bestaat niet.", for: viewer), status: 404)
        }
        let municipalities = try StatisticsChoices.municipalities(in: context.reader)
        let back = RegistrationListPage.backLink(request.query["terug"])
        // The registration itself is read by the script with the person's session, like any client.
        let main: HTML = """
            <p class="breadcrumb"><a href="\(back)">← Terug naar het overzicht</a></p>
            <h1>Registratie corrigeren</h1>
            <p id="status" class="status" role="status" aria-live="polite">Registratie laden…</p>
            \(form(municipalities: municipalities, selected: nil, mode: .correct(id: id, back: back)))
            """
        return StaffPages.page(request, viewer: viewer, title: "Registratie corrigeren",
                               description: "Corrigeer een registratie van een gehouden activiteit.",
                               task: nil, script: "record.js", preload: preload, main: main)
    }

    package enum Mode {
        case create
        case correct(id: Int64, back: String)
    }

    /// The fields in the order a person thinks of them; the optional ones folded away so
    /// that on a phone the save button stays within a thumb's reach.
    package static func form(municipalities: [StatisticsChoices.Municipality], selected: String?, mode: Mode) -> HTML {
        let today = CalendarDate.todayInAmsterdam()
        let municipalityOptions = StaffPages.options(municipalities.map { ($0.slug, $0.name) }, selected: selected)
        let attributes: HTML
        let actions: HTML
        switch mode {
        case .create:
            attributes = "data-mode=\"create\""
            actions = "<button type=\"submit\" class=\"button-large button-save\">Opslaan</button>"
        case .correct(let id, let back):
            attributes = "data-mode=\"correct\" data-registration=\"\(id)\" data-back=\"\(back)\" hidden"
            actions = """
                <button type="submit" class="button-large button-save">Correctie opslaan</button>
                <a class="button-link button-secondary" href="\(back)">Annuleren</a>
                """
        }
        return """
            <form id="registratie" class="form-stack registration-form" novalidate \(attributes)>
            <div class="field">
            <label for="gemeente">Gemeente</label>
            <select id="gemeente" name="municipality" required>
            <option value="">Kies een gemeente</option>
            \(municipalityOptions)
            </select>
            </div>
            <div class="field">
            <label for="locatie">Locatie <span class="optional">(niet verplicht)</span></label>
            <select id="locatie" name="location" aria-describedby="locatie-uitleg" disabled>
            <option value="">Geen vaste locatie</option>
            </select>
            <p class="hint" id="locatie-uitleg">De vestigingen, servicepunten en andere plekken van de gekozen gemeente.</p>
            </div>
            \(ActivityPickerMarkup.field(id: "activiteit", label: "Activiteit", field: "activity", required: true))
            <div class="field-pair">
            <div class="field">
            <label for="datum">Datum</label>
            <input id="datum" name="date" type="date" value="\(today)" max="\(today)" min="2000-01-01" required aria-describedby="datum-uitleg">
            <p class="hint" id="datum-uitleg">Vandaag of eerder.</p>
            </div>
            <div class="field">
            <label for="deelnemers">Deelnemers</label>
            <input id="deelnemers" name="participants" type="text" inputmode="numeric" pattern="[0-9]*" autocomplete="off" required>
            </div>
            </div>
            <div class="field" id="veld-dagdelen" hidden>
            <label for="dagdelen">Dagdelen</label>
            <input id="dagdelen" name="sessions" type="text" inputmode="numeric" pattern="[0-9]*" autocomplete="off" aria-describedby="dagdelen-uitleg dagdelen-herkomst">
            <p class="hint" id="dagdelen-uitleg">Hoeveel dagdelen (bijeenkomsten) deze keer.</p>
            <p class="hint field-source" id="dagdelen-herkomst" hidden>Ingevuld vanuit de activiteit: <span data-slot="sessions"></span>. Pas het aan als het deze keer anders was.</p>
            </div>
            <details class="more-fields" id="meer">
            <summary>Bestelling, partners en notitie <span class="optional">(niet verplicht)</span></summary>
            <div class="field">
            <label for="bestelling">Hoort bij bestelling</label>
            <select id="bestelling" name="order_id" aria-describedby="bestelling-uitleg">
            <option value="">Geen bestelling</option>
            </select>
            <p class="hint" id="bestelling-uitleg">Kies eerst gemeente, activiteit en datum.</p>
            </div>
            <div class="field">
            <label for="partners">Partners</label>
            <input id="partners" name="partners" type="text" autocomplete="off" aria-describedby="partners-uitleg">
            <p class="hint" id="partners-uitleg">Organisaties waarmee u het deed, gescheiden door komma’s.</p>
            </div>
            <div class="field">
            <label for="notities">Notitie</label>
            <textarea id="notities" name="notes" rows="3" maxlength="2000" aria-describedby="notities-uitleg"></textarea>
            <p class="hint" id="notities-uitleg">Geen namen van deelnemers.</p>
            </div>
            </details>
            <div class="form-actions form-actions-sticky">
            \(actions)
            </div>
            </form>
            """
    }
}

/// The activity field: a combobox that searches the catalogue as the person types
/// (activity-picker.js), with the chosen code in a hidden input.
package enum ActivityPickerMarkup {
    /// `code` and `text` prefill a choice (a filter given in the URL).
    package static func field(id: String, label: String, field: String, required: Bool,
                      hint: String = "Typ een deel van de naam en kies uit de lijst.", code: String = "", text: String = "") -> HTML {
        let requiredAttribute: HTML = required ? " aria-required=\"true\"" : .empty
        return """
            <div class="field activity-picker" data-picker="\(id)">
            <label for="\(id)">\(label)</label>
            <div class="combobox">
            <input id="\(id)" type="text" role="combobox" aria-autocomplete="list" aria-expanded="false" aria-controls="\(id)-lijst" autocomplete="off" autocapitalize="off" spellcheck="false" value="\(text)" data-field="\(field)" aria-describedby="\(id)-uitleg \(id)-gekozen"\(requiredAttribute)>
            <ul id="\(id)-lijst" class="combobox-list" role="listbox" aria-label="Gevonden activiteiten" hidden></ul>
            </div>
            <input type="hidden" id="\(id)-code" name="\(field)" value="\(code)">
            <p class="hint" id="\(id)-uitleg">\(hint)</p>
            <p class="picked" id="\(id)-gekozen" aria-live="polite"></p>
            </div>
            """
    }
}
