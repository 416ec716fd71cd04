import CatalogusAPI
import CatalogusDomain
import CatalogusStorage
import HTTPServer
import SQLite

/// `GET /registrations/upload`: a term's registrations at once, from a spreadsheet saved
/// as CSV. upload.js sends the file as it is to `POST /api/v1/registrations/bulk`, which
/// saves every row or none, and shows every bad row by number. The page lists the codes
/// and location numbers the file needs, since nobody knows those by heart.
package enum RegistrationUploadPage {
    /// The columns of the file, in the order the example uses; the bulk endpoint takes the API's field names.
    package static let columns: [(name: String, meaning: String)] = [
        ("activity", "code van de activiteit (zie hieronder), verplicht"),
        ("municipality", "code van de gemeente, bijv. midden-drenthe, verplicht"),
        ("location", "nummer van de locatie (zie hieronder), mag leeg"),
        ("date", "datum als JJJJ-MM-DD, niet in de toekomst, verplicht"),
        ("participants", "aantal deelnemers, verplicht"),
        ("sessions", "aantal dagdelen, mag leeg"),
        ("order_id", "nummer van de bestelling, mag leeg"),
        ("partners", "partners, gescheiden door |, mag leeg"),
        ("notes", "notitie, mag leeg"),
    ]

    @Sendable package static func handle(_ request: HTTPRequest, _ context: AppContext, _ viewer: WebViewer) throws -> HTTPResponse {
        let db = context.reader
        // A break opportunity after each comma, so that a phone wraps the row between names.
        let header = HTML.join(columns.map { "\($0.name)" as HTML }, separator: ",<wbr>")
        let columnItems: [HTML] = columns.map { "<li><code>\($0.name)</code> of <code>\(dutchHeader($0.name))</code>: \($0.meaning)</li>" }
        let dutchHeaders = HTML.join(columns.map { "\(dutchHeader($0.name))" as HTML }, separator: ",<wbr>")
        let main: HTML = """
            <h1>Registraties uploaden</h1>
            <p class="lede">Een heel blok activiteiten tegelijk, uit een spreadsheet die u opslaat als CSV-bestand. Alle regels worden opgeslagen, of geen enkele: als één regel niet klopt, ziet u welke, en is er niets opgeslagen.</p>
            <section class="panel" aria-labelledby="kop-bestand">
            <h2 id="kop-bestand">Zo ziet het bestand eruit</h2>
            <p>De eerste regel noemt de kolommen, precies zo (komma of puntkomma als scheidingsteken):</p>
            <pre class="csv-header" tabindex="0" aria-label="Kopregel van het bestand"><code>\(header)</code></pre>
            <p id="kop-nederlands">De kolommen mogen ook de Nederlandse namen hebben die de download van de registraties gebruikt (hoofdletters maken niet uit); laat de andere kolommen van de download, zoals Nummer en Programma, weg:</p>
            <pre class="csv-header" tabindex="0" aria-labelledby="kop-nederlands"><code>\(dutchHeaders)</code></pre>
            <p><a href="/registrations/voorbeeld.csv" download>Voorbeeldbestand downloaden</a> (met twee regels om te vervangen).</p>
            <details class="codes">
            <summary>Wat de kolommen betekenen</summary>
            <ul>\(columnItems)</ul>
            </details>
            \(try activityCodes(in: db))
            \(try locationNumbers(in: db))
            </section>
            <form id="upload" class="form-stack upload-form" novalidate>
            <div class="field">
            <label for="bestand">CSV-bestand</label>
            <input id="bestand" name="file" type="file" accept=".csv,text/csv" required aria-describedby="bestand-uitleg">
            <p class="hint" id="bestand-uitleg">Opgeslagen als “CSV (UTF-8)”; hoogstens 10.000 regels.</p>
            </div>
            <div class="form-actions">
            <button type="submit" class="button-large">Uploaden en opslaan</button>
            </div>
            </form>
            <p id="status" class="status" role="status" aria-live="polite"></p>
            <div id="uitslag" tabindex="-1"></div>
            """
        return StaffPages.page(request, viewer: viewer, title: "Registraties uploaden",
                               description: "Upload een CSV-bestand met registraties; alles of niets wordt opgeslagen.",
                               task: .upload, script: "upload.js", preload: ["api.js", "dom.js", "forms.js", "format.js", "staff-text.js", "vocabulary.js"], main: main)
    }

    /// The Dutch header the upload also reads for a column (`RegistrationBulkInput.headers`).
    package static func dutchHeader(_ field: String) -> String {
        RegistrationBulkInput.headers.first { $0.field == field }?.dutch ?? field
    }

    package static func activityCodes(in db: Connection) throws -> HTML {
        let rows: [HTML] = try ActivityRepository.activeCodes(in: db).map {
            "<tr><td><code>\($0.code)</code></td><td>\($0.name)</td></tr>"
        }
        return """
            <details class="codes">
            <summary>Codes van de activiteiten</summary>
            <table class="data"><thead><tr><th scope="col">Code</th><th scope="col">Activiteit</th></tr></thead><tbody>\(rows)</tbody></table>
            </details>
            """
    }

    package static func locationNumbers(in db: Connection) throws -> HTML {
        let rows: [HTML] = try LocationRepository.allWithMunicipality(in: db).map {
            "<tr><td class=\"num\">\($0.id)</td><td>\($0.name)</td><td>\($0.municipalityName) (<code>\($0.municipality)</code>)</td></tr>"
        }
        return """
            <details class="codes">
            <summary>Nummers van de locaties en codes van de gemeenten</summary>
            <table class="data"><thead><tr><th scope="col" class="num">Nummer</th><th scope="col">Locatie</th><th scope="col">Gemeente (code)</th></tr></thead><tbody>\(rows)</tbody></table>
            </details>
            """
    }

    /// `GET /registrations/voorbeeld.csv`: the header row and two rows with real codes, to overwrite.
    @Sendable package static func example(_ request: HTTPRequest, _ context: AppContext, _ viewer: WebViewer) throws -> HTTPResponse {
        let db = context.reader
        let activity = try ActivityRepository.firstActiveCode(in: db) ?? "breicafe"
        let location = try LocationRepository.first(in: db)
        let locationID = location?.id ?? 1
        let municipality = location?.municipality ?? "midden-drenthe"
        let today = CalendarDate.todayInAmsterdam()
        var csv = CSVWriter()
        csv.header(columns.map(\.name))
        csv.row([.text(activity), .text(municipality), .integer(locationID), .text(today), .integer(12), .integer(nil),
                 .integer(nil), .text(""), .text("voorbeeld: vervang deze regel")])
        csv.row([.text(activity), .text(municipality), .integer(nil), .text(today), .integer(8), .integer(nil),
                 .integer(nil), .text("Dorpshuis|Welzijnsorganisatie"), .text("")])
        var headers = WebResponse.securityHeaders
        headers.set(name: "Cache-Control", value: "private, no-cache")
        headers.set(name: "Content-Type", value: "text/csv; charset=utf-8")
        headers.set(name: "Content-Disposition", value: "attachment; filename=\"registraties-voorbeeld.csv\"")
        return HTTPResponse(status: 200, headers: headers, body: csv.bytes)
    }
}
