import CatalogusAPI
import CatalogusDomain
import CatalogusServices
import HTTPServer

/// `GET /password-reset`: "Wachtwoord vergeten?". password-reset.js posts the address to
/// `POST /api/v1/password-reset` and shows the server's answer, which is the same for
/// every address; the mail's link leads to `/welcome`, where the new password is chosen.
package enum PasswordResetPage {
    @Sendable package static func handle(_ request: HTTPRequest, _ context: AppContext) throws -> HTTPResponse {
        let layout = WebLayout(title: "Wachtwoord vergeten", description: "Vraag een link aan om een nieuw wachtwoord te kiezen.",
                               section: .account, script: "password-reset.js", preload: ["api.js", "dom.js", "forms.js", "signin.js"],
                               bodyClass: "page-account", styles: ["account.css"])
        var response = WebResponse.page(request, layout.render(form, for: context.viewer))
        response.headers.set(name: "Cache-Control", value: "no-store")
        return response
    }

    static let form: HTML = """
        <div class="account-card">
        <h1>Wachtwoord vergeten</h1>
        <p class="lede">Vul het e-mailadres van uw account in. U krijgt dan een e-mail met een link waarmee u een nieuw wachtwoord kiest. De link werkt \(Int(PeopleService.resetLinkLifetime / 60)) minuten; tot u een nieuw wachtwoord kiest, blijft uw huidige wachtwoord werken.</p>
        <noscript><p class="notice">Dit kan alleen met JavaScript aan.</p></noscript>
        <form id="vergeten" class="form-stack" method="get" action="/password-reset" novalidate>
        <div class="field">
        <label for="email">E-mailadres</label>
        <input id="email" data-field="email" type="email" autocomplete="username" inputmode="email" autocapitalize="none" spellcheck="false" required>
        </div>
        <div class="form-actions"><button type="submit" id="vergeten-knop">Stuur mij een link</button></div>
        </form>
        <div id="verstuurd" class="notice success" role="status" tabindex="-1" hidden><p id="verstuurd-tekst"></p></div>
        <p id="status" class="status" role="status" aria-live="polite"></p>
        <p><a href="/login">Terug naar aanmelden</a></p>
        </div>
        """
}
