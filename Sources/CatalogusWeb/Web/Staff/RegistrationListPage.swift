import CatalogusAPI
import CatalogusDomain
import CatalogusStorage
import HTTPServer

/// `GET /registrations?municipality=&programme=&activity=&from=&to=`: the registrations,
/// filtered, with a correction and a deletion per row. The filters are a plain GET form
/// (so a filtered list is a link to share); registrations.js reads the list from the API
/// page by page ("Meer laden").
package enum RegistrationListPage {
    @Sendable package static func handle(_ request: HTTPRequest, _ context: AppContext, _ viewer: WebViewer) throws -> HTTPResponse {
        let db = context.reader
        let query = request.query
        let municipalities = try StatisticsChoices.municipalities(in: db)
        let programmes = try CatalogueData.programmes(in: db)
        let today = CalendarDate.todayInAmsterdam()
        // Without any filter: this year so far, the registrations a worker is most likely after.
        let filtered = ["municipality", "programme", "activity", "from", "to"].contains { query[$0] != nil }
        let from = filtered ? (query["from"] ?? "") : String(today.prefix(4)) + "-01-01"
        let to = filtered ? (query["to"] ?? "") : ""
        var activityCode = "", activityText = ""
        if let code = query["activity"], !code.isEmpty, let activity = try ActivityRepository.find(code, in: db) {
            activityCode = activity.code
            activityText = "\(activity.name) (\(activity.code))"
        }
        let municipalityOptions = StaffPages.options(municipalities.map { ($0.slug, $0.name) }, selected: query["municipality"])
        let programmeOptions = StaffPages.options(programmes.map { ($0.code, $0.name) }, selected: query["programme"])
        let main: HTML = """
            <div class="page-head">
            <h1>Registraties</h1>
            <a class="button-link button-large" href="/registrations/new">Activiteit registreren</a>
            </div>
            <form id="filters" class="filters registration-filters" method="get" action="/registrations" role="search" aria-label="Registraties zoeken">
            <div class="field"><label for="f-gemeente">Gemeente</label><select id="f-gemeente" name="municipality"><option value="">Alle gemeenten</option>\(municipalityOptions)</select></div>
            <div class="field"><label for="f-programma">Programma</label><select id="f-programma" name="programme"><option value="">Alle programma’s</option>\(programmeOptions)</select></div>
            \(ActivityPickerMarkup.field(id: "f-activiteit", label: "Activiteit", field: "activity", required: false,
                                         hint: "Leeg laten voor alle activiteiten.", code: activityCode, text: activityText))
            <div class="field"><label for="f-van">Van</label><input id="f-van" name="from" type="date" value="\(from)"></div>
            <div class="field"><label for="f-tot">Tot en met</label><input id="f-tot" name="to" type="date" value="\(to)"></div>
            <div class="field field-button"><button type="submit">Toon registraties</button></div>
            </form>
            <p id="status" class="status" role="status" aria-live="polite"><noscript>Het overzicht heeft JavaScript nodig om de registraties op te halen.</noscript></p>
            <div id="gecorrigeerd" class="success" tabindex="-1" hidden></div>
            <section aria-labelledby="lijst-kop" class="registration-results">
            <h2 id="lijst-kop" class="results-heading" tabindex="-1">Gevonden registraties <span id="aantal" class="count"></span></h2>
            <table id="lijst" class="data registrations" hidden>
            <caption class="visually-hidden">Registraties, nieuwste eerst</caption>
            <thead><tr>
            <th scope="col">Activiteit</th><th scope="col">Datum</th><th scope="col">Gemeente</th><th scope="col">Locatie</th>
            <th scope="col" class="num">Deelnemers</th><th scope="col" class="num">Dagdelen</th><th scope="col"><span class="visually-hidden">Acties</span></th>
            </tr></thead>
            <tbody></tbody>
            </table>
            <p id="leeg" class="empty" hidden>Geen registraties gevonden met deze keuzes.</p>
            <p class="load-more"><button type="button" id="meer-laden" class="button-secondary" hidden>Meer laden</button></p>
            </section>
            <dialog id="verwijder-dialoog" class="confirm" aria-labelledby="verwijder-kop" aria-describedby="verwijder-wat">
            <form method="dialog">
            <h2 id="verwijder-kop">Registratie verwijderen?</h2>
            <p id="verwijder-wat"></p>
            <p>Dit kan niet ongedaan worden gemaakt.</p>
            <div class="form-actions">
            <button type="submit" value="verwijder" class="button-danger">Verwijderen</button>
            <button type="submit" value="annuleer" class="button-secondary" autofocus>Annuleren</button>
            </div>
            </form>
            </dialog>
            """
        return StaffPages.page(request, viewer: viewer, title: "Registraties",
                               description: "Overzicht van de geregistreerde activiteiten, met correcties.",
                               task: .list, script: "registrations.js",
                               preload: ["api.js", "dom.js", "forms.js", "format.js", "activity-picker.js", "staff-text.js"], main: main)
    }

    /// Where the correction page goes back to: the list with the filters the person had,
    /// never another site or page.
    package static func backLink(_ asked: String?) -> String {
        guard let asked, asked == "/registrations" || asked.hasPrefix("/registrations?"),
              !asked.contains("\\"), !asked.contains("//") else { return "/registrations" }
        return asked
    }
}
