import CatalogusAPI
import CatalogusDomain
import CatalogusStorage
import HTTPServer

/// `GET /registrations/figures?year=&area=`: the yearly key figures of a municipality
/// (or of the organisation as a whole), grouped like the annual report. Without `area` it
/// opens on the account's municipality, else on the one this browser used last. The server
/// renders the fields of the area's scope from the figure definitions; keyfigures.js
/// fills in the stored values, shows the totals and the participation rate as the person
/// types (the server computes them the same way and never stores them), and saves the
/// changed values with one PUT.
package enum KeyFiguresPage {
    package static let organisation = "organisation"

    /// Computed figures the page adds up live from the fields above them.
    package static let liveTotals: Set<String> = ["members_total", "loans_physical_total", "loans_online_total", "participation_rate"]

    @Sendable package static func handle(_ request: HTTPRequest, _ context: AppContext, _ viewer: WebViewer) throws -> HTTPResponse {
        let db = context.reader
        let municipalities = try StatisticsChoices.municipalities(in: db)
        let current = CatalogueData.currentYear()
        // Key figures are entered once a year, for the year that just ended.
        var year = current - 1
        if let text = request.query["year"], let asked = Int64(text), (2000...current).contains(asked) { year = asked }
        // The area asked for; else the account's own municipality; else the first, which
        // keyfigures.js replaces by the one this browser used last (`data-area-from`).
        var area = viewer.municipality ?? municipalities.first?.slug ?? organisation
        var areaFrom = viewer.municipality == nil ? "first" : "own"
        if let asked = request.query["area"], asked == organisation || municipalities.contains(where: { $0.slug == asked }) {
            area = asked
            areaFrom = "asked"
        }
        let scope: FigureDefinition.Scope = area == organisation ? .organisation : .municipality
        let areaName = area == organisation ? "Biblionet Drenthe" : municipalities.first { $0.slug == area }?.name ?? area
        let definitions = try FigureRepository(db: db).definitions().filter { $0.scope == scope }

        let years: [(value: String, label: String)] = (max(2020, current - 6)...current).reversed().map { (String($0), String($0)) }
        let areas: [(value: String, label: String)] = municipalities.map { ($0.slug, $0.name) } + [(organisation, "Biblionet Drenthe (hele organisatie)")]
        let main: HTML = """
            <h1>Kerncijfers</h1>
            <p class="lede">De cijfers van het jaarbericht die niet uit de registraties komen: leden, uitleningen, bezoekers. Totalen en de deelneming rekent het systeem zelf uit.</p>
            <form id="keuze" class="filters" method="get" action="/registrations/figures" data-area-from="\(areaFrom)">
            <div class="field"><label for="k-gebied">Gemeente</label><select id="k-gebied" name="area">\(StaffPages.options(areas, selected: area))</select></div>
            <div class="field"><label for="k-jaar">Jaar</label><select id="k-jaar" name="year">\(StaffPages.options(years, selected: String(year)))</select></div>
            <div class="field field-button"><button type="submit">Toon cijfers</button></div>
            </form>
            <p id="status" class="status" role="status" aria-live="polite">Cijfers laden…</p>
            \(form(definitions: definitions, year: year, area: area, areaName: areaName))
            """
        return StaffPages.page(request, viewer: viewer, title: "Kerncijfers \(areaName) \(year)",
                               description: "Vul de kerncijfers van het jaarbericht in.", task: .figures, script: "keyfigures.js",
                               preload: ["api.js", "dom.js", "forms.js", "format.js", "figure-totals.js", "staff-text.js"], main: main)
    }

    package static func form(definitions: [FigureDefinition], year: Int64, area: String, areaName: String) -> HTML {
        var groups: [String] = []
        for definition in definitions where !groups.contains(definition.group) { groups.append(definition.group) }
        let fieldsets: [HTML] = groups.map { group in
            let members = definitions.filter { $0.group == group }
            let percentages: HTML = members.contains { $0.unit == .percent && !$0.computed }
                ? "<p class=\"hint figure-group-hint\">Percentages van 0 tot en met 100, zonder %-teken.</p>" : .empty
            return """
                <fieldset class="figure-group">
                <legend>\(Vocabulary.figureGroupTerms.label(group))</legend>
                \(percentages)\(members.map { field($0, year: year) })
                </fieldset>

                """
        }
        return """
            <form id="kerncijfers" class="figures-form" data-year="\(year)" data-area="\(area)" data-area-name="\(areaName)" novalidate hidden>
            <h2 class="figures-title">\(areaName) in \(year)</h2>
            <p class="hint">Laat een veld leeg als het cijfer (nog) niet bekend is; een geleegd veld wordt verwijderd.</p>
            \(fieldsets)
            <div class="form-actions form-actions-sticky">
            <p id="opslaan-status" class="save-status" role="status" aria-live="polite"></p>
            <button type="submit" class="button-large button-save">Kerncijfers opslaan</button>
            </div>
            </form>
            """
    }

    package static func field(_ definition: FigureDefinition, year: Int64) -> HTML {
        let id = "fig-\(definition.code)"
        if definition.code == "inhabitants" {
            // Stored with the municipality, not as a figure: saved with its own PUT.
            return """
                <div class="field figure-field">
                <label for="\(id)">\(definition.label) op 1 januari \(year)</label>
                <input id="\(id)" name="inhabitants" data-inhabitants type="text" inputmode="numeric" autocomplete="off">
                </div>
                """
        }
        if definition.computed {
            let live = liveTotals.contains(definition.code)
            let note = live ? "wordt uitgerekend" : "uit de registraties"
            return """
                <div class="field figure-field figure-computed\(live ? " figure-total" : "")">
                <span class="figure-label" id="\(id)-label">\(definition.label)</span>
                <output id="\(id)" data-computed="\(definition.code)" data-unit="\(definition.unit.rawValue)" aria-labelledby="\(id)-label" aria-describedby="\(id)-uitleg">–</output>
                <span class="hint" id="\(id)-uitleg">\(note)</span>
                </div>
                """
        }
        let percent = definition.unit == .percent
        return """
            <div class="field figure-field">
            <label for="\(id)">\(definition.label)\(percent ? " (%)" : "")</label>
            <input id="\(id)" name="\(definition.code)" data-unit="\(definition.unit.rawValue)" type="text" inputmode="numeric" autocomplete="off">
            </div>
            """
    }
}
