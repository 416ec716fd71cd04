import CatalogusAPI
import CatalogusDomain
import CatalogusStorage
import HTTPServer

/// `GET /admin/mail?status=&cursor=`: the mail outbox (`GET /api/v1/mail`) as a table,
/// newest first — what was sent to whom, what waits for a retry and why, what was given
/// up. Rendered on the server: a list to read needs no script. Never a mail's text.
package enum AdminMailPage {
    /// The statuses as an admin reads them; a new status does not compile without one.
    static func label(_ status: String) -> String {
        switch status {
        case "pending": "wacht"
        case "sent": "verstuurd"
        case "failed": "opgegeven"
        default: status
        }
    }

    @Sendable package static func handle(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        let query = request.query
        let status = query["status"].flatMap { MailRepository.statuses.contains($0) ? $0 : nil }
        var errors: [FieldError] = []
        let page = PageRequest.parse(limit: nil, cursor: query["cursor"], errors: &errors)
        let mail = try MailRepository.list(status: status, page: errors.isEmpty ? page : PageRequest(), in: context.reader)
        let counts = try MailRepository.counts(in: context.reader)
        return AdminPages.page(request, context, title: "E-mail", description: "De e-mail die de server verstuurt.", script: nil) { _ in
            render(mail, counts: counts, status: status)
        }
    }

    static func render(_ mail: Page<MailRepository.Entry>, counts: [String: Int64], status: String?) -> HTML {
        let options = AdminChoices.options([("", "Alle")] + MailRepository.statuses.map { ($0, "\(DutchText.capitalised(label($0))) (\(DutchText.integer(counts[$0] ?? 0)))") },
                                           selected: status ?? "")
        let rows: [HTML] = mail.items.map { entry in
            let when = CalendarDate.dutchDateTime(entry.sentAt ?? entry.createdAt)
            let error: HTML = entry.lastError.map { "<br><span class=\"hint\">\($0)</span>" } ?? .empty
            return """
                <tr><td>\(when)</td><td>\(MailKind(rawValue: entry.kind)?.label ?? entry.kind)</td><td>\(entry.recipients.joined(separator: ", "))</td><td>\(entry.subject)</td>\
                <td class="mail-\(entry.status)">\(label(entry.status))\(error)</td><td class="num">\(entry.attempts)</td></tr>
                """
        }
        let next: HTML = mail.nextCursor.map { cursor in
            let statusPart = status.map { "status=\($0)&" } ?? ""
            return "<p><a class=\"button-link\" href=\"/admin/mail?\(statusPart)cursor=\(cursor.encoded)\">Oudere e-mail</a></p>"
        } ?? .empty
        let table: HTML = rows.isEmpty ? "<p>Geen e-mail.</p>" : """
            <div class="table-scroll"><table class="data-table">
            <caption class="visually-hidden">E-mail, nieuwste eerst</caption>
            <thead><tr><th scope="col">Wanneer</th><th scope="col">Soort</th><th scope="col">Aan</th><th scope="col">Onderwerp</th><th scope="col">Status</th><th scope="col" class="num">Pogingen</th></tr></thead>
            <tbody>
            \(rows)
            </tbody></table></div>
            """
        return """
            \(AdminPages.breadcrumb)
            <h1>E-mail</h1>
            <p class="lede">De e-mail die de server verstuurt: uitnodigingen, nieuwe links, berichten over bestellingen en herinneringen. Mislukt het versturen, dan probeert de server het later opnieuw; na zes mislukte pogingen geeft hij het op. Verstuurde e-mail blijft 30 dagen in deze lijst. De tekst van een e-mail staat hier niet: die kan een eenmalige link bevatten.</p>
            <form class="filters" method="get" action="/admin/mail" aria-label="E-mail filteren">
            <div class="field"><label for="mail-status">Status</label><select id="mail-status" name="status">\(options)</select></div>
            <div class="form-actions"><button type="submit">Tonen</button></div>
            </form>
            \(table)
            \(next)
            """
    }
}
