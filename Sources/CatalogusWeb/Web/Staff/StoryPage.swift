import CatalogusAPI
import CatalogusDomain
import CatalogusServices
import CatalogusStorage
import HTTPServer

/// `GET /registrations/story`: write a story (highlight) of a municipality's jaarbericht,
/// from a registration ("Maak er een verhaal van": `?registration=ID` fills in its
/// municipality, year and programme area and ticks it) or on its own; `?highlight=ID`
/// corrects one. story.js lists the year's registrations to tick, and saves with POST or
/// with PATCH and If-Match. The figures are never typed: the server computes them.
package enum StoryPage {
    package static let preload = ["api.js", "dom.js", "forms.js", "format.js", "staff-text.js", "story.js"]

    @Sendable package static func handle(_ request: HTTPRequest, _ context: AppContext, _ viewer: WebViewer) throws -> HTTPResponse {
        let db = context.reader
        let municipalities = try StatisticsChoices.municipalities(in: db)
        let programmes = try ProgrammeRepository.all(in: db)
        var form = Prefill(municipality: viewer.municipality ?? "", year: Int64(CalendarDate.todayInAmsterdam().prefix(4)) ?? 2024)
        let highlight = request.query["highlight"].flatMap { Int64($0) }
        if highlight == nil, let reference = request.query["registration"],
           let registration = try? RegistrationService(context: context.caller).get(reference) {
            form = Prefill(municipality: registration.municipality, year: Int64(registration.date.prefix(4)) ?? form.year,
                           programme: registration.joined.programme, registration: registration.id)
        }
        let title = highlight == nil ? "Verhaal schrijven" : "Verhaal corrigeren"
        let main: HTML = """
            <h1>\(title)</h1>
            <p class="lede">Een verhaal voor het jaarbericht van een gemeente: wat er gebeurde, in uw woorden. De aantallen (deelnemers, dagdelen, data) komen uit de registraties die u aanvinkt; die typt u nooit over.</p>
            <p id="status" class="status" role="status" aria-live="polite"></p>
            <div id="opgeslagen" class="success saved" tabindex="-1" hidden>
            <h2>Opgeslagen</h2>
            <p id="opgeslagen-tekst"></p>
            <div class="form-actions"><a class="button-link button-secondary" href="/registrations">Naar de registraties</a></div>
            </div>
            \(fields(form, highlight: highlight, municipalities: municipalities, programmes: programmes))
            """
        return StaffPages.page(request, viewer: viewer, title: title,
                               description: "Schrijf een verhaal voor het jaarbericht, gekoppeld aan de registraties waar het over gaat.",
                               task: nil, script: "story.js", preload: preload, main: main)
    }

    /// What the form starts with.
    package struct Prefill {
        var municipality: String
        var year: Int64
        var programme = ""
        var registration: Int64?
    }

    static func fields(_ form: Prefill, highlight: Int64?, municipalities: [StatisticsChoices.Municipality], programmes: [Programme]) -> HTML {
        let mode: HTML = highlight.map { "data-highlight=\"\($0)\" hidden" } ?? "data-registration=\"\(form.registration ?? 0)\""
        return """
            <form id="verhaal" class="form-stack story-form" novalidate \(mode)>
            <div class="field-pair">
            <div class="field">
            <label for="gemeente">Gemeente</label>
            <select id="gemeente" name="municipality" required>
            <option value="">Kies een gemeente</option>
            \(StaffPages.options(municipalities.map { ($0.slug, $0.name) }, selected: form.municipality))
            </select>
            </div>
            <div class="field">
            <label for="jaar">Jaar</label>
            <input id="jaar" name="year" type="text" inputmode="numeric" pattern="[0-9]*" value="\(form.year)" required>
            </div>
            </div>
            <div class="field">
            <label for="programma">Programma</label>
            <select id="programma" name="programme" required>
            <option value="">Kies een programma</option>
            \(StaffPages.options(programmes.map { ($0.code, $0.name) }, selected: form.programme))
            </select>
            </div>
            <div class="field">
            <label for="titel">Titel</label>
            <input id="titel" name="title" type="text" maxlength="\(Highlight.maxTitleLength)" required>
            </div>
            <div class="field">
            <label for="tekst">Tekst</label>
            <textarea id="tekst" name="text" rows="10" maxlength="\(Highlight.maxTextLength)" required aria-describedby="tekst-uitleg"></textarea>
            <p class="hint" id="tekst-uitleg">Hoogstens \(Highlight.maxTextLength) tekens. Een lege regel begint een nieuwe alinea. Geen namen van deelnemers.</p>
            </div>
            <div class="field-pair">
            <div class="field">
            <label for="citaat">Citaat <span class="optional">(niet verplicht)</span></label>
            <input id="citaat" name="quote" type="text" maxlength="\(Highlight.maxQuoteLength)">
            </div>
            <div class="field">
            <label for="citaat-van">Wie zei het <span class="optional">(niet verplicht)</span></label>
            <input id="citaat-van" name="quote_by" type="text" maxlength="\(Highlight.maxQuoteByLength)" aria-describedby="citaat-van-uitleg">
            <p class="hint" id="citaat-van-uitleg">Bijvoorbeeld ‘een ouder in Smilde’.</p>
            </div>
            </div>
            <fieldset class="field story-registrations" id="registraties" data-field="registrations" tabindex="-1">
            <legend>Registraties waar het verhaal over gaat</legend>
            <p class="hint" id="registraties-uitleg">Van de gekozen gemeente, het jaar en het programma. Vink er minstens één aan.</p>
            <ul class="story-choices" id="registratie-keuzes"></ul>
            <p class="story-figures" id="samen" aria-live="polite"></p>
            </fieldset>
            <div class="form-actions form-actions-sticky">
            <button type="submit" class="button-large button-save">Opslaan</button>
            </div>
            </form>
            """
    }
}
