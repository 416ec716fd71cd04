import CatalogusAPI
import CatalogusDomain
import CatalogusStorage
import HTTPServer

/// `GET /account`: who the person is and the browsers they are signed in on, each of
/// which they can sign out (a lost phone, a library's shared computer). account.js
/// reads `GET /api/v1/session` and `GET /api/v1/users/{id}/sessions`.
package enum AccountPage {
    @Sendable package static func handle(_ request: HTTPRequest, _ context: AppContext, _ viewer: WebViewer) throws -> HTTPResponse {
        let layout = WebLayout(title: "Mijn account", description: "Uw gegevens en de apparaten waarop u bent aangemeld.",
                               section: .account, script: "account.js", preload: ["api.js", "dom.js", "forms.js"],
                               bodyClass: "page-account", styles: ["account.css"])
        let municipality = try viewer.municipality.map { try MunicipalityRepository.find($0, in: context.reader)?.name ?? $0 }
        return WebResponse.page(request, layout.render(render(viewer, municipality: municipality), for: viewer))
    }

    package static func render(_ viewer: WebViewer, municipality name: String?) -> HTML {
        let municipality: HTML = name.map { "<div><dt>Gemeente</dt><dd>\($0)</dd></div>" } ?? .empty
        let home = AccountPages.home(for: viewer.role)
        return """
            <h1>Mijn account</h1>
            <dl class="facts account-facts">
            <div><dt>Naam</dt><dd>\(viewer.name)</dd></div>
            <div><dt>E-mailadres</dt><dd id="account-email">–</dd></div>
            <div><dt>Rol</dt><dd>\(viewer.role.label)</dd></div>
            \(municipality)
            </dl>
            <p><a href="\(home.path)">Naar \(home.label)</a></p>
            <section aria-labelledby="kop-apparaten" class="panel">
            <h2 id="kop-apparaten">Waar u bent aangemeld</h2>
            <p class="hint">Ziet u een apparaat dat u niet kent, of bent u aangemeld op een computer van iemand anders? Meld dat apparaat hier af. Een nieuw wachtwoord kiezen kan met “Wachtwoord vergeten?” op de aanmeldpagina.</p>
            <p id="status" class="status" role="status" aria-live="polite">Apparaten laden…</p>
            <ul id="apparaten" class="device-list"></ul>
            </section>
            \(mailSection(viewer.role))
            """
    }

    /// A switch per kind of mail the person's role gets; account.js reads and saves them
    /// (`/api/v1/users/{id}/mail-preferences`). Invitations and reset links are always sent.
    static func mailSection(_ role: Role) -> HTML {
        let kinds = MailPreferences.Kind.allCases.filter { $0.applies(to: role) }
        guard !kinds.isEmpty else { return .empty }
        let boxes = kinds.map { kind -> HTML in
            let id = "mail-\(kind.rawValue)"
            return "<div class=\"check\"><input type=\"checkbox\" id=\"\(id)\" data-mail=\"\(kind.rawValue)\" disabled> <label for=\"\(id)\">\(kind.label)</label></div>\n"
        }
        return """
            <section aria-labelledby="kop-mail" class="panel">
            <h2 id="kop-mail">E-mail</h2>
            <p class="hint">Welke berichten wilt u per e-mail krijgen? Een uitnodiging en een link voor een nieuw wachtwoord krijgt u altijd.</p>
            <fieldset id="mail-voorkeuren" class="checks"><legend class="visually-hidden">E-mail die u krijgt</legend>
            \(boxes)
            </fieldset>
            <p id="mail-status" class="status" role="status" aria-live="polite"></p>
            </section>
            """
    }
}
